#include "DisplayNumbers.h"

#include "bench/AllocationsAnalysis.h"
#include "common/NumberFormat.h"

#include "common/RunIdentity.h"

#include <QChart>
#include <QDateTime>
#include <QRegularExpression>

namespace gatehouse::ui {
namespace {

QLocale &storedLocale()
{
    static QLocale locale = QLocale::c();
    return locale;
}

bool isCLike(const QLocale &locale)
{
    return locale.decimalPoint() == QLatin1String(".") &&
           (locale.numberOptions() & QLocale::OmitGroupSeparator);
}

} // namespace

QLocale displayLocale()
{
    return storedLocale();
}

void setDisplayLocale(const QLocale &locale)
{
    // No digit grouping: "2.048" would read as 2.048 to anyone who also reads the CSV, and a
    // sentence localized twice would turn it into "2,048".
    QLocale shown = locale;
    shown.setNumberOptions(shown.numberOptions() | QLocale::OmitGroupSeparator);
    storedLocale() = shown;
}

QString localizedNumber(const QString &number)
{
    const QLocale locale = displayLocale();
    if (isCLike(locale))
        return number;
    static const QRegularExpression plain(
        QStringLiteral("\\A([-+]?)(\\d+)(?:\\.(\\d+))?(e[-+]?\\d+)?\\z"));
    const QRegularExpressionMatch m = plain.match(number);
    if (!m.hasMatch())
        return number; // "inf", "", "–"
    bool ok = false;
    const qlonglong whole = m.captured(2).toLongLong(&ok);
    if (!ok)
        return number;
    QString sign = m.captured(1);
    if (sign == QLatin1String("-"))
        sign = locale.negativeSign();
    QString text = sign + locale.toString(whole);
    if (m.capturedLength(3) > 0)
        text += locale.decimalPoint() + m.captured(3);
    return text + m.captured(4); // "1,3e-08"
}

QString localizedNumbers(const QString &sentence)
{
    if (isCLike(displayLocale()))
        return sentence;
    // A decimal number standing alone: not part of a word, an id, a date or "1.2.3".
    static const QRegularExpression decimal(
        QStringLiteral("(?<![\\w.:/])(?<!\\w-)(\\d+\\.\\d+(?:e[-+]?\\d+)?)(?![\\w./]|\\.\\d)"));
    QString out;
    qsizetype at = 0;
    for (auto it = decimal.globalMatch(sentence); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += sentence.mid(at, m.capturedStart(1) - at) + localizedNumber(m.captured(1));
        at = m.capturedEnd(1);
    }
    return out + sentence.mid(at);
}

QString uiCompact(double value, int decimals)
{
    return localizedNumber(formatCompact(value, decimals));
}

QString uiSigned(double value, int decimals)
{
    return localizedNumber(formatSigned(value, decimals));
}

QString uiAgainstThreshold(double value, double threshold, int decimals)
{
    return localizedNumber(formatAgainstThreshold(value, threshold, decimals));
}

QString uiFixed(double value, int decimals)
{
    return localizedNumber(formatFixed(value, decimals));
}

QString uiShortest(double value)
{
    return localizedNumber(formatShortest(value));
}

QString uiInteger(qint64 value)
{
    return localizedNumber(QString::number(value));
}

namespace {
QString dateFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}
} // namespace

QString uiTimestamp(const QDateTime &timestamp, bool seconds)
{
    if (!timestamp.isValid())
        return QString();
    const QLocale locale = displayLocale();
    if (locale == QLocale::c())
        return seconds ? formatTimestamp(timestamp)
                       : timestamp.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    const QDateTime utc = timestamp.toUTC();
    return locale.toString(utc.date(), dateFormat(locale)) + QLatin1Char(' ') +
           locale.toString(utc.time(),
                           seconds ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm")) +
           QStringLiteral(" UTC");
}

QString uiDate(const QDate &date)
{
    const QLocale locale = displayLocale();
    if (!date.isValid() || locale == QLocale::c())
        return date.toString(Qt::ISODate);
    return locale.toString(date, dateFormat(locale));
}

QString axisDateFormat(const QString &format)
{
    if (displayLocale().language() != QLocale::German)
        return format;
    if (format == QLatin1String("MMM d"))
        return QStringLiteral("d. MMM");
    if (format == QLatin1String("MMM d hh:mm"))
        return QStringLiteral("d. MMM HH:mm");
    if (format == QLatin1String("yyyy-MM-dd"))
        return QStringLiteral("dd.MM.yyyy");
    if (format == QLatin1String("yyyy-MM"))
        return QStringLiteral("MM.yyyy");
    return format;
}

void localizeChart(QChart *chart)
{
    chart->setLocale(displayLocale());
    chart->setLocalizeNumbers(!isCLike(displayLocale()));
}

} // namespace gatehouse::ui
