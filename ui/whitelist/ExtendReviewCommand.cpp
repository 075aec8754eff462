#include "ExtendReviewCommand.h"

#include "WhitelistCommands.h"
#include "common/Translate.h"
#include "models/WhitelistModel.h"

#include <QUndoStack>
#include <algorithm>

namespace gatehouse::ui {

QDate extendedReviewBy(const WhitelistClass &cls, const QDate &today, int days)
{
    const QDate reviewBy =
        isIsoDate(cls.reviewBy) ? QDate::fromString(cls.reviewBy, Qt::ISODate) : QDate();
    const QDate from = reviewBy.isValid() && reviewBy > today ? reviewBy : today;
    return from.addDays(days);
}

int pushExtendReview(QUndoStack *stack, WhitelistModel *model, QList<int> rows, const QDate &today,
                     int days)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.isEmpty() || !today.isValid())
        return 0;
    stack->beginMacro(
        rows.size() == 1
            ? Tr::translate("QObject", "Extend review of \"%1\" by %n day(s)", nullptr, days)
                  .arg(model->field(rows.first(), WhitelistField::Reason))
            : Tr::translate("QObject", "Extend review of %Ln class(es) by %1 days", nullptr,
                            rows.size())
                  .arg(days));
    for (const int row : rows) {
        const QString next =
            extendedReviewBy(model->classes().at(row), today, days).toString(Qt::ISODate);
        stack->push(new EditWhitelistFieldCommand(model, row, WhitelistField::ReviewBy, next));
    }
    stack->endMacro();
    return static_cast<int>(rows.size());
}

} // namespace gatehouse::ui
