// AnalysisSession: rule edits on a large dataset re-run their gates on a worker thread.
// One analysis runs at a time; edits made while it runs accumulate (which gates, the
// latest rules) and start the next one when it finishes. A result whose generation is no
// longer current is dropped: the slider moved on, or another dataset was loaded.
#include "AnalysisSession.h"

#include <QtConcurrent>

namespace gatehouse::ui {

RolloutExtras computeRolloutExtras(const RolloutResult &result)
{
    RolloutExtras extras;
    extras.warnCurve = gatehouse::warnCurve(result);
    extras.warnKeys = gatehouse::warnKeyPoints(result);
    extras.effects = gatehouse::whitelistEffects(result, result.whitelist, result.options.today);
    return extras;
}

void AnalysisSession::startAnalysis()
{
    const GateSelection gates = m_pendingGates;
    m_pendingGates = {false, false, false};
    // Copies are cheap (implicitly shared lists); the worker owns them.
    GateReport report = m_report;
    report.rules = m_rules;
    ++m_analysisStarted;
    m_analysisWatcher.setFuture(
        QtConcurrent::run([report = std::move(report), dataset = m_dataset, options = options(),
                           gates, generation = m_analysisGeneration,
                           language = reportLanguage()]() mutable {
            AnalysedGates out;
            analyzeGates(report, dataset, options, gates);
            if (gates.rollout)
                out.extras = computeRolloutExtras(report.rollout);
            out.reviewMarkdown = graduationReviewMarkdown(report, language);
            out.reviewLanguage = language;
            out.report = std::move(report);
            out.gates = gates;
            out.generation = generation;
            return out;
        }));
}

void AnalysisSession::onAnalysed()
{
    if (m_analysisTaken == m_analysisStarted)
        return; // waitForAnalysis() took it before the finished signal arrived
    m_analysisTaken = m_analysisStarted;
    AnalysedGates out = m_analysisWatcher.result();
    const bool anyPending =
        m_pendingGates.allocations || m_pendingGates.install || m_pendingGates.rollout;
    if (out.generation != m_analysisGeneration) {
        // Superseded. After a load nothing is pending and the result is simply dropped;
        // after further edits the gates of this run are redone with the rest.
        if (anyPending) {
            m_pendingGates.allocations |= out.gates.allocations;
            m_pendingGates.install |= out.gates.install;
            m_pendingGates.rollout |= out.gates.rollout;
            startAnalysis();
        }
        return;
    }
    m_report.rules = out.report.rules;
    if (out.gates.allocations) {
        m_report.allocations = std::move(out.report.allocations);
        m_report.comparison = std::move(out.report.comparison);
    }
    if (out.gates.install)
        m_report.install = std::move(out.report.install);
    if (out.gates.rollout) {
        m_report.rollout = std::move(out.report.rollout);
        m_extras = std::move(out.extras);
    }
    m_reviewMarkdown = std::move(out.reviewMarkdown);
    m_reviewMarkdownLanguage = out.reviewLanguage;
    emitGates(out.gates);
}

void AnalysisSession::waitForAnalysis()
{
    // The finished signal is queued from the worker and may not be posted yet when the
    // future reports finished: take each result here (onAnalysed() takes it only once);
    // taking one may start the next analysis.
    while (m_analysisTaken != m_analysisStarted) {
        m_analysisWatcher.waitForFinished();
        onAnalysed();
    }
}

} // namespace gatehouse::ui
