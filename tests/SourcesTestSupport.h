#pragma once
// Shared helpers of the folder-source tests (test_sources, test_sources_fs): temporary
// source trees and small artifact bodies.
#include "sources/Loader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>

namespace gatehouse::sources_test {

inline const QString kFixtures = QStringLiteral(GATEHOUSE_TEST_DATA "/sources/");

inline void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

// A temporary source folder; files given as "relative/path" -> content.
struct Tree
{
    QTemporaryDir dir;
    QString root() const { return QFileInfo(dir.path()).canonicalFilePath(); }
    QString at(const QString &rel) const { return root() + QLatin1Char('/') + rel; }
    void write(const QString &rel, const QByteArray &data) const { writeFile(at(rel), data); }
};

inline QByteArray bench(int allocs, const char *name = "Secrets", const char *cpu = "EPYC")
{
    return QStringLiteral("goos: linux\ngoarch: amd64\npkg: example.com/det\ncpu: %3\n"
                          "Benchmark%2-4  1000  50 ns/op  64 B/op  %1 allocs/op\nPASS\n")
        .arg(allocs)
        .arg(QLatin1String(name), QLatin1String(cpu))
        .toUtf8();
}

inline QByteArray metadata(const QString &runId, const QString &createdAt = QString(),
                           int attempt = 1)
{
    QString json = QStringLiteral("{\"run_attempt\": %1, \"head_branch\": \"main\"").arg(attempt);
    if (!runId.isEmpty())
        json += QStringLiteral(", \"run_id\": \"%1\"").arg(runId);
    if (!createdAt.isEmpty())
        json += QStringLiteral(", \"created_at\": \"%1\"").arg(createdAt);
    return (json + QLatin1Char('}')).toUtf8();
}

inline QByteArray gate(const QString &runId, int attempt = 0, const QString &timestamp = QString(),
                       double rate = 0.1)
{
    QString json = QStringLiteral("{\"policy_hash\": \"a6f53e\", \"outcome\": \"COMMENT\", "
                                  "\"unknown_rate\": %1, \"top_reasons\": [\"flaky\"]")
                       .arg(rate);
    if (!runId.isEmpty())
        json += QStringLiteral(", \"run_id\": %1").arg(runId);
    if (attempt > 0)
        json += QStringLiteral(", \"run_attempt\": %1").arg(attempt);
    if (!timestamp.isEmpty())
        json += QStringLiteral(", \"timestamp\": \"%1\"").arg(timestamp);
    return (json + QLatin1Char('}')).toUtf8();
}

inline Dataset load(const QStringList &sources)
{
    LoadOptions options;
    options.sources = sources;
    return loadSources(options);
}

template <typename Run> inline QStringList runIds(const QList<Run> &runs)
{
    QStringList ids;
    for (const Run &r : runs)
        ids.append(r.identity.runId);
    return ids;
}

inline bool hasIssue(const Dataset &d, const QString &path, const QString &part, Severity severity)
{
    return std::any_of(d.issues.cbegin(), d.issues.cend(), [&](const ParseIssue &i) {
        return i.path == path && i.message.contains(part) && i.severity == severity;
    });
}

inline QString issuesText(const Dataset &d)
{
    QStringList lines;
    for (const ParseIssue &i : d.issues)
        lines.append(formatIssue(i));
    return lines.join(QLatin1Char('\n'));
}

// Everything an analysis could see, as text: equal text means equal datasets.
inline QString fingerprint(const Dataset &d)
{
    QString s;
    for (const BenchRun &r : d.benchRuns) {
        s += QStringLiteral("bench %1 %2 %3 [%4]\n")
                 .arg(r.identity.runId, r.identity.path.toString(), r.identity.sourceKey,
                      toStringList(r.files).join(QLatin1Char(',')));
        const QMap<DetectorKey, UnitSamples> samples = r.samplesMap();
        for (auto it = samples.cbegin(); it != samples.cend(); ++it)
            for (auto u = it.value().cbegin(); u != it.value().cend(); ++u)
                for (double v : u.value())
                    s += QStringLiteral(" %1/%2 %3=%4")
                             .arg(it.key().pkg, it.key().name, u.key())
                             .arg(v);
        s += QLatin1Char('\n');
    }
    for (const InstallRun &r : d.installRuns)
        s += QStringLiteral("install %1 %2 %3\n")
                 .arg(r.identity.runId, r.identity.path.toString())
                 .arg(r.seconds);
    for (const GateRun &r : d.gateRuns)
        s += QStringLiteral("gate %1 %2 %3\n")
                 .arg(r.identity.runId, r.identity.path.toString())
                 .arg(r.unknownRate);
    s += QStringLiteral("whitelist %1 baseline %2\n").arg(d.whitelistPath, d.baselinePath);
    s += QStringLiteral("counters %1 %2 %3 %4 %5\n")
             .arg(d.counters.filesSeen)
             .arg(d.counters.filesUsed)
             .arg(d.counters.filesIgnored)
             .arg(d.counters.zipsRead)
             .arg(d.counters.symlinksSkipped);
    return s + issuesText(d);
}

} // namespace gatehouse::sources_test
