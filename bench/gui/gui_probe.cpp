// The GUI half of the benchmark (docs/performance.md): opens the main window on a source,
// and measures what an operator feels.
//  1. Stalls: a 1 ms timer probe runs on the GUI thread from the moment the load starts
//     until every page has taken the result; the longest gap between two ticks is the
//     longest time the window could not react to input. Target: never above 50 ms.
//     Then the same probe runs over a tour of page switches (every page in turn, twice:
//     once after the load, once after the slider moves below) and over WARN slider moves
//     on the Unknown rate page (one step at a time as a held arrow key gives them, then
//     jumps across the range); each phase's longest stall is printed on its own.
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

#include <QGraphicsScene>
#include <QGraphicsView>

#include <QApplication>
#include <QChart>
#include <QElapsedTimer>
#include <QEvent>
#include <QSlider>
#include <QTemporaryDir>
#include <QTimer>
#include <QXYSeries>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace gatehouse::ui;

namespace {

constexpr int kRedrawRepeats = 5;

// Attributes stalls: times every event the GUI thread handles (outermost dispatch only)
// and remembers the slowest, with what received it, so a stall can be traced to its page.
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    struct Slow
    {
        qint64 ms = 0;
        QString what;
    };
    QList<Slow> slowest; // longest first, at most 5

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0 || !m_recording)
            return QApplication::notify(receiver, event);
        // Taken before the dispatch: a receiver may delete itself while it handles it.
        const char *className = receiver->metaObject()->className();
        QString name = receiver->objectName();
        // A chart's scene has no name: name the view it is shown in.
        if (const auto *scene = qobject_cast<const QGraphicsScene *>(receiver))
            if (!scene->views().isEmpty())
                name =
                    scene->views().first()->objectName() +
                    (scene->views().first()->isVisible() ? QString() : QStringLiteral("(hidden)"));
        const int type = static_cast<int>(event->type());
        ++m_depth;
        QElapsedTimer clock;
        clock.start();
        const bool result = QApplication::notify(receiver, event);
        const qint64 ms = clock.elapsed();
        --m_depth;
        if (ms >= 10)
            remember(ms, QStringLiteral("%1 %2 (event %3)")
                             .arg(QString::fromLatin1(className), name)
                             .arg(type));
        if (ms >= 3)
            sinceTick.append(QStringLiteral("%1 ms %2 %3 (event %4)")
                                 .arg(ms)
                                 .arg(QString::fromLatin1(className), name)
                                 .arg(type));
        return result;
    }
    // The events of 3 ms or more since the probe's last tick: what a stall was made of.
    QStringList sinceTick;

    void setRecording(bool on) { m_recording = on; }

private:
    void remember(qint64 ms, const QString &what)
    {
        slowest.append({ms, what});
        std::sort(slowest.begin(), slowest.end(),
                  [](const Slow &a, const Slow &b) { return a.ms > b.ms; });
        if (slowest.size() > 5)
            slowest.removeLast();
    }

    int m_depth = 0;
    bool m_recording = false;
};
constexpr qint64 kStallLimitMs = 50;

struct StallProbe
{
    TimingApplication *app = nullptr;
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
            // A stall over the limit names the events it was made of, one line each.
            if (gap > kStallLimitMs && app)
                std::printf("stall %lld ms: %s\n", static_cast<long long>(gap),
                            qPrintable(app->sinceTick.join(QStringLiteral(" + "))));
            if (app)
                app->sinceTick.clear();
            last = now;
            ++ticks;
        });
        clock.start();
        timer.start();
    }
};

// Runs the steps one per timer turn (interval ms apart), then waits settleMs so work the
// last step started off the GUI thread lands inside the phase, then quits the loop.
void runSteps(const QList<std::function<void()>> &steps, int interval, int settleMs)
{
    auto index = std::make_shared<int>(0);
    auto timer = std::make_shared<QTimer>();
    timer->setInterval(interval);
    QObject::connect(timer.get(), &QTimer::timeout, [steps, index, timer, settleMs] {
        if (*index < steps.size()) {
            steps.at((*index)++)();
            return;
        }
        timer->stop();
        QTimer::singleShot(settleMs, [] { QCoreApplication::exit(0); });
    });
    timer->start();
    QCoreApplication::exec();
}

struct PhaseResult
{
    qint64 longest = 0;
    int overLimit = 0;
    QList<TimingApplication::Slow> slowest;
};

PhaseResult measurePhase(TimingApplication &app, StallProbe &probe,
                         const QList<std::function<void()>> &steps, int interval, int settleMs)
{
    probe.longest = 0;
    probe.overLimit = 0;
    probe.last = probe.clock.elapsed();
    app.slowest.clear();
    app.setRecording(true);
    runSteps(steps, interval, settleMs);
    app.setRecording(false);
    return {probe.longest, probe.overLimit, app.slowest};
}

void printPhase(const char *name, const PhaseResult &r)
{
    std::printf("longest_stall_%s_ms %lld\n", name, static_cast<long long>(r.longest));
    std::printf("stalls_%s_over_%lld_ms %d\n", name, static_cast<long long>(kStallLimitMs),
                r.overLimit);
    for (const TimingApplication::Slow &slow : r.slowest)
        std::printf("slow_event_%s_ms %lld %s\n", name, static_cast<long long>(slow.ms),
                    qPrintable(slow.what));
}

// Every page in turn, each left shown for a while as an operator would look at it. Each
// switch prints how long it took (the page catching up), as "page_switch KEY MS".
QList<std::function<void()>> pageTour(MainWindow &window)
{
    QList<std::function<void()>> steps;
    const auto show = [&window](int index) {
        QElapsedTimer clock;
        clock.start();
        window.setCurrentPage(index);
        std::printf("page_switch %s %lld\n", qPrintable(MainWindow::pageKey(index)),
                    static_cast<long long>(clock.elapsed()));
    };
    for (int index = 0; index < window.pageCount(); ++index)
        steps.append([show, index] { show(index); });
    steps.append([show] { show(MainWindow::UnknownRatePageIndex); });
    return steps;
}

// The WARN slider: 30 single steps (a held arrow key repeats about every 30 ms), then ten
// jumps across the whole range (a dragged handle, a click in the groove).
QList<std::function<void()>> sliderMoves(QSlider *slider)
{
    QList<std::function<void()>> steps;
    steps.append([slider] { slider->setFocus(); });
    for (int i = 0; i < 30; ++i)
        steps.append([slider] { slider->triggerAction(QAbstractSlider::SliderSingleStepAdd); });
    for (int i = 0; i < 10; ++i)
        steps.append([slider, i] {
            const int span = slider->maximum() - slider->minimum();
            slider->setValue(slider->minimum() +
                             (i % 2 == 0 ? span * (i + 1) / 11 : span - span * i / 11));
        });
    return steps;
}

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
            std::printf("redraw %s/%s points %d ms %lld\n", qPrintable(MainWindow::pageKey(index)),
                        qPrintable(name), seriesPoints(view), static_cast<long long>(slowest));
            // Each series on its own line: which one holds the points of a slow redraw.
            for (const QAbstractSeries *series : view->chart()->series())
                if (const auto *xy = qobject_cast<const QXYSeries *>(series))
                    std::printf("redraw_series %s/%s %s %lld\n",
                                qPrintable(MainWindow::pageKey(index)), qPrintable(name),
                                qPrintable(series->objectName()),
                                static_cast<long long>(xy->count()));
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    TimingApplication app(argc, argv);
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
    probe.app = &app;
    QElapsedTimer loadClock;
    qint64 loadMs = -1;
    QObject::connect(window.session(), &AnalysisSession::loadFinished, &app, [&](bool cancelled) {
        loadMs = loadClock.elapsed();
        if (cancelled)
            QCoreApplication::exit(1);
        // Let every page and model take the result, then stop probing.
        QTimer::singleShot(300, &app, [] { QCoreApplication::exit(0); });
    });
    probe.start();
    app.setRecording(true);
    loadClock.start();
    window.openSources(sources);
    if (app.exec() != 0)
        return 1;
    probe.timer.stop();
    app.setRecording(false);
    const qint64 loadLongest = probe.longest;
    std::printf("runs %lld\n", static_cast<long long>(window.session()->dataset().gateRuns.size()));
    std::printf("load_ms %lld\n", static_cast<long long>(loadMs));
    std::printf("longest_stall_ms %lld\n", static_cast<long long>(probe.longest));
    std::printf("stalls_over_%lld_ms %d\n", static_cast<long long>(kStallLimitMs), probe.overLimit);
    std::printf("probe_ticks %d\n", probe.ticks);
    for (const TimingApplication::Slow &slow : app.slowest)
        std::printf("slow_event_ms %lld %s\n", static_cast<long long>(slow.ms),
                    qPrintable(slow.what));

    // The probe keeps ticking from here on; each phase resets its maximum.
    probe.timer.start();
    const PhaseResult tour = measurePhase(app, probe, pageTour(window), 400, 400);
    auto *slider = window.findChild<QSlider *>(QStringLiteral("warnThresholdSlider"));
    PhaseResult moves;
    if (slider)
        moves = measurePhase(app, probe, sliderMoves(slider), 30, 1500);
    const PhaseResult tourAgain = measurePhase(app, probe, pageTour(window), 400, 400);
    probe.timer.stop();
    PhaseResult pages = tour.longest >= tourAgain.longest ? tour : tourAgain;
    pages.overLimit = tour.overLimit + tourAgain.overLimit;
    printPhase("pages", pages);
    if (slider) {
        printPhase("slider", moves);
        std::printf("slider_steps %d\n", slider->maximum() - slider->minimum() + 1);
    }
    std::printf("longest_stall_all_ms %lld\n",
                static_cast<long long>(std::max({loadLongest, pages.longest, moves.longest})));
    measureRedraws(window);
    return 0;
}
