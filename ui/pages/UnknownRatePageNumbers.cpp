// The Unknown rate page's numbers panel: readiness, risk difference and risk ratio as
// text, and the WARN threshold controls with the false-positive rates they drive. The
// layout, tables and charts are in UnknownRatePage.cpp.
#include "UnknownRatePage.h"
#include "common/StoredText.h"
#include "common/Translate.h"
#include "i18n/DisplayNumbers.h"

#include "AnalysisSession.h"
#include "GatePageParts.h"
#include "WarnThresholdSteps.h"
#include "charts/WarnCurveChart.h"
#include "common/NumberFormat.h"
#include "rollout/RolloutExport.h"
#include "rules/RulesUi.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>
#include <cmath>

namespace gatehouse::ui {

namespace {

constexpr int kSliderPageSteps = 10; // Page Up / Down: ten thresholds where a rate changes

QString fraction(int part, int whole)
{
    return QStringLiteral("%1/%2").arg(part).arg(whole);
}

// False-positive rates read as percent on every surface (SPEC §8), with enough decimals
// that a rate just above fp_max never rounds onto it.
QString rateText(const std::optional<double> &rate, double fpMax)
{
    return rate ? localizedNumbers(percentText(*rate, fpMax)) : QObject::tr("undefined");
}

QString pointsText(const std::optional<double> &difference)
{
    if (!difference)
        return QObject::tr("undefined");
    const QString n = uiCompact(*difference * 100.0, 2);
    return n == QLatin1String("1") ? QObject::tr("1 percentage point")
                                   : QObject::tr("%1 percentage points").arg(n);
}

QLabel *selectableLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

QWidget *UnknownRatePage::createSummaryPanel()
{
    auto *panel = new QWidget;
    auto *grid = new QVBoxLayout(panel);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_readiness = selectableLabel(QStringLiteral("readiness"));
    QFont bold = m_readiness->font();
    bold.setBold(true);
    m_readiness->setFont(bold);
    auto *exportButton = new QPushButton(tr("Export rollout_series.csv…"));
    exportButton->setObjectName(QStringLiteral("exportSeriesCsvButton"));
    connect(exportButton, &QPushButton::clicked, this, &UnknownRatePage::exportWithDialog);
    top->addWidget(m_readiness, 1);
    top->addWidget(exportButton);
    grid->addLayout(top);
    m_riskDifference = selectableLabel(QStringLiteral("riskDifference"));
    m_riskRatio = selectableLabel(QStringLiteral("riskRatio"));
    m_message = selectableLabel(QStringLiteral("message"));
    m_message->hide();
    m_whitelistState = selectableLabel(QStringLiteral("whitelistState"));
    m_whitelistState->setWordWrap(true);
    grid->addWidget(m_whitelistState);
    grid->addWidget(m_riskDifference);
    grid->addWidget(m_riskRatio);
    grid->addWidget(m_message);
    return panel;
}

QWidget *UnknownRatePage::createWarnPanel()
{
    auto *panel = new QWidget;
    auto *column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("WARN &threshold:"));
    m_warnSlider = new QSlider(Qt::Horizontal);
    m_warnSlider->setObjectName(QStringLiteral("warnThresholdSlider"));
    m_warnSlider->setPageStep(kSliderPageSteps);
    m_warnSlider->setToolTip(tr("A run would WARN when its unknown_rate is above this. Each "
                                "step (arrow keys; Page Up / Down: ten) is a threshold where "
                                "a false-positive rate or the FAIL recall changes."));
    label->setBuddy(m_warnSlider);
    m_warnSpin = new QDoubleSpinBox;
    m_warnSpin->setObjectName(QStringLiteral("warnThresholdSpin"));
    m_warnSpin->setDecimals(4);
    m_warnSpin->setSingleStep(0.005);
    m_warnDefault = new QPushButton(tr("&Default"));
    m_warnDefault->setObjectName(QStringLiteral("warnThresholdDefault"));
    m_warnDefault->setToolTip(
        tr("median + max(3 × 1.4826 × MAD, δ) of unknown_rate over the last 40 runs"));
    connect(m_warnSlider, &QSlider::valueChanged, this, &UnknownRatePage::onSliderMoved);
    connect(m_warnSpin, &QDoubleSpinBox::valueChanged, this, &UnknownRatePage::onSpinChanged);
    connect(m_warnDefault, &QPushButton::clicked, this, [this] { setWarnThreshold(std::nullopt); });
    row->addWidget(label);
    row->addWidget(m_warnSlider, 1);
    row->addWidget(m_warnSpin);
    row->addWidget(m_warnDefault);
    m_warnUseLowest = new QPushButton(tr("Use &lowest meeting fp_max"));
    m_warnUseLowest->setObjectName(QStringLiteral("warnThresholdUseLowest"));
    connect(m_warnUseLowest, &QPushButton::clicked, this, [this] {
        if (m_lowestMeetingFpMax)
            setWarnThreshold(*m_lowestMeetingFpMax);
    });
    row->addWidget(m_warnUseLowest);
    column->addLayout(row);

    auto *rates = new QHBoxLayout;
    m_fpWithout = selectableLabel(QStringLiteral("fpRateWithoutWhitelist"));
    m_fpWith = selectableLabel(QStringLiteral("fpRateWithWhitelist"));
    m_fpReduction = selectableLabel(QStringLiteral("fpRateReduction"));
    m_warnRule = selectableLabel(QStringLiteral("warnRule"));
    rates->addWidget(m_fpWithout, 2);
    rates->addWidget(m_fpWith, 2);
    rates->addWidget(m_fpReduction, 1);
    column->addLayout(rates);
    column->addWidget(m_warnRule);
    return panel;
}

void UnknownRatePage::updateTexts()
{
    const RolloutResult &result = session()->rollout();
    // The verdict and its unmet checks, as core decided them (SPEC §8).
    const QString runs = Tr::translate("UnknownRatePage", "%Ln run(s)", nullptr, result.runs);
    if (session()->verdictsBlocked())
        m_readiness->setText(tr("No verdict: the rules file has errors · %1 (%2 needed)")
                                 .arg(runs)
                                 .arg(result.options.readinessTarget));
    else
        m_readiness->setText(
            tr("%1 (%2) · %3 (%4 needed)")
                .arg(gateStatusName(result.status), verdictWord(result.status), runs)
                .arg(result.options.readinessTarget));
    const QString unmet =
        session()->verdictsBlocked() ? QString() : unmetChecksText(rolloutChecks(result));
    m_readiness->setToolTip(unmet);
    // SPEC §8: a whitelist found but unreadable is named with its error, never "none".
    const FileState &file = result.whitelistFile;
    m_whitelistState->setText(
        file.isUnreadable()
            ? tr("⚠ Whitelist %1 cannot be read: %2. Runs are judged without it.")
                  .arg(file.path, inReportLanguage(file.error))
            : tr("Whitelist: %1%2")
                  .arg(result.hasWhitelist && !file.isLoaded() ? tr("edited, not saved")
                                                               : describeFileState(file),
                       unmet.isEmpty() ? QString() : QStringLiteral(" · ") + unmet));

    const RiskDifference &rd = result.riskDifference;
    const QString rdCounts = tr("P(spike | whitelisted) = %1, P(spike | unlisted) = %2")
                                 .arg(fraction(rd.whitelistedSpikes, rd.whitelistedRuns),
                                      fraction(rd.unlistedSpikes, rd.unlistedRuns));
    m_riskDifference->setText(localizedNumbers(
        rd.estimate.isDefined()
            ? tr("Risk difference (whitelisted − unlisted): %1, 95 % CI Newcombe; %2")
                  .arg(formatEstimate(rd.estimate, 3, true), rdCounts)
            : tr("Risk difference (whitelisted − unlisted): undefined: %1 (%2)")
                  .arg(rd.undefinedReason, rdCounts)));

    const RiskRatio &rr = result.riskRatio;
    const QString rrCounts = tr("P(FAIL | spike) = %1, P(FAIL | no spike) = %2")
                                 .arg(fraction(rr.spikeFail, rr.spikeFail + rr.spikeNoFail),
                                      fraction(rr.noSpikeFail, rr.noSpikeFail + rr.noSpikeNoFail));
    m_riskRatio->setText(
        localizedNumbers(rr.estimate.isDefined()
                             ? tr("Risk ratio (FAIL given spike vs. no spike): %1, 95 % CI "
                                  "Katz log; %2")
                                   .arg(formatEstimate(rr.estimate, 2, false), rrCounts)
                             : tr("Risk ratio (FAIL given spike vs. no spike): undefined: %1 (%2)")
                                   .arg(rr.undefinedReason, rrCounts)));

    const WarnPreview &warn = result.warn;
    m_fpWithout->setText(tr("False positives without whitelist: <b>%1</b> (%2 of %3 non-FAIL runs)")
                             .arg(localizedNumbers(rateText(warn.fpRate, result.options.fpMax)))
                             .arg(warn.falsePositives)
                             .arg(warn.nonFailRuns));
    m_fpWith->setText(
        tr("with whitelist: <b>%1</b> (%2 of %3)")
            .arg(localizedNumbers(rateText(warn.fpRateWithWhitelist, result.options.fpMax)))
            .arg(warn.falsePositivesWithWhitelist)
            .arg(warn.nonFailRuns));
    m_fpReduction->setText(tr("reduction: %1").arg(pointsText(warn.reduction)));
    if (warn.thresholdGiven)
        m_warnRule->setText(tr("WARN threshold %1, set here; Default restores the rule.")
                                .arg(uiFixed(warn.threshold, 4)));
    else if (std::isfinite(warn.threshold))
        m_warnRule->setText(localizedNumbers(
            tr("WARN threshold %1 by the default rule: median %2 + max(3 × "
               "1.4826 × MAD %3, δ %4) over the last %5 runs.")
                .arg(uiFixed(warn.threshold, 4), uiFixed(warn.windowMedian, 4),
                     uiFixed(warn.windowMad, 4), roundedNumber(result.options.spikeMinDelta, 6))
                .arg(warn.windowRuns)));
    else
        m_warnRule->setText(tr("No runs: no WARN threshold."));
}

void UnknownRatePage::updateWarnControls()
{
    const RolloutResult &result = session()->rollout();
    double maxRate = 0;
    for (const RolloutRunRow &row : result.rows)
        maxRate = std::max(maxRate, row.run.unknownRate);
    const double threshold = result.warn.threshold;
    m_sliderMax = maxRate > 0 ? maxRate : 1.0;
    if (std::isfinite(threshold) && threshold > m_sliderMax)
        m_sliderMax = threshold; // the default rule may lie above every run
    const QList<WarnCurvePoint> &curve = session()->warnCurve();
    m_warnSteps = warnThresholdSteps(curve);
    m_lowestMeetingFpMax = lowestThresholdMeetingFpMax(curve, result.options.fpMax);
    m_syncingWarn = true;
    m_warnSpin->setRange(0, m_sliderMax);
    m_warnSlider->setRange(0, std::max(0, static_cast<int>(m_warnSteps.size()) - 1));
    if (std::isfinite(threshold)) {
        m_warnSpin->setValue(threshold);
        m_warnSlider->setValue(std::max(0, warnStepIndex(m_warnSteps, threshold)));
    }
    m_syncingWarn = false;
    const bool haveRuns = !result.rows.isEmpty();
    m_warnSlider->setEnabled(haveRuns);
    m_warnSpin->setEnabled(haveRuns);
    m_warnDefault->setEnabled(haveRuns && result.warn.thresholdGiven);
    markRuleControl(m_warnSpin, session()->rules(), QStringLiteral("rollout.warn_threshold"),
                    tr("A run would WARN when its unknown_rate is above this"));
    const QString fpMax = localizedNumbers(percentText(result.options.fpMax, result.options.fpMax));
    m_warnUseLowest->setEnabled(m_lowestMeetingFpMax && *m_lowestMeetingFpMax != threshold);
    m_warnUseLowest->setToolTip(
        m_lowestMeetingFpMax
            ? tr("Sets the WARN threshold to %1, the lowest whose false-positive rate with "
                 "the whitelist is at most fp_max %2")
                  .arg(warnThresholdText(*m_lowestMeetingFpMax), fpMax)
            : tr("No threshold keeps the false-positive rate with the whitelist at or below "
                 "fp_max %1")
                  .arg(fpMax));
}

void UnknownRatePage::onSliderMoved(int position)
{
    if (m_syncingWarn || position < 0 || position >= m_warnSteps.size())
        return;
    // The step itself is applied, not the spin box's 4 decimals: a step is a run's rate,
    // and rounding it down would make that run WARN again.
    const double threshold = m_warnSteps.at(position);
    m_syncingWarn = true;
    m_warnSpin->setValue(threshold);
    m_syncingWarn = false;
    setWarnThreshold(threshold);
}

void UnknownRatePage::onSpinChanged(double value)
{
    if (m_syncingWarn)
        return;
    m_syncingWarn = true;
    m_warnSlider->setValue(std::max(0, warnStepIndex(m_warnSteps, value)));
    m_syncingWarn = false;
    setWarnThreshold(value);
}

void UnknownRatePage::setWarnThreshold(std::optional<double> threshold)
{
    RolloutOptions options = session()->options().rollout;
    options.warnThreshold = threshold;
    session()->setRolloutOptions(options); // re-runs the analysis; refresh() follows
}

} // namespace gatehouse::ui
