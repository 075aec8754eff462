#pragma once
// install_to_ready_seconds.txt and metadata.json readers (SPEC §3).
#include "InstallTypes.h"
#include "common/ParseIssue.h"

#include <QByteArray>
#include <optional>

namespace gatehouse {

// One non-negative integer, surrounding white space allowed; anything else adds an
// Error issue and returns nullopt.
std::optional<qint64> parseInstallSeconds(const QByteArray &data, const QString &path,
                                          ParseIssues &issues);

// metadata.json: run_id, head_sha, head_branch, conclusion, created_at (ISO 8601),
// run_attempt, run_number, html_url; all optional. Wrong types or a malformed document
// add an Error issue and return nullopt.
std::optional<RunMetadata> parseRunMetadata(const QByteArray &data, const QString &path,
                                            ParseIssues &issues);

} // namespace gatehouse
