#pragma once
// Who a parsed artifact belongs to and where it sits in run order (SPEC §1).
#include "RelativePath.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace gatehouse {

struct RunIdentity
{
    QString runId;       // resolved per SPEC §1: JSON run_id, else digits of the artifact
                         // folder/zip name, else the relative path
    QDateTime timestamp; // UTC; invalid when the run has none
    RelativePath path;   // source-relative path of the artifact file (for display, ties)
    QString sourceKey;   // canonical path of the source it came from; breaks exact ties so
                         // that output never depends on the order sources were given in
};

// Last run of ASCII digits in the nearest enclosing folder or zip name of a
// source-relative path ("bench-detectors-raw-9182736455/bench.txt" -> "9182736455").
// Path components are walked from the file's parent up to the source root; a ".zip"
// suffix is ignored. Returns an empty string when no component holds digits.
QString runIdFromPath(const QString &relativePath);

// The run id a JSON "run_id" field holds: an integral number or a non-empty string.
// Returns an empty string when the value is absent or unusable.
QString runIdFromJson(const QJsonValue &value);

// ISO 8601 timestamp ("2026-10-01T12:00:00Z", offsets allowed) as UTC; invalid otherwise.
QDateTime parseTimestamp(const QString &text);
// "YYYY-MM-DDTHH:MM:SSZ" or empty when invalid.
QString formatTimestamp(const QDateTime &timestamp);

} // namespace gatehouse
