#include "WhitelistValidation.h"
#include <QCoreApplication>

#include <QDate>
#include <QHash>
#include <QRegularExpression>

namespace gatehouse::ui {

bool isIsoDate(const QString &text)
{
    // QDate::fromString(ISODate) also accepts trailing garbage on some inputs; insist on
    // the exact shape first.
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return shape.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

QList<WhitelistProblem> validateWhitelist(const QList<WhitelistClass> &classes,
                                          const QList<int> &displayedRows)
{
    QList<WhitelistProblem> problems;
    QHash<QString, int> timesListed;
    for (const WhitelistClass &cls : classes)
        ++timesListed[cls.reason];

    for (int row = 0; row < classes.size(); ++row) {
        const WhitelistClass &cls = classes.at(row);
        const QString name = cls.reason.isEmpty()
                                 ? QCoreApplication::translate("WhitelistValidation", "row %1")
                                       .arg(displayedRows.value(row, row) + 1)
                                 : QStringLiteral("\"%1\"").arg(cls.reason);
        if (cls.reason.trimmed().isEmpty())
            problems.append(
                {row, WhitelistField::Reason,
                 QCoreApplication::translate("WhitelistValidation", "%1: the reason is empty")
                     .arg(name)});
        else if (timesListed.value(cls.reason) > 1)
            problems.append(
                {row, WhitelistField::Reason,
                 QCoreApplication::translate("WhitelistValidation",
                                             "%1 is listed %2 times; only the first entry applies")
                     .arg(name)
                     .arg(timesListed.value(cls.reason))});

        const bool addedOk = cls.added.isEmpty() || isIsoDate(cls.added);
        const bool reviewOk = cls.reviewBy.isEmpty() || isIsoDate(cls.reviewBy);
        if (!addedOk)
            problems.append({row, WhitelistField::Added,
                             QCoreApplication::translate(
                                 "WhitelistValidation", "%1: added \"%2\" is not a YYYY-MM-DD date")
                                 .arg(name, cls.added)});
        if (!reviewOk)
            problems.append(
                {row, WhitelistField::ReviewBy,
                 QCoreApplication::translate("WhitelistValidation",
                                             "%1: review_by \"%2\" is not a YYYY-MM-DD date")
                     .arg(name, cls.reviewBy)});
        if (addedOk && reviewOk && !cls.added.isEmpty() && !cls.reviewBy.isEmpty() &&
            QDate::fromString(cls.reviewBy, Qt::ISODate) <
                QDate::fromString(cls.added, Qt::ISODate))
            problems.append({row, WhitelistField::ReviewBy,
                             QCoreApplication::translate("WhitelistValidation",
                                                         "%1: review_by %2 is before added %3")
                                 .arg(name, cls.reviewBy, cls.added)});
    }
    return problems;
}

} // namespace gatehouse::ui
