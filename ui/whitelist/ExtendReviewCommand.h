#pragma once
// "Extend review by 90 days" in the whitelist editor: moves review_by of the chosen classes
// as one undoable step, made of the editor's own field edits (WhitelistCommands.h) so undo
// restores each class's exact previous text.
#include "rollout/RolloutTypes.h"

#include <QDate>
#include <QList>

class QUndoStack;

namespace gatehouse::ui {

class WhitelistModel;

inline constexpr int kReviewExtensionDays = 90;

// The new review_by: `days` after the later of review_by and today, so that extending a
// stale class makes it current again instead of leaving it in the past; today + days when
// review_by is empty or not a date.
QDate extendedReviewBy(const WhitelistClass &cls, const QDate &today, int days);

// One macro on the stack ("Extend review of …"), one review_by edit per row (source rows
// of model). Nothing is pushed for an empty list. Returns the number of classes changed.
int pushExtendReview(QUndoStack *stack, WhitelistModel *model, QList<int> rows, const QDate &today,
                     int days = kReviewExtensionDays);

} // namespace gatehouse::ui
