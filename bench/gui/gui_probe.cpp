// The GUI half of the benchmark (docs/performance.md): opens the main window on a source,
// and measures what an operator feels.
//  1. Stalls: a 1 ms timer probe runs on the GUI thread from the moment the load starts
//     until every page has taken the result; the longest gap between two ticks is the
//     longest time the window could not react to input. Target: never above 50 ms.
//  2. Redraws: every chart of every page is rendered again (QWidget::grab, the same full
//     paint a resize or an expose causes), several times; the slowest is reported with the
//     number of points its series hold. Target: within 100 ms with 10k runs behind it.
//
// Usage: gatehouse-bench-gui SOURCE... (QT_QPA_PLATFORM=offscreen works)
// Prints "key value" lines for bench/run-benchmark.sh; exits 1 when the load fails.
#include "AnalysisSession.h"
#include "MainWindow.h"
#include "Settings.h"
#include "charts/ChartView.h"
#include "pages/Page.h"

#include <QApplication>
#include <QChart>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>
#include <QXYSeries>
#include <algorithm>
#include <cstdio>

using namespace gatehouse::ui;

namespace {

constexpr int kRedrawRepeats = 5;
constexpr qint64 kStallLimitMs = 50;

struct StallProbe
{
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    int ticks = 0;
    int overLimit = 0;

    void start()
    {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(1);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.elapsed();
            const qint64 gap = now - last;
            longest = std::max(longest, gap);
            overLimit += gap > kStallLimitMs ? 1 : 0;
            last = now;
            ++ticks;
        });
        clock.start();
        timer.start();
    }
};

int seriesPoints(const ChartView *view)
{
    int points = 0;
    for (const QAbstractSeries *series : view->chart()->series())
        if (const auto *xy = qobject_cast<const QXYSeries *>(series))
            points += static_cast<int>(xy->count());
    return points;
}

void measureRedraws(MainWindow &window)
{
    for (int index = 0; index < window.pageCount(); ++index) {
        window.setCurrentPage(index);
        QCoreApplication::processEvents();
        for (const auto &[name, view] : window.page(index)->charts()) {
            view->grab(); // first paint lays out; not what a redraw costs
            qint64 slowest = 0;
            for (int i = 0; i < kRedrawRepeats; ++i) {
                QElapsedTimer t;
                t.start();
                view->grab();
                slowest = std::max(slowest, t.elapsed());
            }
            std::printf("redraw %s/%s points %d ms %lld\n",
                        qPrintable(MainWindow::pageKey(index)), qPrintable(name),
                        seriesPoints(view), static_cast<long long>(slowest));
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList sources = app.arguments().mid(1);
    if (sources.isEmpty()) {
        std::fprintf(stderr, "usage: gatehouse-bench-gui SOURCE...\n");
        return 2;
    }
    QTemporaryDir settingsDir; // never the operator's own settings
    MainWindow window(std::make_unique<Settings>(settingsDir.filePath("gatehouse.ini")));
    window.resize(1600, 1000);
    window.show();
    QCoreApplication::processEvents();

    StallProbe probe;
    QElapsedTimer loadClock;
    qint64 loadMs = -1;
    QObject::connect(window.session(), &AnalysisSession::loadFinished, &app,
                     [&](bool cancelled) {
                         loadMs = loadClock.elapsed();
                         if (cancelled)
                             QCoreApplication::exit(1);
                         // Let every page and model take the result, then stop probing.
                         QTimer::singleShot(300, &app, [] { QCoreApplication::exit(0); });
                     });
    probe.start();
    loadClock.start();
    window.openSources(sources);
    if (app.exec() != 0)
        return 1;
    probe.timer.stop();
    std::printf("runs %lld\n", static_cast<long long>(window.session()->dataset().gateRuns.size()));
    std::printf("load_ms %lld\n", static_cast<long long>(loadMs));
    std::printf("longest_stall_ms %lld\n", static_cast<long long>(probe.longest));
    std::printf("stalls_over_%lld_ms %d\n", static_cast<long long>(kStallLimitMs),
                probe.overLimit);
    std::printf("probe_ticks %d\n", probe.ticks);
    measureRedraws(window);
    return 0;
}
