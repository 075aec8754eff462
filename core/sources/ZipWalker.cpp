#include "ZipWalker.h"

#include "OpenedFiles.h"
#include "ZipArchive.h"

#include <QFile>

namespace gatehouse {

namespace {

struct Allowance
{
    qint64 bytesLeft = 0;
    qint64 entriesLeft = 0;
};

struct Walk
{
    const QString &sourceKey;
    const ZipLimits &limits;
    TaskOutput &out;
    Allowance allowance;
    ArtifactKindSet wanted;

    void issue(const QString &path, const QString &message, Severity severity = Severity::Error)
    {
        out.issues.append({path, 0, message, severity});
    }

    // Returns false when an allowance ran out and the whole walk must stop.
    bool walk(const ZipArchive &archive, const QString &zipPath, bool rootLevel, int depth)
    {
        ++out.zipsRead;
        const qint64 count = archive.entryCount();
        for (qint64 i = 0; i < count; ++i) {
            if (allowance.entriesLeft <= 0) {
                issue(zipPath, QStringLiteral("stopped reading: more than %1 zip entries")
                                   .arg(limits.maxEntries));
                return false;
            }
            --allowance.entriesLeft;
            const ZipEntry entry = archive.entry(i);
            if (!entry.problem.isEmpty()) {
                ++out.filesSeen;
                issue(zipPath, entry.problem);
                continue;
            }
            if (entry.isDirectory)
                continue;
            if (!readEntry(archive, i, entry, zipPath, rootLevel, depth))
                return false;
        }
        return true;
    }

    bool readEntry(const ZipArchive &archive, qint64 index, const ZipEntry &entry,
                   const QString &zipPath, bool rootLevel, int depth)
    {
        const QString path = zipPath + QLatin1Char('/') + entry.name;
        const ArtifactKind kind = classifyArtifact(fileNameOf(entry.name));
        const bool atRoot = rootLevel && !entry.name.contains(QLatin1Char('/'));
        if (kind != ArtifactKind::Zip)
            ++out.filesSeen;
        if (kind == ArtifactKind::Ignored) {
            ++out.filesIgnored;
            return true;
        }
        // Not inflated, so it draws nothing from the byte allowance and raises no issue.
        if (!wanted.contains(kind)) {
            ++out.filesSkippedByKind;
            return true;
        }
        if (kind == ArtifactKind::Whitelist && !atRoot) {
            ++out.filesIgnored;
            issue(path, QStringLiteral("ignored: not at the source root"), Severity::Note);
            return true;
        }
        if (kind == ArtifactKind::Zip && depth >= limits.maxNesting) {
            issue(path, QStringLiteral("skipped: zip nested more than %1 levels deep")
                            .arg(limits.maxNesting));
            return true;
        }
        if (entry.size > allowance.bytesLeft) {
            issue(zipPath, QStringLiteral("stopped reading: more than %1 bytes uncompressed")
                               .arg(limits.maxTotalBytes));
            return false;
        }
        noteOpened(kind);
        QString error; // read() refuses entries over the per-file cap before inflating them
        const std::optional<QByteArray> data =
            archive.read(index, std::min(limits.maxFileBytes, allowance.bytesLeft), &error);
        if (!data) {
            issue(path, error);
            return true;
        }
        allowance.bytesLeft -= data->size();
        if (kind == ArtifactKind::Zip) {
            ZipArchive inner;
            if (!inner.openBuffer(*data, &error)) {
                issue(path, error);
                return true;
            }
            return walk(inner, path, false, depth + 1);
        }
        ParsedFile file;
        file.path = path;
        file.sourceKey = sourceKey;
        file.kind = kind;
        file.atRoot = atRoot;
        parseArtifactBytes(*data, std::move(file), out);
        return true;
    }
};

} // namespace

void readZip(const QString &absolutePath, const QString &relativePath, const QString &sourceKey,
             bool isSource, const ZipLimits &limits, TaskOutput &out, ArtifactKindSet wanted)
{
    noteOpened(ArtifactKind::Zip);
    ZipArchive archive;
    QString error;
    bool opened = false;
    if (absolutePath.startsWith(QLatin1Char(':'))) {
        // Qt resources have no file on disk for libzip to open: hand it the bytes.
        QFile file(absolutePath);
        if (!file.open(QIODevice::ReadOnly))
            error = QStringLiteral("cannot read zip: %1").arg(file.errorString());
        else
            opened = archive.openBuffer(file.readAll(), &error);
    } else {
        opened = archive.openFile(absolutePath, &error);
    }
    if (!opened) {
        out.issues.append({relativePath, 0, error, Severity::Error});
        return;
    }
    Walk walk{sourceKey, limits, out, {limits.maxTotalBytes, limits.maxEntries}, wanted};
    walk.walk(archive, relativePath, isSource, 1);
}

} // namespace gatehouse
