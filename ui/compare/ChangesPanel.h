#pragma once
// "What changed, when, and is it real" under a series chart (SPEC §9, §10): a tab with the
// series' change points and a tab with a benchstat-style comparison. The comparison is
// previous N vs last N by default; on the bench page two x ranges dragged on the run-by-run
// chart (Shift+drag) replace the windows until "Back to windows". The panel only shows
// what the page hands it; compare/CompareSources.h turns results into rows.
#include "changes/SeriesChanges.h"
#include "compare/Comparison.h"
#include "models/CompareModel.h"

#include <QStringList>
#include <QTabWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace gatehouse::ui {

class AnalysisSession;
class ChangePointsModel;
class TableView;

class ChangesPanel : public QTabWidget
{
    Q_OBJECT
public:
    explicit ChangesPanel(AnalysisSession *session, QWidget *parent = nullptr);

    void setChangePoints(const changes::SeriesChangePoints &series, const QString &unit);
    void setComparison(const compare::CompareResult &result, const QString &caption);
    void setCompareRows(const QList<compare::CompareRow> &rows, CompareModel::DeltaStyle style,
                        const QString &caption);
    // Show the "previous N vs last N" control (hidden for policy versions).
    void setWindowControlVisible(bool visible);
    void setCompareTabTitle(const QString &title);
    // Moves the two tabs into another tab widget (a page that already has tabs); the panel
    // keeps driving them and stays hidden.
    void moveTabsTo(QTabWidget *tabs);

    int window() const;
    void setWindow(int n);
    // Dragged ranges: the first becomes "old", the second "new"; a third starts over.
    void addRange(const QStringList &runIds);
    void clearRanges();
    bool hasRanges() const { return !m_newRange.isEmpty(); }
    QStringList oldRange() const { return m_oldRange; }
    QStringList newRange() const { return m_newRange; }

    // A few rows tall by default: the chart above keeps the room (splitters use this).
    QSize sizeHint() const override;

    ChangePointsModel *changePointsModel() const { return m_pointsModel; }
    CompareModel *compareModel() const { return m_compareModel; }
    TableView *changePointsTable() const { return m_pointsTable; }
    TableView *compareTable() const { return m_compareTable; }
    QSpinBox *windowSpin() const { return m_window; }
    QLabel *compareCaption() const { return m_caption; }

signals:
    // The window or the ranges changed: the page recomputes the comparison.
    void compareInputsChanged();

private:
    void updateRangeButton();

    ChangePointsModel *m_pointsModel = nullptr;
    CompareModel *m_compareModel = nullptr;
    TableView *m_pointsTable = nullptr;
    TableView *m_compareTable = nullptr;
    QSpinBox *m_window = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_windowLabel = nullptr;
    QPushButton *m_backToWindows = nullptr;
    QStringList m_oldRange, m_newRange;
    bool m_pendingNew = false; // the next range is "new"
    QTabWidget *m_host = this; // where the tabs are
    int m_pointsTab = 0;
    int m_compareTab = 1;
};

} // namespace gatehouse::ui
