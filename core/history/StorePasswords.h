#pragma once
// Passwords for PostgreSQL stores, in memory only: the GUI asks for one (or reads it from
// the system keychain) and hands it over here, so that a store URL in the recent list or
// the settings never carries it. A URL's own password, PGPASSWORD and ~/.pgpass (libpq)
// are used when nothing is remembered here.
#include "StoreUrl.h"

namespace gatehouse {

// The store a password belongs to: user, host, port and database, no filter.
QString passwordKey(const StoreUrl &url);
void rememberStorePassword(const StoreUrl &url, const QString &password);
QString rememberedStorePassword(const StoreUrl &url);

} // namespace gatehouse

namespace gatehouse {

// A store source as settings and the recent list may keep it: absolute, without a
// password (one the URL held is remembered here instead). Unparsable text is returned as is:
// the load reports it.
QString storeSourceForSettings(const QString &source);

} // namespace gatehouse
