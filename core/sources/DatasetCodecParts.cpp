#include "DatasetCodecParts.h"

#include <QCborMap>
#include <QCborValue>
#include <QTimeZone>

namespace gatehouse::codec {

namespace {

void putJson(Writer &w, const QJsonObject &o)
{
    w.putBytes(QCborValue(QCborMap::fromJsonObject(o)).toCbor());
}

bool getJson(Reader &r, QJsonObject &o)
{
    QByteArray bytes;
    if (!r.getBytes(bytes))
        return false;
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return false;
    o = value.toMap().toJsonObject();
    return true;
}

void putMetadata(Writer &w, const RunMetadata &m)
{
    for (const QString *s : {&m.runId, &m.headSha, &m.headBranch, &m.conclusion, &m.htmlUrl})
        w.putString(*s);
    putTime(w, m.createdAt);
    w.putI32(m.runAttempt);
    w.putI64(m.runNumber);
}

bool getMetadata(Reader &r, RunMetadata &m)
{
    for (QString *s : {&m.runId, &m.headSha, &m.headBranch, &m.conclusion, &m.htmlUrl})
        if (!r.getString(*s))
            return false;
    return getTime(r, m.createdAt) && r.getI32(m.runAttempt) && r.getI64(m.runNumber);
}

void putFile(Writer &w, const FileState &f)
{
    w.putI32(int(f.state));
    w.putString(f.path);
    w.putString(f.error);
}

bool getFile(Reader &r, FileState &f)
{
    qint32 state = 0;
    if (!r.getI32(state) || state < 0 || state > int(FileStateKind::Unreadable))
        return false;
    f.state = FileStateKind(state);
    return r.getString(f.path) && r.getString(f.error);
}

} // namespace

void putTime(Writer &w, const QDateTime &t)
{
    w.putBool(t.isValid());
    if (!t.isValid())
        return;
    w.putI64(t.toMSecsSinceEpoch());
    w.putI32(int(t.timeSpec()));
    w.putI32(t.offsetFromUtc());
    w.putString(t.timeSpec() == Qt::TimeZone ? QString::fromUtf8(t.timeZone().id()) : QString());
}

bool getTime(Reader &r, QDateTime &t)
{
    bool valid = false;
    if (!r.getBool(valid))
        return false;
    if (!valid) {
        t = QDateTime();
        return true;
    }
    qint64 ms = 0;
    qint32 spec = 0, offset = 0;
    QString zone;
    if (!r.getI64(ms) || !r.getI32(spec) || !r.getI32(offset) || !r.getString(zone))
        return false;
    if (spec < Qt::LocalTime || spec > Qt::TimeZone)
        return false;
    switch (Qt::TimeSpec(spec)) {
    case Qt::UTC:
        t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        return true;
    case Qt::OffsetFromUTC:
        t = QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offset);
        return true;
    case Qt::LocalTime:
        t = QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime);
        return true;
    case Qt::TimeZone:
        t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(zone.toUtf8()));
        return true;
    }
    return false;
}

void putIdentity(Writer &w, const RunIdentity &id)
{
    w.putString(id.runId);
    putTime(w, id.timestamp);
    w.putString(id.path.toString());
    w.putString(id.sourceKey);
}

bool getIdentity(Reader &r, RunIdentity &id)
{
    QString path;
    if (!r.getString(id.runId) || !getTime(r, id.timestamp) || !r.getString(path) ||
        !r.getString(id.sourceKey))
        return false;
    id.path = path;
    return true;
}

void putKey(Writer &w, const DetectorKey &k)
{
    w.putString(k.pkg);
    w.putString(k.name);
}

bool getKey(Reader &r, DetectorKey &k)
{
    return r.getString(k.pkg) && r.getString(k.name);
}

void putOthers(Writer &w, const Dataset &d)
{
    w.putCount(d.installRuns.size());
    for (const InstallRun &run : d.installRuns) {
        putIdentity(w, run.identity);
        w.putI64(run.seconds);
        w.putBool(run.metadata.has_value());
        if (run.metadata)
            putMetadata(w, *run.metadata);
    }
    w.putCount(d.gateRuns.size());
    for (const GateRun &run : d.gateRuns) {
        putIdentity(w, run.identity);
        w.putString(run.policyHash);
        w.putString(run.outcome);
        w.putDouble(run.unknownRate);
        w.putStrings(run.topReasons);
        w.putI32(run.runAttempt);
    }
    w.putBool(d.whitelist.has_value());
    if (d.whitelist) {
        w.putI32(d.whitelist->version);
        w.putCount(d.whitelist->classes.size());
        for (const WhitelistClass &c : d.whitelist->classes) {
            for (const QString *s : {&c.reason, &c.note, &c.owner, &c.added, &c.reviewBy})
                w.putString(*s);
            putJson(w, c.extra);
        }
        putJson(w, d.whitelist->extra);
    }
    w.putString(d.whitelistPath);
    w.putBool(d.baseline.has_value());
    if (d.baseline) {
        putJson(w, d.baseline->document);
        w.putString(d.baseline->wrapperKey);
    }
    w.putString(d.baselinePath);
    putFile(w, d.whitelistFile);
    putFile(w, d.baselineFile);
    w.putCount(d.issues.size());
    for (const ParseIssue &issue : d.issues) {
        w.putString(issue.path);
        w.putI32(issue.line);
        w.putString(issue.message);
        w.putI32(int(issue.severity));
    }
    const LoadCounters &c = d.counters;
    for (int value : {c.filesSeen, c.filesUsed, c.filesIgnored, c.zipsRead, c.symlinksSkipped,
                      c.filesSkippedByKind, c.filesReused, c.storesFailed})
        w.putI32(value);
}

bool getOthers(Reader &r, Dataset &d)
{
    qsizetype count = 0;
    if (!r.getCount(count, kMinInstallRun))
        return false;
    d.installRuns.resize(count);
    for (InstallRun &run : d.installRuns) {
        bool hasMetadata = false;
        if (!getIdentity(r, run.identity) || !r.getI64(run.seconds) || !r.getBool(hasMetadata))
            return false;
        if (hasMetadata && !getMetadata(r, run.metadata.emplace()))
            return false;
    }
    if (!r.getCount(count, kMinGateRun))
        return false;
    d.gateRuns.resize(count);
    for (GateRun &run : d.gateRuns)
        if (!getIdentity(r, run.identity) || !r.getString(run.policyHash) ||
            !r.getString(run.outcome) || !r.getDouble(run.unknownRate) ||
            !r.getStrings(run.topReasons) || !r.getI32(run.runAttempt))
            return false;
    bool has = false;
    if (!r.getBool(has))
        return false;
    if (has) {
        Whitelist &list = d.whitelist.emplace();
        if (!r.getI32(list.version) || !r.getCount(count, kMinClass))
            return false;
        list.classes.resize(count);
        for (WhitelistClass &c : list.classes) {
            for (QString *s : {&c.reason, &c.note, &c.owner, &c.added, &c.reviewBy})
                if (!r.getString(*s))
                    return false;
            if (!getJson(r, c.extra))
                return false;
        }
        if (!getJson(r, list.extra))
            return false;
    }
    if (!r.getString(d.whitelistPath) || !r.getBool(has))
        return false;
    if (has && !(getJson(r, d.baseline.emplace().document) && r.getString(d.baseline->wrapperKey)))
        return false;
    if (!r.getString(d.baselinePath) || !getFile(r, d.whitelistFile) ||
        !getFile(r, d.baselineFile) || !r.getCount(count, kMinIssue))
        return false;
    d.issues.resize(count);
    for (ParseIssue &issue : d.issues) {
        qint32 severity = 0;
        if (!r.getString(issue.path) || !r.getI32(issue.line) || !r.getString(issue.message) ||
            !r.getI32(severity) || severity < 0 || severity > int(Severity::Note))
            return false;
        issue.severity = Severity(severity);
    }
    LoadCounters &c = d.counters;
    for (int *value : {&c.filesSeen, &c.filesUsed, &c.filesIgnored, &c.zipsRead, &c.symlinksSkipped,
                       &c.filesSkippedByKind, &c.filesReused, &c.storesFailed})
        if (!r.getI32(*value))
            return false;
    return true;
}

} // namespace gatehouse::codec
