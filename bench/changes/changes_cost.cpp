// How much the change points (SPEC §9) and the comparisons (SPEC §10) add to a report:
// loads a source once, then times the report (analyses and every file in memory) with the
// default rules and with change points switched off (window 0 finds nothing at once), and
// the bench window comparison on its own; best of several rounds. Prints:
//   load_s report_s report_without_change_points_s comparison_s added_ratio
// where added_ratio = (change points + comparison) / (load + report without both).
#include "report/ChangesReport.h"
#include "report/GateReport.h"
#include "rules/GateRules.h"
#include "sources/Loader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace gatehouse;

namespace {

struct Timing
{
    double analyses = 1e9;
    double files = 1e9;
};

Timing timeReport(const Dataset &dataset, const ReportOptions &options, bool withChanges,
                  int rounds)
{
    Timing best;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        GateReport report = analyzeAll(dataset, options);
        Q_UNUSED(withChanges);
        const double analyses = timer.nsecsElapsed() / 1e9;
        qint64 bytes = 0;
        for (const auto &file : reportFiles(report))
            bytes += file.second.size();
        const double total = timer.nsecsElapsed() / 1e9;
        best.analyses = std::min(best.analyses, analyses);
        best.files = std::min(best.files, total);
        if (bytes == 0)
            std::fprintf(stderr, "empty report\n");
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: gatehouse-bench-changes SOURCE [ROUNDS]\n");
        return 2;
    }
    LoadOptions load;
    load.sources = {QString::fromLocal8Bit(argv[1])};
    QElapsedTimer loadTimer;
    loadTimer.start();
    const Dataset dataset = loadSources(load);
    const double loadSeconds = loadTimer.nsecsElapsed() / 1e9;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 3;

    const ReportOptions with = RuleSet().reportOptions();
    ReportOptions without = with;
    without.allocations.changePoints.window = 0; // computeChangePoints returns at once
    without.install.changePoints.window = 0;
    without.rollout.changePoints.window = 0;
    const Timing a = timeReport(dataset, with, true, rounds);
    const Timing b = timeReport(dataset, without, false, rounds);
    double comparison = 1e9;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto result =
            benchWindowComparison(dataset.benchRuns, with.allocations.runs, with.compare);
        comparison = std::min(comparison, timer.nsecsElapsed() / 1e9);
        if (result.rows.isEmpty() && dataset.benchRuns.size() > 2 * with.allocations.runs)
            std::fprintf(stderr, "no comparison rows\n");
    }
    const double added = std::max(0.0, a.files - b.files) + comparison;
    const double base = loadSeconds + a.files - added;
    std::printf("%.4f %.4f %.4f %.4f %.4f\n", loadSeconds, a.files, b.files, comparison,
                added / base);
    return 0;
}
