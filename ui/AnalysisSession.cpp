#include "AnalysisSession.h"

#include "sources/Loader.h"

#include <QMetaObject>
#include <QTimer>
#include <QtConcurrent>

namespace gatehouse::ui {

namespace {

ReportOptions withToday(ReportOptions options, const QDate &today)
{
    options.rollout.today = today;
    return options;
}

} // namespace

AnalysisSession::AnalysisSession(QObject *parent) : QObject(parent)
{
    m_today = QDate::currentDate();
    connect(&m_watcher, &QFutureWatcher<LoadedData>::finished, this, &AnalysisSession::onLoaded);
    connect(&m_analysisWatcher, &QFutureWatcher<AnalysedGates>::finished, this,
            &AnalysisSession::onAnalysed);
    m_watchTimer.setInterval(kWatchIntervalMs);
    connect(&m_watchTimer, &QTimer::timeout, this, &AnalysisSession::checkSourcesNow);
    connect(&m_checkWatcher, &QFutureWatcher<bool>::finished, this,
            &AnalysisSession::onSourcesChecked);
    m_extras = computeRolloutExtras(m_report.rollout);
}

AnalysisSession::~AnalysisSession()
{
    cancel();
    m_watcher.waitForFinished();
    m_analysisWatcher.waitForFinished();
    m_checkWatcher.waitForFinished();
}

bool AnalysisSession::isDemo() const
{
    return m_sources == QStringList{demoSourcePath()};
}

void AnalysisSession::load(const QStringList &sources)
{
    cancel();
    m_publishStep = -1; // the views need not take the rest of a superseded result
    ++m_analysisGeneration; // a re-analysis of the old dataset is of no use any more
    m_pendingGates = {false, false, false};
    // SPEC §7: rules never carry from one data set to the next. New sources bring their
    // own gatehouse.toml (or the defaults) and drop every edit and picked file; a reload
    // keeps them.
    m_isReload = sources == m_sources && !sources.isEmpty();
    if (!m_isReload)
        m_cache = std::make_shared<LoadCache>(); // another set of sources: nothing to reuse
    if (sources != m_sources) {
        m_rulesPicked = false;
        m_pickedWhitelist.clear();
        m_pickedBaseline.clear();
    }
    m_sources = sources;
    if (!m_rulesPicked)
        readRulesForSources();
    m_loading = true;
    m_lastPermille = -1;
    const quint64 job = ++m_jobId;
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_cancelFlag = cancelFlag;
    m_loadTimer.start();
    emit loadStarted();

    LoadOptions options;
    options.sources = sources;
    options.cache = m_cache;
    // Called on worker threads: report through a queued call, and only when the
    // progress moved by at least 0.1 % so the GUI thread is never flooded.
    options.progress = [this, job, cancelFlag](int done, int total) {
        if (cancelFlag->load())
            return false;
        const int permille = total > 0 ? static_cast<int>(qint64(done) * 1000 / total) : 1000;
        QMetaObject::invokeMethod(
            this,
            [this, job, done, total, permille] {
                if (job != m_jobId || permille == m_lastPermille)
                    return;
                m_lastPermille = permille;
                const qint64 elapsed = m_loadTimer.elapsed();
                const qint64 left =
                    done > 0 && elapsed > 500 ? elapsed * (total - done) / done : -1;
                emit loadProgress(done, total, left);
            },
            Qt::QueuedConnection);
        return true;
    };
    m_watcher.setFuture(QtConcurrent::run(
        [options, rules = m_rules, today = m_today, generation = m_optionsGeneration,
         language = reportLanguage()] {
            LoadedData loaded;
            loaded.dataset = loadSources(options);
            loaded.report = analyzeAll(loaded.dataset, withToday(rules.reportOptions(), today));
            loaded.report.rules = rules;
            loaded.extras = computeRolloutExtras(loaded.report.rollout);
            loaded.reviewMarkdown = graduationReviewMarkdown(loaded.report, language);
            loaded.reviewLanguage = language;
            loaded.optionsGeneration = generation;
            return loaded;
        }));
}

void AnalysisSession::cancel()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void AnalysisSession::waitForLoaded()
{
    m_watcher.waitForFinished();
    QCoreApplication::sendPostedEvents(this);
    if (m_loading && m_publishStep < 0)
        onLoaded();
    while (m_publishStep >= 0) // the views take the rest now, not on the event loop
        publishNext(m_jobId);
}

void AnalysisSession::onLoaded()
{
    if (!m_loading || m_publishStep >= 0)
        return;
    const bool cancelled = m_cancelFlag && m_cancelFlag->load();
    if (cancelled) {
        m_loading = false;
        emit loadFinished(true);
        return;
    }
    LoadedData loaded = m_watcher.result();
    m_dataset = std::move(loaded.dataset);
    // A reload keeps the run the operator selected (the views select it again as they
    // take the result); new sources start without one.
    if (!m_isReload)
        m_selectedRunId.clear();
    const bool picked = !m_pickedWhitelist.isEmpty() || !m_pickedBaseline.isEmpty();
    applyPickedFiles();
    // Computed on the load thread with the rules of the time; again if they changed since
    // (or a picked whitelist or baseline replaced the sources' one).
    if (loaded.optionsGeneration == m_optionsGeneration && !picked) {
        m_report = std::move(loaded.report);
        m_extras = std::move(loaded.extras);
        m_reviewMarkdown = std::move(loaded.reviewMarkdown);
        m_reviewMarkdownLanguage = loaded.reviewLanguage;
    } else {
        recomputeReport();
    }
    m_publishStep = 0;
    publishNext(m_jobId);
}

// The views take a new result one signal per event-loop turn: with 10k runs each page's
// update is a stall of its own, and one after the other in a single turn they added up to
// several hundred milliseconds of a frozen window.
void AnalysisSession::publishNext(quint64 job)
{
    if (job != m_jobId || m_publishStep < 0)
        return; // a newer load took over, or waitForLoaded() finished the steps
    switch (m_publishStep++) {
    case 0:
        emit datasetChanged();
        break;
    case 1:
        emit allocationsChanged();
        break;
    case 2:
        emit installChanged();
        break;
    case 3:
        emit rolloutChanged();
        break;
    default:
        m_publishStep = -1;
        m_loading = false;
        emit loadFinished(false);
        return;
    }
    // A 1 ms timer, not a posted call: posted calls run back to back before input and
    // timers get a turn, which would make the steps one long stall again.
    QTimer::singleShot(1, this, [this, job] { publishNext(job); });
}

QByteArray AnalysisSession::reviewMarkdown() const
{
    // In the language the window shows now: a language switch makes it again.
    if (!m_reviewMarkdown || m_reviewMarkdownLanguage != reportLanguage()) {
        m_reviewMarkdownLanguage = reportLanguage();
        m_reviewMarkdown = graduationReviewMarkdown(m_report, m_reviewMarkdownLanguage);
    }
    return *m_reviewMarkdown;
}

void AnalysisSession::selectRun(const QString &runId)
{
    if (runId == m_selectedRunId)
        return;
    m_selectedRunId = runId;
    emit runSelected(runId);
}

} // namespace gatehouse::ui
