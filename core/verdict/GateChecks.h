#pragma once
// SPEC §8: each gate's verdict comes from one ordered list of checks, and every surface
// (GUI card, Review checklist, Markdown, human tables, JSON "checks") is rendered from
// that list, so they can never disagree.
#include "common/GateStatus.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace gatehouse {

struct GateCheck
{
    QString id;    // "runs", "cv", "drift", "failed_runs", "baseline_readable", ...
    QString label; // what must hold, in words: "At least 10 runs"
    bool met = false;
    QString detail; // the numbers behind it: "44 runs (40 needed)"
};

using GateChecks = QList<GateCheck>;

// NO_DATA without runs; else INSUFFICIENT when the "runs" check fails; else PASS when every
// check is met; else FAIL.
GateStatus statusFromChecks(bool hasRuns, const GateChecks &checks);

// [{"id", "label", "met", "detail"}]
QJsonArray checksToJson(const GateChecks &checks);
// "- [x] label: detail" lines (GitHub task-list syntax).
QString checksMarkdown(const GateChecks &checks);
// "  [x] label: detail" / "  [ ] label: detail" lines for terminals (ASCII, as CI logs).
QString checksText(const GateChecks &checks);
// The ids of the unmet checks, in order.
QStringList unmetCheckIds(const GateChecks &checks);

// "ready" for PASS, "not ready" for FAIL, "waiting for runs", "no data": the one wording
// of a status's meaning on every surface.
QString verdictWord(GateStatus status);

} // namespace gatehouse
