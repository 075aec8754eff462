#pragma once
// The allocations gate page (SPEC §2): the gate verdict with its reasons and warnings, the
// per-detector table, a box plot per detector and the selected detector run by run against
// its baseline. Every control change goes through AnalysisSession::setAllocationsOptions;
// the page redraws from the session's result and never computes a statistic itself.
#include "Page.h"
#include "bench/DetectorDistribution.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSortFilterProxyModel;
class QSpinBox;
class QSplitter;

namespace gatehouse::ui {

class ChangesPanel;
class DetectorTableModel;
class RebuildOnResize;
class TableView;

class AllocationsPage : public Page
{
    Q_OBJECT
public:
    explicit AllocationsPage(AnalysisSession *session, QWidget *parent = nullptr);

    QString title() const override { return tr("Allocations"); }
    QIcon icon() const override;
    QList<QPair<QString, ChartView *>> charts() const override;

    DetectorTableModel *detectorModel() const
    {
        caughtUp();
        return m_model;
    }
    TableView *detectorTable() const
    {
        caughtUp();
        return m_table;
    }
    ChartView *boxPlotView() const
    {
        caughtUp();
        return m_boxView;
    }
    ChartView *detectorRunsView() const
    {
        caughtUp();
        return m_runsView;
    }
    QComboBox *metricCombo() const
    {
        caughtUp();
        return m_metric;
    }
    QSpinBox *windowSpin() const
    {
        caughtUp();
        return m_window;
    }
    QDoubleSpinBox *cvThresholdSpin() const
    {
        caughtUp();
        return m_cvMax;
    }
    QDoubleSpinBox *driftThresholdSpin() const
    {
        caughtUp();
        return m_driftMax;
    }
    QLabel *statusLabel() const
    {
        caughtUp();
        return m_status;
    }
    ChangesPanel *changesPanel() const
    {
        caughtUp();
        return m_changes;
    }
    // The detector shown run by run; an empty key when none.
    DetectorKey currentDetector() const
    {
        caughtUp();
        return m_current;
    }
    void selectDetector(const DetectorKey &key);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createControls();
    void applyControls();
    void onAllocationsChanged();
    void syncControls();
    void updateStatus();
    void rebuildBoxPlot();
    void rebuildDetectorRuns();
    void onRunSelected(const QString &runId);
    void onTableRowChanged();
    void showDetector(const DetectorKey &key);
    void fitTable();
    void connectBoxPlotHover();
    void connectDetectorRunsHover();
    QWidget *createChanges(QWidget *charts); // AllocationsPageChanges.cpp
    void markDetectorChanges();

    DetectorTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    TableView *m_table = nullptr;
    ChartView *m_boxView = nullptr;
    ChartView *m_runsView = nullptr;
    QComboBox *m_metric = nullptr;
    QSpinBox *m_window = nullptr;
    QDoubleSpinBox *m_cvMax = nullptr;
    QDoubleSpinBox *m_driftMax = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_reasons = nullptr;
    QLabel *m_warnings = nullptr;
    QSplitter *m_splitter = nullptr;
    RebuildOnResize *m_runsResize = nullptr;
    ChangesPanel *m_changes = nullptr; // change points and Compare (AllocationsPageChanges.cpp)
    bool m_splitterSized = false;
    QList<DetectorDistribution> m_distributions; // of the current result, for hover texts
    DetectorDistribution m_currentDistribution;
    DetectorKey m_current;
    bool m_syncing = false;
};

} // namespace gatehouse::ui
