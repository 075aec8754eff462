#pragma once
// The graduation review in structured form: one summary per gate with its status, the
// verdict in words, the numbers that decided it and the reasons, for the Review page's
// gate cards. Computed from a GateReport only; nothing here is recomputed statistics.
#include "report/GateReport.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace gatehouse::ui {

enum class GateId { Allocations, Install, Rollout };

struct GateSummary
{
    GateId gate = GateId::Allocations;
    QString title;      // "Allocations gate"
    QString transition; // what graduating means: "soft gate → hard gate"
    GateStatus status = GateStatus::NoData;
    QString verdict;    // "Ready", "Not ready", "Waiting for runs", "No data"
    QString headline;   // the one number that matters most, in words
    QList<QPair<QString, QString>> facts; // label, value
    QStringList reasons;                  // why (not) ready, warnings about the data
};

QString verdictText(GateStatus status);
// Name of the icon for a status in resources/icons ("status-pass", ...).
QString statusIconName(GateStatus status);

QList<GateSummary> summarizeGates(const GateReport &report);

} // namespace gatehouse::ui
