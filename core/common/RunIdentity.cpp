#include "RunIdentity.h"

#include <QStringList>
#include <QTimeZone>
#include <cmath>

namespace gatehouse {

static QString lastDigitRun(const QString &text)
{
    int end = -1;
    for (int i = text.size() - 1; i >= 0; --i) {
        if (text.at(i) >= QLatin1Char('0') && text.at(i) <= QLatin1Char('9')) {
            end = i;
            break;
        }
    }
    if (end < 0)
        return QString();
    int begin = end;
    while (begin > 0 && text.at(begin - 1) >= QLatin1Char('0') &&
           text.at(begin - 1) <= QLatin1Char('9'))
        --begin;
    return text.mid(begin, end - begin + 1);
}

QString runIdFromPath(const QString &relativePath)
{
    QStringList parts = relativePath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!parts.isEmpty())
        parts.removeLast(); // the file itself never names the run
    for (int i = parts.size() - 1; i >= 0; --i) {
        QString name = parts.at(i);
        if (name.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
            name.chop(4);
        const QString digits = lastDigitRun(name);
        if (!digits.isEmpty())
            return digits;
    }
    return QString();
}

QString runIdFromJson(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        const double d = value.toDouble();
        // GitHub run ids exceed 2^31 but stay far below 2^53, so doubles hold them exactly.
        if (std::isfinite(d) && d >= 0 && std::floor(d) == d && d < 9007199254740992.0)
            return QString::number(static_cast<qint64>(d));
    }
    return QString();
}

QDateTime parseTimestamp(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QDateTime();
    QDateTime dt = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!dt.isValid())
        return QDateTime();
    // A timestamp without zone is taken as UTC: CI systems write UTC.
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc());
    return dt.toUTC();
}

QString formatTimestamp(const QDateTime &timestamp)
{
    if (!timestamp.isValid())
        return QString();
    return timestamp.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           QLatin1Char('Z');
}

} // namespace gatehouse
