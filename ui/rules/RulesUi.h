#pragma once
// The GUI's pieces for the rules in force (SPEC §7): marking a control whose value is an
// override, the one-line description of the rules, and "Save Rules As…".
#include "rules/GateRules.h"

#include <QString>

class QWidget;

namespace gatehouse::ui {

// Marks a control that shows rule `id`: bold italic with the tooltip "override; rules: 1"
// when the value is an override, plain with "rules: 1 (gatehouse.toml)" otherwise.
// `what` starts the tooltip ("Largest CV that passes").
void markRuleControl(QWidget *control, const RuleSet &rules, const QString &id,
                     const QString &what = QString());
// "Rules from gatehouse.toml (/abs/path)" or "Built-in default rules (no gatehouse.toml)".
QString rulesSourceText(const RuleSet &rules);
// Writes a complete, commented gatehouse.toml atomically.
bool saveRulesFile(const QString &path, const RuleSet &rules, QString *error);
// Asks for a file name and saves; reports a failure in a message box. False when not saved.
bool saveRulesAsDialog(QWidget *parent, const RuleSet &rules);

// Help > Reading the Verdicts: resources/help/verdicts.html, or verdicts_<code>.html in the
// report language (the window's) when there is one.
QString verdictsHelpHtml();

} // namespace gatehouse::ui
