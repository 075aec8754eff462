#pragma once
// The report's charts as PNG files, drawn by the same builders the pages use, so that
// `gatehouse-cli report` writes them without a display (offscreen platform).
#include "report/GateReport.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSize>

class QChart;
class QPalette;

namespace gatehouse::ui {

// Renders chart (and deletes it) to PNG bytes; needs a QApplication.
QByteArray renderChartPng(QChart *chart, const QSize &size);

// (file name, PNG bytes): allocations_boxplot.png, allocations_<detector>_runs.png for
// the detector most in need of attention, install_durations.png, unknown_rate.png and
// spikes_by_reason.png. A gate without data contributes no chart.
QList<QPair<QString, QByteArray>> reportChartFiles(const GateReport &report,
                                                   const Dataset &dataset,
                                                   const QPalette &palette);

} // namespace gatehouse::ui
