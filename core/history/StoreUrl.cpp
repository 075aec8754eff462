#include "StoreUrl.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace gatehouse {

namespace {

// Names the options left over, never their values: one may be a password (libpq's
// "password=").
QString unknownOptions(const QUrlQuery &query)
{
    QStringList names;
    for (const auto &item : query.queryItems())
        names.append(item.first);
    return QStringLiteral("unknown option '%1' in the store URL")
        .arg(names.join(QStringLiteral("', '")));
}

const QLatin1String kSqlitePrefix("sqlite:");

bool isPostgres(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) ||
           text.startsWith(QLatin1String("postgres://"));
}

// Takes the filter items out of a query; the rest (PostgreSQL's host=) stays.
bool takeFilter(QUrlQuery &query, StoreFilter &filter, QString *error)
{
    auto take = [&](const char *name) {
        const QString key = QLatin1String(name);
        const QString value = query.queryItemValue(key, QUrl::FullyDecoded);
        query.removeAllQueryItems(key);
        return value;
    };
    filter.repository = take("repository");
    filter.workflow = take("workflow");
    const QString from = take("from"), to = take("to");
    // Exactly YYYY-MM-DD: Qt's ISO parsing would also take 2026/09/20.
    static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    filter.from = day.match(from).hasMatch() ? QDate::fromString(from, Qt::ISODate) : QDate();
    filter.to = day.match(to).hasMatch() ? QDate::fromString(to, Qt::ISODate) : QDate();
    if ((!from.isEmpty() && !filter.from.isValid()) || (!to.isEmpty() && !filter.to.isValid())) {
        *error = QStringLiteral("from= and to= take a date as YYYY-MM-DD");
        return false;
    }
    return true;
}

QString filterQuery(const StoreFilter &filter)
{
    QUrlQuery query;
    if (!filter.repository.isEmpty())
        query.addQueryItem(QStringLiteral("repository"), filter.repository);
    if (!filter.workflow.isEmpty())
        query.addQueryItem(QStringLiteral("workflow"), filter.workflow);
    if (filter.from.isValid())
        query.addQueryItem(QStringLiteral("from"), filter.from.toString(Qt::ISODate));
    if (filter.to.isValid())
        query.addQueryItem(QStringLiteral("to"), filter.to.toString(Qt::ISODate));
    return query.toString(QUrl::FullyEncoded);
}

std::optional<StoreUrl> parseSqlite(const QString &text, QString *error)
{
    QString rest = text.startsWith(kSqlitePrefix) ? text.mid(kSqlitePrefix.size()) : text;
    if (rest.startsWith(QLatin1String("///")))
        rest = rest.mid(2); // sqlite:///abs/path, the SQLAlchemy spelling
    StoreUrl url;
    const qsizetype question = rest.indexOf(QLatin1Char('?'));
    if (question >= 0) {
        QUrlQuery query(rest.mid(question + 1));
        if (!takeFilter(query, url.filter, error))
            return std::nullopt;
        if (!query.isEmpty()) {
            *error = unknownOptions(query);
            return std::nullopt;
        }
        rest = rest.left(question);
    }
    // "~/" as a shell would have it: after "sqlite:" no shell expands it.
    if (rest == QLatin1String("~") || rest.startsWith(QLatin1String("~/")))
        rest = QDir::homePath() + rest.mid(1);
    url.path = rest.isEmpty() ? defaultStorePath() : QFileInfo(rest).absoluteFilePath();
    return url;
}

std::optional<StoreUrl> parsePostgres(const QString &text, QString *error)
{
    const QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid()) {
        // QUrl's message ends with the whole input ("; source was …"), password and all.
        const QString why = parsed.errorString().section(QStringLiteral("; source was"), 0, 0);
        *error = QStringLiteral("not a valid PostgreSQL URL: %1").arg(withoutPassword(why));
        return std::nullopt;
    }
    StoreUrl url;
    url.backend = StoreUrl::Backend::Postgres;
    QUrlQuery query(parsed);
    if (!takeFilter(query, url.filter, error))
        return std::nullopt;
    url.host = QUrl::fromPercentEncoding(parsed.host(QUrl::FullyEncoded).toUtf8());
    if (query.hasQueryItem(QStringLiteral("host"))) {
        url.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        query.removeAllQueryItems(QStringLiteral("host"));
    }
    if (!query.isEmpty()) {
        *error = unknownOptions(query);
        return std::nullopt;
    }
    url.port = parsed.port(-1);
    url.user = parsed.userName(QUrl::FullyDecoded);
    url.password = parsed.password(QUrl::FullyDecoded);
    url.database = parsed.path(QUrl::FullyDecoded).mid(1);
    if (url.database.isEmpty() || url.database.contains(QLatin1Char('/'))) {
        *error = QStringLiteral("a PostgreSQL store URL names its database: "
                                "postgresql://[user@]host[:port]/dbname");
        return std::nullopt;
    }
    return url;
}

} // namespace

QString withoutPassword(const QString &text)
{
    // Greedy up to the last '@': a password may hold an unencoded '@' or '#'.
    static const QRegularExpression userPassword(
        QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*://[^:/@]*):.*@"));
    static const QRegularExpression passwordOption(QStringLiteral("([?&]password=)[^&]*"));
    QString result = text;
    result.replace(userPassword, QStringLiteral("\\1@"));
    result.replace(passwordOption, QStringLiteral("\\1***"));
    return result;
}

namespace {

// "postgresq://…", "sqlit:/x.sqlite": a URL scheme that is no store's, where no file of that
// name exists. Taken for a store (and refused with the schemes that are), so that a typo
// never reads as a folder — nor, after --store, as a SOURCE with the default store.
bool unknownScheme(const QString &text)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    const QRegularExpressionMatch match = scheme.match(text);
    return match.hasMatch() && !text.startsWith(kSqlitePrefix) && !isPostgres(text) &&
           (text.mid(match.capturedLength()).startsWith(QLatin1String("//")) ||
            pathPart(text).endsWith(QLatin1String(".sqlite"), Qt::CaseInsensitive)) &&
           !QFileInfo::exists(text);
}

} // namespace

QString pathPart(const QString &text)
{
    const qsizetype question = text.indexOf(QLatin1Char('?'));
    return question < 0 ? text : text.left(question);
}

bool looksLikeStoreUrl(const QString &text)
{
    // A file ending in .sqlite takes filters too: /x/h.sqlite?from=2026-09-01.
    return text.startsWith(kSqlitePrefix) || isPostgres(text) ||
           pathPart(text).endsWith(QLatin1String(".sqlite"), Qt::CaseInsensitive) ||
           unknownScheme(text);
}

std::optional<StoreUrl> parseStoreUrl(const QString &text, QString *error)
{
    if (isPostgres(text))
        return parsePostgres(text, error);
    if (unknownScheme(text)) {
        *error = QStringLiteral("'%1' is not a store URL: unknown scheme '%2' (sqlite:PATH, "
                                "*.sqlite, postgresql://…)")
                     .arg(withoutPassword(text),
                          text.section(QLatin1Char(':'), 0, 0) + QLatin1Char(':'));
        return std::nullopt;
    }
    if (looksLikeStoreUrl(text))
        return parseSqlite(text, error);
    *error =
        QStringLiteral("'%1' is not a store URL (sqlite:PATH, *.sqlite, postgresql://…)").arg(text);
    return std::nullopt;
}

QString defaultStorePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/Gatehouse/history.sqlite");
}

QString StoreUrl::display() const
{
    return withFilter(*this, filter);
}

QString withFilter(const StoreUrl &url, const StoreFilter &filter)
{
    const QString query = filterQuery(filter);
    if (url.backend == StoreUrl::Backend::Sqlite)
        return kSqlitePrefix + url.path + (query.isEmpty() ? QString() : QLatin1Char('?') + query);
    QString text = QStringLiteral("postgresql://");
    if (!url.user.isEmpty())
        text += QString::fromUtf8(QUrl::toPercentEncoding(url.user)) + QLatin1Char('@');
    const bool socket = url.host.startsWith(QLatin1Char('/'));
    if (!socket)
        text += url.host;
    if (url.port > 0)
        text += QLatin1Char(':') + QString::number(url.port);
    text += QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(url.database));
    QStringList items;
    if (socket)
        items.append(QStringLiteral("host=") +
                     QString::fromUtf8(QUrl::toPercentEncoding(url.host, "/")));
    if (!query.isEmpty())
        items.append(query);
    return items.isEmpty() ? text : text + QLatin1Char('?') + items.join(QLatin1Char('&'));
}

} // namespace gatehouse
