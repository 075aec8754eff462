#pragma once
// Base of every page in the main window. A page reads the AnalysisSession (never parses,
// never analyses) and updates itself from the session's signals.
#include <QByteArray>
#include <QIcon>
#include <QList>
#include <QPair>
#include <QWidget>
#include <functional>

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
    void setActive(bool active)
    {
        m_active = active;
        if (active)
            catchUp();
    }
    bool isActive() const { return m_active; }
    bool isBehind() const { return !m_pending.isEmpty(); }

    // The main window's page stack asks every page, shown or not, for its height at a
    // width whenever any label anywhere changes its text (QStackedLayout::heightForWidth),
    // which laid out the wrapped texts of all seven pages on every slider step. A page
    // fills the height it is given; its own layout still wraps its labels inside it.
    bool hasHeightForWidth() const override { return false; }
    // Runs the updates an inactive page put off, in the order they were first asked for.
    void catchUp()
    {
        while (!m_pending.isEmpty()) {
            const auto update = m_pending.takeFirst().second;
            update();
        }
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

private:
    AnalysisSession *m_session;
    bool m_active = true;
    QList<QPair<QByteArray, std::function<void()>>> m_pending;
};

} // namespace gatehouse::ui
