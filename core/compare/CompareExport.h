#pragma once
// Renderings of a comparison (SPEC §10): the human table (one section per unit, "~" for
// changes that are not significant, a geomean row, numbered notes), the JSON document
// and compare.csv. All three are locale-independent ('.' decimal point) and
// deterministic for the same input.
#include "Comparison.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace gatehouse::compare {

QString compareTable(const CompareResult &result);

// {"rows": [{"pkg", "name", "unit", "old": {"n", "median", "ci_low", "ci_high"},
//  "new": {…}, "delta_percent", "pvalue", "significant", "warnings": []}],
//  "geomean": [{"unit", "old", "new", "delta_percent"}]}; null where undefined.
QJsonObject compareToJson(const CompareResult &result);
// One row's comparison fields: {"old", "new", "delta_percent", "pvalue", "significant",
// "warnings"} (install --compare-last's "window_comparison").
QJsonObject compareRowToJson(const CompareRow &row);

// A header row, one line per row, then one "[geomean]" line per unit; numbers in
// shortest round-trip digits.
QByteArray compareCsv(const CompareResult &result);

// benchstat's delta column: "~" when not significant, "0.00%" when equal, "?" when the
// old median is 0, else "+1.23%".
QString formatDelta(const CompareRow &row);

} // namespace gatehouse::compare
