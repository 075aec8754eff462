#pragma once
// PostgreSQL store passwords in the system keychain (QtKeychain, as the GitHub token in
// DownloadDialog): service "Gatehouse history store", one entry per store (user, host,
// port, database). Without QtKeychain these do nothing and the password is asked for each
// session (or taken from PGPASSWORD / ~/.pgpass by libpq).
#include <QObject>
#include <QStringList>
#include <functional>

namespace gatehouse::ui {

void saveStorePassword(const QString &storeUrl, const QString &password, QObject *context);

// Reads the keychain for every PostgreSQL source that has no password yet, hands what it
// finds to the loader (rememberStorePassword), then calls done — at once when there is
// nothing to read.
void loadStorePasswords(const QStringList &sources, QObject *context,
                        const std::function<void()> &done);

} // namespace gatehouse::ui
