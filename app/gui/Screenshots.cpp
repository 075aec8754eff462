#include "Screenshots.h"

#include "AnalysisSession.h"
#include "MainWindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QTimer>
#include <cstdio>

namespace gatehouse::app {

namespace {
// Time for a page to lay out and paint (charts animate their first draw) before the grab.
constexpr int kSettleMsecs = 700;
} // namespace

ScreenshotRunner::ScreenshotRunner(ui::MainWindow *window, const QString &dir, QObject *parent)
    : QObject(parent), m_window(window), m_dir(dir)
{
}

void ScreenshotRunner::start(const QStringList &sources)
{
    QDir().mkpath(m_dir);
    // GATEHOUSE_SCREENSHOT_SIZE=min: the smallest the window may be, to find clipped texts
    // (German runs about 30 % longer than English); WxH for any other size.
    const QString size = qEnvironmentVariable("GATEHOUSE_SCREENSHOT_SIZE");
    const QStringList wh = size.split(QLatin1Char('x'));
    if (size == QLatin1String("min"))
        m_window->resize(m_window->minimumSizeHint().expandedTo(m_window->minimumSize()));
    else if (wh.size() == 2 && wh.at(0).toInt() > 0 && wh.at(1).toInt() > 0)
        m_window->resize(wh.at(0).toInt(), wh.at(1).toInt());
    else
        m_window->resize(1400, 900);
    m_window->show();
    m_window->session()->load(sources);
    // Headless mode only: blocking here is fine, nothing else is waiting for this window.
    m_window->session()->waitForLoaded();
    QTimer::singleShot(kSettleMsecs, this, [this] { showPage(0); });
}

void ScreenshotRunner::showPage(int index)
{
    if (index >= m_window->pageCount()) {
        QCoreApplication::exit(m_failed ? 1 : 0);
        return;
    }
    m_window->setCurrentPage(index);
    QTimer::singleShot(kSettleMsecs, this, [this, index] { grabPage(index); });
}

void ScreenshotRunner::grabPage(int index)
{
    const QString path =
        QDir(m_dir).filePath(ui::MainWindow::pageKey(index) + QStringLiteral(".png"));
    if (m_window->grab().save(path)) {
        std::fprintf(stdout, "%s\n", qPrintable(QDir::toNativeSeparators(path)));
    } else {
        std::fprintf(stderr, "gatehouse: cannot write %s\n", qPrintable(path));
        m_failed = true;
    }
    std::fflush(stdout);
    showPage(index + 1);
}

} // namespace gatehouse::app
