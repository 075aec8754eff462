#pragma once
// Where a history store lives (SPEC §12), parsed from what the user typed:
//   sqlite:PATH, or a file name ending in .sqlite       the embedded store (QSQLITE)
//   postgresql://[user[:password]@]host[:port]/dbname    a team's shared store (QPSQL)
//   postgresql://user@/dbname?host=/run/postgresql       the same over a Unix socket
//     (a host that starts with '/', percent-encoded in the authority, works too)
// Every form may carry load filters as query items: repository=OWNER/NAME, workflow=NAME,
// from=YYYY-MM-DD, to=YYYY-MM-DD (both inclusive). They only narrow what a load reads;
// ingest ignores them. Passwords are never part of display(): messages name the store
// without it.
#include <QDate>
#include <QString>

#include <optional>

namespace gatehouse {

struct StoreFilter
{
    QString repository; // OWNER/NAME; empty: any
    QString workflow;   // the run's workflow name; empty: any
    QDate from, to;     // run created_at, inclusive; invalid: open
    bool isEmpty() const
    {
        return repository.isEmpty() && workflow.isEmpty() && !from.isValid() && !to.isValid();
    }
};

struct StoreUrl
{
    enum class Backend
    {
        Sqlite,
        Postgres
    };
    Backend backend = Backend::Sqlite;
    QString path; // SQLite: the database file (absolute)
    QString host, user, password, database;
    int port = -1;
    StoreFilter filter;

    // The store as messages and the recent list name it: no password, filters kept.
    QString display() const;
    // Identity of the store for the loader (filters included, password excluded).
    QString key() const { return display(); }
};

// Whether a SOURCE argument names a store rather than a folder, zip or file. Also true for
// a text with a URL scheme that is no store's ("postgresq://…"): parseStoreUrl refuses it
// by name, where a folder of that name would only be "not found".
bool looksLikeStoreUrl(const QString &text);
// The text before a '?' (the filter query), all of it when there is none.
QString pathPart(const QString &text);

// The text with any password taken out (the user part's ":password" and a "password="
// option), for messages, parse issues and settings when the text does not parse.
QString withoutPassword(const QString &text);

// nullopt with *error set when the text is not a store URL that can be used; the error
// never repeats a password the text held.
std::optional<StoreUrl> parseStoreUrl(const QString &text, QString *error);

// ~/.local/share/Gatehouse/history.sqlite ($XDG_DATA_HOME honoured).
QString defaultStorePath();

// The store URL with a filter applied (replacing any filter it had): what the GUI puts in
// the recent list.
QString withFilter(const StoreUrl &url, const StoreFilter &filter);

} // namespace gatehouse
