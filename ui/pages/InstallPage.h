#pragma once
// The install-duration gate page (SPEC §3): the verdict line, durations over time with the
// budget, the rolling median and the runs over budget, and the table of kept runs. Controls
// (budget, N, branch, conclusion) go through AnalysisSession::setInstallOptions; the chart
// and the table follow the session's selected run both ways.
#include "Page.h"

class QComboBox;
class QLabel;
class QSpinBox;
class QSortFilterProxyModel;

namespace gatehouse::ui {

class ChangesPanel;
class InstallRunsModel;
class RebuildOnResize;
class TableView;

class InstallPage : public Page
{
    Q_OBJECT
public:
    explicit InstallPage(AnalysisSession *session, QWidget *parent = nullptr);

    QString title() const override { return tr("Install duration"); }
    QIcon icon() const override;
    QList<QPair<QString, ChartView *>> charts() const override;

    InstallRunsModel *runsModel() const
    {
        caughtUp();
        return m_model;
    }
    TableView *runsTable() const
    {
        caughtUp();
        return m_table;
    }
    ChartView *durationsView() const
    {
        caughtUp();
        return m_chartView;
    }
    ChangesPanel *changesPanel() const
    {
        caughtUp();
        return m_changes;
    }
    QSpinBox *budgetSpin() const
    {
        caughtUp();
        return m_budget;
    }
    QSpinBox *windowSpin() const
    {
        caughtUp();
        return m_window;
    }
    QComboBox *branchCombo() const
    {
        caughtUp();
        return m_branch;
    }
    QComboBox *conclusionCombo() const
    {
        caughtUp();
        return m_conclusion;
    }
    QLabel *statusLabel() const
    {
        caughtUp();
        return m_status;
    }

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createControls();
    void applyControls();
    void syncControls();
    void onInstallChanged();
    void updateStatus();
    void rebuildChart();
    void connectChartInteraction();
    QWidget *createChanges(); // InstallPageChanges.cpp: change points, Compare, gate zoom
    void markChanges();

    InstallRunsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    TableView *m_table = nullptr;
    ChartView *m_chartView = nullptr;
    QSpinBox *m_budget = nullptr;
    QSpinBox *m_window = nullptr;
    QComboBox *m_branch = nullptr;
    QComboBox *m_conclusion = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_reasons = nullptr;
    QLabel *m_warnings = nullptr;
    RebuildOnResize *m_chartResize = nullptr;
    ChangesPanel *m_changes = nullptr;
    bool m_syncing = false;
};

} // namespace gatehouse::ui
