#pragma once
// Small widgets shared by the allocations and install pages: the gate status line with its
// icon and tint, the warnings banner, labelled controls and chart hover tooltips.
#include "common/GateStatus.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <functional>

class QBoxLayout;
class QChart;
class QLabel;
class QPointF;
class QWidget;

namespace gatehouse::ui {

class AnalysisSession;

// Status line (bold, tinted by verdict), reasons (plain, wrapped), warnings (banner).
void setupStatusLabels(QLabel *status, QLabel *reasons, QLabel *warnings);
// The verdict line, tinted green (PASS), red (FAIL) or amber from the label's palette.
void showGateStatus(QLabel *status, GateStatus gate, const QString &line);
// Hidden when there are no warnings; one line per warning otherwise.
void showWarnings(QLabel *warnings, const QStringList &lines);
// A label with a mnemonic buddy, then the control.
void addLabelled(QBoxLayout *layout, const QString &label, QWidget *control);
// Shows text at the cursor while hovering (on), hides it when the hover ends.
void showChartToolTip(QWidget *view, bool on, const QString &text);
// On every series of the chart whose object name is in `names`: hovering a point shows
// tipAt(point) over view, clicking it selects runAt(point) in the session (none when
// empty). Connections live as long as context.
void linkRunPoints(QChart *chart, const QStringList &names, QWidget *view, QObject *context,
                   AnalysisSession *session, std::function<QString(const QPointF &)> tipAt,
                   std::function<QString(const QPointF &)> runAt);

// Charts are decimated and their labels thinned for the width they were built at; this
// rebuilds one (debounced) once its view's width has moved by more than 15 % from that.
class RebuildOnResize : public QObject
{
public:
    RebuildOnResize(QWidget *view, std::function<void()> rebuild);
    // The plot width to build for now (pixels, the axes' room taken off); remembers it.
    int plotWidthForBuild();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_view;
    std::function<void()> m_rebuild;
    QTimer m_timer;
    int m_builtWidth = 0;
};

} // namespace gatehouse::ui

#include "verdict/GateChecks.h"

namespace gatehouse::ui {

// The line every page opens with: what it shows and how to read it (wrapped, muted).
QLabel *makePageIntro(const QString &text, QWidget *parent);
// The unmet checks as one line ("✗ label: detail · ✗ …"); empty when all are met.
QString unmetChecksText(const GateChecks &checks);
// "No verdict: the rules file has errors" in the status line's neutral tint.
void showNoVerdict(QLabel *status);

} // namespace gatehouse::ui
