#pragma once
// One `fetch`: list the last N workflow runs, list each run's artifacts, download the ones
// matching the patterns, and store them for analysis (SPEC §6). Shared by gatehouse-cli
// fetch and the GUI's Download dialog; runs on the event loop of the thread that owns it
// and reports through signals. Never blocks, can be cancelled at any time.
#include "GitHubTypes.h"

#include <QObject>
#include <memory>

namespace gatehouse::github {

class ArtifactStore;
class GitHubClient;
struct Artifact;

class FetchJob : public QObject
{
    Q_OBJECT
public:
    explicit FetchJob(const FetchOptions &options, const NetworkPolicy &policy = {},
                      QObject *parent = nullptr);
    ~FetchJob() override;

    // Problems with the options that make a fetch pointless (bad repo name, plain-HTTP
    // API URL, no output folder, …); empty when they are fine.
    static QString validate(const FetchOptions &options);

    // Starts the fetch; finished() follows exactly once (from the event loop, also when the
    // options are invalid).
    void start();
    // Stops at once: the running transfer is aborted, nothing half-written remains, and
    // finished() reports cancelled.
    void cancel();
    bool isRunning() const { return m_running; }
    const FetchSummary &summary() const { return m_summary; }

signals:
    // A progress line for a log or status bar ("listing runs…", "stored …").
    void message(const QString &text);
    // Artifact `index` of summary().artifacts changed; an index equal to the previous
    // count means a new row.
    void artifactChanged(int index, const gatehouse::github::ArtifactState &state);
    void downloadProgress(int index, qint64 received, qint64 total);
    // A rate-limit wait of this many seconds begins (the fetch resumes by itself).
    void waiting(int seconds, const QString &reason);
    void finished(const gatehouse::github::FetchSummary &summary);

private:
    QUrl artifactsUrl(qint64 runId) const;
    void listRuns(const QUrl &url);
    void listArtifacts(int runIndex, const QUrl &url, int page = 1);
    void processNext();
    void download(int index);
    void setState(int index, ArtifactStatus status, const QString &note = QString());
    bool matches(const QString &artifactName) const;
    void say(const QString &text);
    void finish(const QString &error = QString());

    FetchOptions m_options;
    NetworkPolicy m_policy;
    std::unique_ptr<GitHubClient> m_client;
    std::unique_ptr<ArtifactStore> m_store;
    QList<WorkflowRun> m_runs;
    FetchSummary m_summary;
    int m_next = 0; // next artifact to process
    bool m_running = false;
    bool m_started = false;
};

} // namespace gatehouse::github
