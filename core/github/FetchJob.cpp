#include "FetchJob.h"

#include "ArtifactStore.h"
#include "GitHubClient.h"
#include "Token.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimer>

namespace gatehouse::github {

namespace {

WorkflowRun runFromJson(const QJsonObject &o)
{
    WorkflowRun run;
    run.id = o.value(QLatin1String("id")).toInteger();
    run.runNumber = o.value(QLatin1String("run_number")).toInteger();
    run.runAttempt = static_cast<int>(o.value(QLatin1String("run_attempt")).toInteger());
    run.headBranch = o.value(QLatin1String("head_branch")).toString();
    run.headSha = o.value(QLatin1String("head_sha")).toString();
    run.conclusion = o.value(QLatin1String("conclusion")).toString();
    run.createdAt = o.value(QLatin1String("created_at")).toString();
    run.htmlUrl = o.value(QLatin1String("html_url")).toString();
    run.workflowName = o.value(QLatin1String("name")).toString();
    run.workflowPath = o.value(QLatin1String("path")).toString();
    return run;
}

Artifact artifactFromJson(const QJsonObject &o, qint64 runId)
{
    Artifact a;
    a.id = o.value(QLatin1String("id")).toInteger();
    a.name = o.value(QLatin1String("name")).toString();
    a.sizeInBytes = o.value(QLatin1String("size_in_bytes")).toInteger();
    a.expired = o.value(QLatin1String("expired")).toBool();
    a.runId = runId;
    return a;
}

// Owner and repository names, and workflow file names, become URL path segments: only
// the characters GitHub allows in them, so that none can add a segment of its own.
bool isPlainName(const QString &name)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    return allowed.match(name).hasMatch() && name != QLatin1String(".") &&
           name != QLatin1String("..");
}

// 100 pages of 100: far beyond what a run uploads, and a bound on a looping next link.
constexpr int kMaxArtifactPages = 100;

QString dataSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes); // "300 bytes", "1.21 MiB"
}

} // namespace

FetchJob::FetchJob(const FetchOptions &options, const NetworkPolicy &policy, QObject *parent)
    : QObject(parent), m_options(options), m_policy(policy)
{
    m_summary.outDir = QDir(options.outDir).absolutePath();
}

FetchJob::~FetchJob() = default;

QString FetchJob::validate(const FetchOptions &options)
{
    if (!isPlainName(options.owner) || !isPlainName(options.repo))
        return QStringLiteral("the repository must be OWNER/NAME (letters, digits, '-', '_', "
                              "'.'), not '%1/%2'")
            .arg(options.owner, options.repo);
    const QString &workflow = options.workflow;
    if (!workflow.isEmpty() && !isPlainName(workflow))
        return QStringLiteral("the workflow must be a file name such as bench.yml, or a "
                              "workflow id, not '%1'")
            .arg(workflow);
    if (options.runs <= 0)
        return QStringLiteral("the number of runs must be at least 1");
    if (options.outDir.isEmpty())
        return QStringLiteral("no output folder given");
    return apiUrlProblem(options.apiUrl);
}

void FetchJob::start()
{
    if (m_started)
        return;
    m_started = m_running = true;
    if (const QString problem = validate(m_options); !problem.isEmpty()) {
        QTimer::singleShot(0, this, [this, problem] { finish(problem); });
        return;
    }
    m_store = std::make_unique<ArtifactStore>(m_options.outDir);
    QString error;
    if (!m_store->open(&error)) {
        QTimer::singleShot(0, this, [this, error] { finish(error); });
        return;
    }
    m_client = std::make_unique<GitHubClient>(m_options.apiUrl, m_options.token, m_policy);
    connect(m_client.get(), &GitHubClient::waiting, this,
            [this](int seconds, const QString &reason) {
                say(QStringLiteral("waiting %1 s: %2").arg(seconds).arg(reason));
                emit waiting(seconds, reason);
            });
    connect(m_client.get(), &GitHubClient::retrying, this,
            [this](int attempt, int maxAttempts, const QString &reason) {
                say(QStringLiteral("retrying (attempt %1 of %2 failed): %3")
                        .arg(attempt)
                        .arg(maxAttempts)
                        .arg(reason));
            });
    connect(
        m_client.get(), &GitHubClient::downloadProgress, this,
        [this](qint64 received, qint64 total) { emit downloadProgress(m_next, received, total); });

    const QString repoPath = QStringLiteral("/repos/%1/%2").arg(m_options.owner, m_options.repo);
    const QString path =
        m_options.workflow.isEmpty()
            ? repoPath + QStringLiteral("/actions/runs")
            : repoPath + QStringLiteral("/actions/workflows/%1/runs").arg(m_options.workflow);
    QList<QPair<QString, QString>> query;
    const bool anyBranch = m_options.branch.isEmpty() || m_options.branch == QLatin1String("*");
    const bool anyStatus = m_options.status.isEmpty() || m_options.status == QLatin1String("any");
    if (!anyBranch)
        query.append({QStringLiteral("branch"), m_options.branch});
    if (!anyStatus)
        query.append({QStringLiteral("status"), m_options.status});
    query.append({QStringLiteral("per_page"), QString::number(qMin(m_options.runs, 100))});
    QStringList filters;
    if (!anyBranch)
        filters.append(QStringLiteral("branch %1").arg(m_options.branch));
    if (!anyStatus)
        filters.append(QStringLiteral("status %1").arg(m_options.status));
    say(QStringLiteral("listing the last %1 runs of %2/%3%4%5 on %6")
            .arg(m_options.runs)
            .arg(m_options.owner, m_options.repo,
                 m_options.workflow.isEmpty() ? QString() : QLatin1Char(' ') + m_options.workflow,
                 filters.isEmpty()
                     ? QString()
                     : QStringLiteral(" (%1)").arg(filters.join(QStringLiteral(", "))),
                 m_options.apiUrl.host()));
    listRuns(m_client->endpoint(path, query));
}

void FetchJob::cancel()
{
    if (!m_running)
        return;
    m_summary.cancelled = true; // first: cancelAll may finish the job before it returns
    if (m_client)
        m_client->cancelAll(); // each pending callback then finishes as cancelled
    else
        QTimer::singleShot(0, this, [this] { finish(); });
}

QUrl FetchJob::artifactsUrl(qint64 runId) const
{
    return m_client->endpoint(QStringLiteral("/repos/%1/%2/actions/runs/%3/artifacts")
                                  .arg(m_options.owner, m_options.repo)
                                  .arg(runId),
                              {{QStringLiteral("per_page"), QStringLiteral("100")}});
}

void FetchJob::listRuns(const QUrl &url)
{
    m_client->getJson(url, [this](const GitHubClient::Result &result) {
        if (!result.ok()) {
            finish(result.failure == GitHubClient::Failure::Cancelled
                       ? QString()
                       : QStringLiteral("listing workflow runs failed: %1").arg(result.error));
            return;
        }
        const QJsonArray runs =
            result.json.object().value(QLatin1String("workflow_runs")).toArray();
        const qsizetype before = m_runs.size();
        for (const QJsonValue &value : runs) {
            const WorkflowRun run = runFromJson(value.toObject());
            // Pages shift when a run starts while we list; a run seen twice counts once.
            const bool seen = std::any_of(m_runs.cbegin(), m_runs.cend(),
                                          [&](const WorkflowRun &r) { return r.id == run.id; });
            if (run.id > 0 && !seen && m_runs.size() < m_options.runs)
                m_runs.append(run);
        }
        m_summary.runsListed = static_cast<int>(m_runs.size());
        // A page that adds no run ends the listing too: a server whose next link goes in
        // circles must not keep us here.
        if (m_runs.size() < m_options.runs && result.nextPage.isValid() && m_runs.size() > before) {
            listRuns(result.nextPage);
            return;
        }
        say(QStringLiteral("found %1 run(s)").arg(m_runs.size()));
        if (m_runs.isEmpty()) {
            finish();
            return;
        }
        const WorkflowRun &first = m_runs.first();
        listArtifacts(0, artifactsUrl(first.id));
    });
}

void FetchJob::listArtifacts(int runIndex, const QUrl &url, int page)
{
    m_client->getJson(url, [this, runIndex, page](const GitHubClient::Result &result) {
        const WorkflowRun &run = m_runs.at(runIndex);
        if (!result.ok()) {
            finish(result.failure == GitHubClient::Failure::Cancelled
                       ? QString()
                       : QStringLiteral("listing the artifacts of run %1 failed: %2")
                             .arg(run.id)
                             .arg(result.error));
            return;
        }
        const QJsonArray artifacts =
            result.json.object().value(QLatin1String("artifacts")).toArray();
        int matched = 0;
        for (const QJsonValue &value : artifacts) {
            const Artifact artifact = artifactFromJson(value.toObject(), run.id);
            const bool seen =
                std::any_of(m_summary.artifacts.cbegin(), m_summary.artifacts.cend(),
                            [&](const ArtifactState &a) { return a.artifact.id == artifact.id; });
            if (artifact.id <= 0 || seen || !matches(artifact.name))
                continue;
            ++matched;
            ArtifactState state;
            state.artifact = artifact;
            state.run = run;
            m_summary.artifacts.append(state);
            emit artifactChanged(static_cast<int>(m_summary.artifacts.size() - 1), state);
        }
        say(QStringLiteral("run %1 (#%2, %3, %4): %5 of %6 artifact(s) match")
                .arg(run.id)
                .arg(run.runNumber)
                .arg(run.headBranch,
                     run.conclusion.isEmpty() ? QStringLiteral("in progress") : run.conclusion)
                .arg(matched)
                .arg(artifacts.size()));
        if (result.nextPage.isValid() && !artifacts.isEmpty() && page < kMaxArtifactPages) {
            listArtifacts(runIndex, result.nextPage, page + 1);
        } else if (runIndex + 1 < m_runs.size()) {
            listArtifacts(runIndex + 1, artifactsUrl(m_runs.at(runIndex + 1).id));
        } else {
            m_summary.artifactsMatched = static_cast<int>(m_summary.artifacts.size());
            processNext();
        }
    });
}

bool FetchJob::matches(const QString &artifactName) const
{
    if (m_options.artifactPatterns.isEmpty())
        return true;
    return std::any_of(m_options.artifactPatterns.cbegin(), m_options.artifactPatterns.cend(),
                       [&](const QString &pattern) {
                           return QRegularExpression::fromWildcard(pattern, Qt::CaseSensitive)
                               .match(artifactName)
                               .hasMatch();
                       });
}

void FetchJob::processNext()
{
    // Skips run synchronously in this loop; only a download goes back to the event loop.
    while (m_next < m_summary.artifacts.size()) {
        const ArtifactState &state = m_summary.artifacts.at(m_next);
        const QString stored = m_store->storedFolder(state.artifact);
        QString error;
        if (!stored.isEmpty()) {
            m_summary.artifacts[m_next].folder = stored;
            // Not downloaded again, but its run sidecar is brought up to date: a folder of
            // an earlier version or of `gh run download` thereby gets the API's metadata.
            if (m_store->recordInRun(state.run, state.artifact, stored, &error))
                setState(m_next, ArtifactStatus::AlreadyStored,
                         QStringLiteral("already stored in %1").arg(stored));
            else
                setState(m_next, ArtifactStatus::Failed, error);
        } else if (state.artifact.expired) {
            setState(m_next, ArtifactStatus::Expired,
                     QStringLiteral("past its retention on GitHub; not downloaded"));
        } else {
            download(m_next);
            return;
        }
        ++m_next;
    }
    finish();
}

void FetchJob::download(int index)
{
    const ArtifactState &state = m_summary.artifacts.at(index);
    setState(index, ArtifactStatus::Downloading,
             QStringLiteral("%1 of %2, %3")
                 .arg(index + 1)
                 .arg(m_summary.artifacts.size())
                 .arg(dataSize(state.artifact.sizeInBytes)));
    const QUrl url = m_client->endpoint(QStringLiteral("/repos/%1/%2/actions/artifacts/%3/zip")
                                            .arg(m_options.owner, m_options.repo)
                                            .arg(state.artifact.id));
    const QString zipPath = m_store->downloadPath(state.artifact);
    m_client->download(url, zipPath, [this, index, zipPath](const GitHubClient::Result &result) {
        using Failure = GitHubClient::Failure;
        ArtifactState &state = m_summary.artifacts[index];
        if (result.ok()) {
            QString error;
            if (const auto folder = m_store->store(zipPath, state.artifact, state.run, &error)) {
                state.folder = *folder;
                setState(index, ArtifactStatus::Downloaded,
                         QStringLiteral("stored in %1").arg(*folder));
            } else {
                setState(index, ArtifactStatus::Failed, error);
            }
        } else if (result.failure == Failure::Cancelled) {
            finish();
            return;
        } else if (result.failure == Failure::Gone) {
            setState(index, ArtifactStatus::Expired,
                     result.error + QStringLiteral("; not downloaded"));
        } else {
            setState(index, ArtifactStatus::Failed, result.error);
            // The token or the rate limit fails every later download the same way.
            if (result.failure == Failure::Unauthorized || result.failure == Failure::RateLimited) {
                finish(result.error);
                return;
            }
        }
        ++m_next;
        processNext();
    });
}

void FetchJob::setState(int index, ArtifactStatus status, const QString &note)
{
    ArtifactState &state = m_summary.artifacts[index];
    state.status = status;
    state.note = redacted(note, m_options.token);
    if (status != ArtifactStatus::Queued && status != ArtifactStatus::Downloading)
        say(QStringLiteral("%1: %2%3")
                .arg(state.artifact.name, statusText(status),
                     state.note.isEmpty() ? QString() : QStringLiteral(" — ") + state.note));
    else if (status == ArtifactStatus::Downloading)
        say(QStringLiteral("downloading %1 (%2)").arg(state.artifact.name, state.note));
    emit artifactChanged(index, state);
}

void FetchJob::say(const QString &text)
{
    emit message(redacted(text, m_options.token));
}

void FetchJob::finish(const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_summary.error = redacted(error, m_options.token);
    for (int i = 0; i < m_summary.artifacts.size(); ++i) {
        const ArtifactStatus status = m_summary.artifacts.at(i).status;
        if (status == ArtifactStatus::Queued || status == ArtifactStatus::Downloading) {
            m_summary.artifacts[i].status = ArtifactStatus::Cancelled;
            emit artifactChanged(i, m_summary.artifacts.at(i));
        }
    }
    m_summary.artifactsMatched = static_cast<int>(m_summary.artifacts.size());
    auto count = [this](ArtifactStatus s) {
        return static_cast<int>(
            std::count_if(m_summary.artifacts.cbegin(), m_summary.artifacts.cend(),
                          [s](const ArtifactState &a) { return a.status == s; }));
    };
    m_summary.downloaded = count(ArtifactStatus::Downloaded);
    m_summary.alreadyStored = count(ArtifactStatus::AlreadyStored);
    m_summary.expired = count(ArtifactStatus::Expired);
    m_summary.failed = count(ArtifactStatus::Failed);
    if (m_store)
        m_store->cleanUp();
    if (!m_summary.error.isEmpty())
        say(QStringLiteral("fetch failed: %1").arg(m_summary.error));
    else if (m_summary.cancelled)
        say(QStringLiteral("fetch cancelled"));
    emit finished(m_summary);
}

} // namespace gatehouse::github
