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

protected:
    AnalysisSession *session() const { return m_session; }

private:
    AnalysisSession *m_session;
};

} // namespace gatehouse::ui
