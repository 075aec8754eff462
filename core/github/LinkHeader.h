#pragma once
// The HTTP Link header (RFC 8288) as GitHub uses it for pagination:
//   <https://api.github.com/…?page=2>; rel="next", <https://…?page=9>; rel="last"
// Pages are followed through rel="next" only, never by building page URLs: the API may
// switch to cursor pagination, and GHES versions differ in which parameters they take.
#include <QByteArray>
#include <QHash>
#include <QUrl>

namespace gatehouse::github {

// rel -> target, resolved against base (relative targets are allowed by RFC 8288).
// Malformed links are skipped; a rel with several space-separated values maps each.
QHash<QString, QUrl> parseLinkHeader(const QByteArray &header, const QUrl &base = QUrl());

// The rel="next" target, or an invalid QUrl on the last page.
QUrl nextPageUrl(const QByteArray &header, const QUrl &base = QUrl());

} // namespace gatehouse::github
