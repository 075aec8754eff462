#pragma once
// Checks the whitelist editor runs on every edit, before anything is saved. They mirror
// what the loader rejects or warns about (SPEC §4.2), so a saved file always loads again.
#include "rollout/RolloutTypes.h"

#include <QList>
#include <QString>

namespace gatehouse::ui {

// The editable fields of a class, in the editor's column order.
enum class WhitelistField { Reason, Note, Owner, Added, ReviewBy };

struct WhitelistProblem
{
    int row = -1; // index into the class list
    WhitelistField field = WhitelistField::Reason;
    QString message; // plain language, names the reason where there is one
};

// Empty reason, a reason listed more than once, added / review_by that are not
// YYYY-MM-DD dates, and review_by before added. One problem per offending cell.
// A class without a reason is named by its row: displayedRows[i] is where the editor shows
// class i (0-based, the table may be sorted); without it, the row in file order.
QList<WhitelistProblem> validateWhitelist(const QList<WhitelistClass> &classes,
                                          const QList<int> &displayedRows = {});

// True for a real calendar date written exactly as YYYY-MM-DD.
bool isIsoDate(const QString &text);

} // namespace gatehouse::ui
