#pragma once
// Base of every page in the main window. A page reads the AnalysisSession (never parses,
// never analyses) and updates itself from the session's signals.
#include <QIcon>
#include <QList>
#include <QPair>
#include <QWidget>

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

protected:
    AnalysisSession *session() const { return m_session; }

private:
    AnalysisSession *m_session;
};

} // namespace gatehouse::ui
