#pragma once
// Base of every page in the main window. A page reads the AnalysisSession (never parses,
// never analyses) and updates itself from the session's signals.
#include <QByteArray>
#include <QIcon>
#include <QList>
#include <QPair>
#include <QTimer>
#include <QWidget>
#include <functional>

class QChart;

namespace gatehouse::ui {

class AnalysisSession;
class ChartView;

class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(AnalysisSession *session, QWidget *parent = nullptr)
        : QWidget(parent), m_session(session)
    {
    }
    virtual QString title() const = 0;
    virtual QIcon icon() const { return QIcon(); }
    // The charts on this page, each with a file-name stem ("unknown_rate"), for
    // "Export charts" and for `gatehouse-cli report`.
    virtual QList<QPair<QString, ChartView *>> charts() const { return {}; }
    // After a language switch (View > Language): set again the texts the window's
    // catalogue walk cannot know (built with arguments, kept outside widgets). The
    // session's signals follow, so what a page renders from its data needs nothing here.
    virtual void retranslateUi() {}

    // Only the page on screen keeps up with the session: the main window makes the others
    // inactive, and they note what changed and catch up when they become active again
    // (shown), so a new result costs the GUI thread one page's refresh, not seven. A page
    // on its own (tests, the screenshot mode) is active.
    //
    // Catching up on being shown runs the put-off updates now, but the parts they hand to
    // stage() wait for later event-loop turns, one part a turn: a page whose refresh
    // rebuilt three charts held the window for 60-90 ms when switched to with 10k runs
    // loaded; in parts, no turn takes more than one chart.
    void setActive(bool active)
    {
        m_active = active;
        if (!active)
            return;
        m_staging = true;
        runPending();
        m_staging = false;
        scheduleStages();
    }
    bool isActive() const { return m_active; }
    bool isBehind() const { return !m_pending.isEmpty() || !m_stages.isEmpty(); }

    // The main window's page stack asks every page, shown or not, for its height at a
    // width whenever any label anywhere changes its text (QStackedLayout::heightForWidth),
    // which laid out the wrapped texts of all seven pages on every slider step. A page
    // fills the height it is given; its own layout still wraps its labels inside it.
    bool hasHeightForWidth() const override { return false; }
    // Runs the updates an inactive page put off, in the order they were first asked for,
    // and every staged part, all now.
    void catchUp()
    {
        runPending();
        while (!m_stages.isEmpty())
            m_stages.takeFirst().second();
    }

protected:
    AnalysisSession *session() const { return m_session; }
    // For a page's accessors (tests, the main window): whoever reaches into a page sees
    // it as the session is now, as RunsPage's accessors always did. Logically const.
    void caughtUp() const { const_cast<Page *>(this)->catchUp(); }
    // Runs update now on an active page; an inactive page keeps it (one per key, the
    // latest) for catchUp(). Pages call it from their session slots.
    void updateWhenActive(const QByteArray &key, std::function<void()> update)
    {
        if (m_active) {
            update();
            return;
        }
        for (auto &pending : m_pending)
            if (pending.first == key) {
                pending.second = std::move(update);
                return;
            }
        m_pending.append({key, std::move(update)});
    }
    // Runs part now, unless the page is catching up on being shown (or running a staged
    // part, or parts wait): then part runs in a later event-loop turn (one per key, the
    // latest; after the parts staged before it).
    // A part reads the session when it runs, so a later one never shows older data.
    void stage(const QByteArray &key, std::function<void()> part)
    {
        for (auto &staged : m_stages)
            if (staged.first == key) {
                staged.second = std::move(part);
                return;
            }
        if (!m_staging && m_stages.isEmpty()) {
            part();
            return;
        }
        m_stages.append({key, std::move(part)});
        if (m_active && !m_staging)
            scheduleStages();
    }

    // A chart as two parts: built (a chart on no scene yet posts nothing), then put on
    // view, with `after` (hover tips, marks) run with it. Qt Charts lays a chart out in
    // posted events right after it is put on a scene, which ran back to back with the
    // building: 30 + 25 ms in one turn; apart, neither half goes over about 30 ms.
    // Outside a catch-up both run at once, as stage() does.
    void stageChart(const QByteArray &key, ChartView *view, std::function<QChart *()> build,
                    std::function<void()> after = {});

    // Runs work with its stage() calls put off to later turns, as when catching up (for
    // rebuilds that come from a timer: a resized chart rebuilt all three of its page's).
    void inParts(const std::function<void()> &work)
    {
        const bool was = m_staging;
        m_staging = true;
        work();
        m_staging = was;
        if (!was && m_active)
            scheduleStages();
    }

private:
    void runPending()
    {
        while (!m_pending.isEmpty()) {
            const auto update = m_pending.takeFirst().second;
            update();
        }
    }
    // A 1 ms timer, not a 0 ms one: Qt sends every posted event before it looks at its
    // timers, so parts queued as posted events would run back to back with the paint of
    // the page, as one long turn. A hidden page keeps its parts for the next catch-up.
    void scheduleStages()
    {
        if (m_stages.isEmpty() || (m_stageTimer && m_stageTimer->isActive()))
            return;
        if (!m_stageTimer) {
            m_stageTimer = new QTimer(this);
            m_stageTimer->setSingleShot(true);
            m_stageTimer->setInterval(1);
            connect(m_stageTimer, &QTimer::timeout, this, [this] {
                if (!m_active || m_stages.isEmpty())
                    return;
                // What the part stages in turn waits for the next turns too.
                m_staging = true;
                m_stages.takeFirst().second();
                m_staging = false;
                scheduleStages();
            });
        }
        // Named after the part it runs: the GUI probe names the events of a stall.
        m_stageTimer->setObjectName(QLatin1String("stage:") +
                                    QLatin1String(m_stages.first().first));
        m_stageTimer->start();
    }

    AnalysisSession *m_session;
    bool m_active = true;
    bool m_staging = false;
    QTimer *m_stageTimer = nullptr;
    QList<QPair<QByteArray, std::function<void()>>> m_pending;
    QList<QPair<QByteArray, std::function<void()>>> m_stages;
};

} // namespace gatehouse::ui
