#pragma once
// Value types of the GitHub Actions download (SPEC §6): what the API says about runs and
// artifacts, what the operator asked for, and what a fetch did.
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>

namespace gatehouse::github {

// One workflow run as GET .../actions/runs lists it. Ids are 64-bit: run ids passed 2^31
// long ago.
struct WorkflowRun
{
    qint64 id = 0;
    qint64 runNumber = 0;
    int runAttempt = 0;
    QString headBranch;
    QString headSha;
    QString conclusion;
    QString createdAt; // as the API wrote it (ISO 8601, UTC)
    QString htmlUrl;
    QString workflowName; // "name" of the run: the workflow's display name
    QString workflowPath; // "path": .github/workflows/bench.yml
};

struct Artifact
{
    qint64 id = 0;
    qint64 runId = 0;
    QString name;
    qint64 sizeInBytes = 0;
    bool expired = false;
};

// Where an artifact stands during a fetch; the GUI shows one row per artifact.
enum class ArtifactStatus
{
    Queued,
    Downloading,
    Downloaded,
    AlreadyStored, // a previous fetch (or gh run download) put it there: not downloaded again
    Expired,       // "expired": true, or 410 Gone on download: skipped with a note
    Failed,        // download or extraction failed; nothing was left behind
    Cancelled,
};
QString statusText(ArtifactStatus status);

struct ArtifactState
{
    Artifact artifact;
    WorkflowRun run;
    ArtifactStatus status = ArtifactStatus::Queued;
    QString note;   // why it was skipped or failed; never holds the token
    QString folder; // OUT-relative folder it is stored in, once stored
};

// Timing of retries and waits. The clock and the wait scale are injectable so that tests
// can make a "wait 30 s" take 30 ms while still checking what would have been waited.
struct NetworkPolicy
{
    int maxAttempts = 4;      // per request, for 5xx, network errors and truncation
    int backoffBaseMs = 1000; // 1 s, 2 s, 4 s … between those attempts
    int backoffMaxMs = 30000;
    int maxRateLimitWaitSeconds = 900; // a rate limit further away than this fails instead
    int maxRateLimitRetries = 5;
    int transferTimeoutMs = 60000; // no byte for this long aborts the request
    int maxRedirects = 5;
    double waitScale = 1.0;         // tests: 0.001
    std::function<QDateTime()> now; // defaults to the system clock (UTC)
};

struct FetchOptions
{
    QUrl apiUrl{QStringLiteral("https://api.github.com")}; // GHES: https://HOST/api/v3
    QString owner;
    QString repo;
    QString workflow; // workflow file name ("bench.yml") or id; empty: all workflows
    QString branch = QStringLiteral("main");    // empty or "*": any branch
    QString status = QStringLiteral("success"); // API status filter; empty or "any": none
    int runs = 10;
    QStringList artifactPatterns; // globs (* and ?); empty: every artifact
    QString outDir;
    QString token; // never printed, logged or written anywhere
};

struct FetchSummary
{
    int runsListed = 0;
    int artifactsMatched = 0;
    int downloaded = 0;
    int alreadyStored = 0;
    int expired = 0;
    int failed = 0;
    bool cancelled = false;
    QString error; // what stopped the whole fetch (listing failed, token refused, …)
    QString outDir;
    QList<ArtifactState> artifacts;

    bool ok() const { return error.isEmpty() && failed == 0 && !cancelled; }
};

// "runs listed 3, artifacts downloaded 4, skipped (already stored) 0, expired 1, failed 0"
QString summaryLine(const FetchSummary &summary);

} // namespace gatehouse::github
