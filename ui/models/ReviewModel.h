#pragma once
// The graduation review in structured form, for the Review page's gate cards: one summary
// per gate with its status and its checks exactly as core decided them (SPEC §8). Nothing
// here decides readiness: the verdict word is verdictWord(status) and the checklist is
// result.checks, so a card can never say "ready" while a check is unmet.
#include "report/GateReport.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace gatehouse::ui {

enum class GateId
{
    Allocations,
    Install,
    Rollout
};

struct GateSummary
{
    GateId gate = GateId::Allocations;
    QString title;      // "Allocations gate"
    QString transition; // what graduating means: "soft gate → hard gate"
    GateStatus status = GateStatus::NoData;
    bool blocked = false;                 // the rules file has errors: no verdict at all
    QString verdict;                      // verdictWord(status), or "the rules file has errors"
    QString headline;                     // how many checks are met, in words
    GateChecks checks;                    // the gate's checks, in core's order
    QList<QPair<QString, QString>> facts; // context, not verdicts: metric, files, rates
    QStringList warnings;                 // doubts about the data (mixed machines, …)
};

// "✓ label: detail" / "✗ label: detail": one check as every GUI surface writes it.
QString checkLine(const GateCheck &check);
// Name of the icon for a status in resources/icons ("status-pass", ...).
QString statusIconName(GateStatus status);
// "the rules file has errors": what every gate says instead of a verdict.
QString rulesErrorVerdict();

QList<GateSummary> summarizeGates(const GateReport &report, bool rulesHaveErrors = false);

} // namespace gatehouse::ui
