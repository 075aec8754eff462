#include "LinkHeader.h"

#include <QStringList>

namespace gatehouse::github {

namespace {

// Splits "a; b=\"x, y\"; c" at top-level separators, leaving quoted strings whole.
QStringList splitOutsideQuotes(const QString &text, QChar separator)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c == separator && !quoted) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    return parts;
}

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
        value = value.mid(1, value.size() - 2);
    return value;
}

} // namespace

QHash<QString, QUrl> parseLinkHeader(const QByteArray &header, const QUrl &base)
{
    QHash<QString, QUrl> links;
    const QString text = QString::fromLatin1(header);
    qsizetype pos = 0;
    // Each link value starts with <target>; the target itself may hold commas and
    // semicolons, so it is cut out by its angle brackets before anything is split.
    while (true) {
        const qsizetype open = text.indexOf(QLatin1Char('<'), pos);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(QLatin1Char('>'), open + 1);
        if (close < 0)
            break;
        const QString target = text.mid(open + 1, close - open - 1).trimmed();
        qsizetype end = close + 1;
        bool quoted = false;
        while (end < text.size() && (quoted || text.at(end) != QLatin1Char(','))) {
            if (text.at(end) == QLatin1Char('"'))
                quoted = !quoted;
            ++end;
        }
        const QString params = text.mid(close + 1, end - close - 1);
        pos = end;

        const QUrl url = base.resolved(QUrl(target, QUrl::StrictMode));
        if (target.isEmpty() || !url.isValid())
            continue;
        for (const QString &param : splitOutsideQuotes(params, QLatin1Char(';'))) {
            const qsizetype eq = param.indexOf(QLatin1Char('='));
            if (eq < 0 ||
                param.left(eq).trimmed().compare(QLatin1String("rel"), Qt::CaseInsensitive) != 0)
                continue;
            const QStringList rels =
                unquote(param.mid(eq + 1)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &rel : rels) {
                if (!links.contains(rel.toLower())) // RFC 8288: the first one wins
                    links.insert(rel.toLower(), url);
            }
        }
    }
    return links;
}

QUrl nextPageUrl(const QByteArray &header, const QUrl &base)
{
    return parseLinkHeader(header, base).value(QStringLiteral("next"));
}

} // namespace gatehouse::github
