#include "Page.h"

#include "charts/ChartView.h"

#include <QChart>
#include <memory>
#include <utility>

namespace gatehouse::ui {

namespace {

// A built chart waiting to be put on view; deleted with the part that would have shown
// it when a newer build replaces that part first.
struct PendingChart
{
    QChart *chart = nullptr;
    PendingChart() = default;
    PendingChart(const PendingChart &) = delete;
    PendingChart &operator=(const PendingChart &) = delete;
    ~PendingChart() { delete chart; }
};

} // namespace

void Page::stageChart(const QByteArray &key, ChartView *view, std::function<QChart *()> build,
                      std::function<void()> after)
{
    stage(key, [this, key, view, build = std::move(build), after = std::move(after)] {
        auto pending = std::make_shared<PendingChart>();
        pending->chart = build();
        // Staged from here, so it always follows the build it shows.
        stage(key + "/show", [view, pending, after] {
            view->setChartWithTheme(std::exchange(pending->chart, nullptr)); // the view owns it
            if (after)
                after();
        });
    });
}

} // namespace gatehouse::ui
