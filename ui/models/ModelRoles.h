#pragma once
// Roles every Gatehouse table model answers, so proxies sort on raw values and views can
// link the selected run across pages.
#include <Qt>

namespace gatehouse::ui {

enum ModelRole {
    SortRole = Qt::UserRole + 1, // raw value (number, date, string) to sort on
    RunIdRole,                   // the run id of the row, when the row is a run
    RawValueRole,                // unformatted value for export
};

} // namespace gatehouse::ui
