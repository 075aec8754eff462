#pragma once
// Gate-V1 rollout: how unknown_rate behaves per policy, which top reasons drive the
// spikes, what the whitelist changes, and which WARN threshold would be acceptable
// (SPEC §4.3-4.5). Reads session->rollout(); the only thing it changes is the WARN
// threshold option, and it asks (through a signal) for reasons to be whitelisted.
// Implementation: UnknownRatePage.cpp (layout, charts, tables), UnknownRatePageNumbers.cpp
// (readiness, RD / RR texts, the WARN threshold controls).
#include "Page.h"

#include <QByteArray>
#include <QList>
#include <optional>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;
class QTabWidget;

namespace gatehouse::ui {

class ChangesPanel;
class ClassFrequencyModel;
class PolicySummaryModel;
class RolloutRunsModel;
class TableView;
class RebuildOnResize;

class UnknownRatePage : public Page
{
    Q_OBJECT
public:
    explicit UnknownRatePage(AnalysisSession *session, QWidget *parent = nullptr);

    QString title() const override { return tr("Unknown rate"); }
    QList<QPair<QString, ChartView *>> charts() const override;

    // rollout_series.csv of the current analysis, byte for byte what the CLI writes.
    bool exportSeriesCsv(const QString &path, QString *error = nullptr) const;
    ChangesPanel *changesPanel() const
    {
        caughtUp();
        return m_changes;
    }
    ChartView *rateView() const
    {
        caughtUp();
        return m_rateView;
    }

signals:
    // "Whitelist this reason" in the class frequency table. The main window connects it
    // to WhitelistPage::whitelistReason (see WhitelistPage::linkWhitelistRequests).
    void whitelistReasonRequested(const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createSummaryPanel();
    QWidget *createWarnPanel();
    QWidget *createTables();
    void refresh();
    void refreshCharts();
    void rebuildCharts() { rebuildCharts(currentChartSignature()); }
    void rebuildCharts(const QByteArray &signature);
    QByteArray currentChartSignature() const; // of the session's rollout result
    void rebuildWarnCurve();
    void updateTexts();
    void updateWarnControls();
    void applyHighlightColors();
    void connectChartInteraction();
    void highlightSelectedRun();
    void onSliderMoved(int position);
    void onSpinChanged(double value);
    void setWarnThreshold(std::optional<double> threshold);
    void requestWhitelistForCurrentReason();
    void updateWhitelistButton();
    void exportWithDialog();
    void createChanges(); // UnknownRatePageChanges.cpp: change points, policy versions
    void markChanges();

    ChartView *m_rateView = nullptr;
    ChartView *m_spikesView = nullptr;
    ChartView *m_warnCurveView = nullptr;    // the WARN trade-off (ui/charts/WarnCurveChart.h)
    RebuildOnResize *m_rateResize = nullptr; // redraws the reduced line for a new width
    ChangesPanel *m_changes = nullptr;
    RolloutRunsModel *m_runsModel = nullptr;
    PolicySummaryModel *m_policyModel = nullptr;
    ClassFrequencyModel *m_frequencyModel = nullptr;
    TableView *m_runsTable = nullptr;
    TableView *m_policyTable = nullptr;
    TableView *m_frequencyTable = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_readiness = nullptr;
    QLabel *m_whitelistState = nullptr;
    QLabel *m_riskDifference = nullptr;
    QLabel *m_riskRatio = nullptr;
    QLabel *m_fpWithout = nullptr;
    QLabel *m_fpWith = nullptr;
    QLabel *m_fpReduction = nullptr;
    QLabel *m_warnRule = nullptr;
    QLabel *m_message = nullptr;
    QSlider *m_warnSlider = nullptr;
    QDoubleSpinBox *m_warnSpin = nullptr;
    QPushButton *m_warnDefault = nullptr;
    QPushButton *m_warnUseLowest = nullptr; // "Use lowest meeting fp_max"
    QPushButton *m_whitelistButton = nullptr;
    double m_sliderMax = 1;
    QList<double> m_warnSteps; // slider position i = m_warnSteps[i] (WarnThresholdSteps.h)
    std::optional<double> m_lowestMeetingFpMax;
    bool m_syncingWarn = false;
    QByteArray m_chartSignature; // what the drawn charts show, apart from the WARN line
};

} // namespace gatehouse::ui
