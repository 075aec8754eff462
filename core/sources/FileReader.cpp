#include "FileReader.h"

#include "OpenedFiles.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gatehouse {

namespace {

// Bench logs above this are streamed through QFile in blocks rather than read whole.
constexpr qint64 kReadWholeBelow = 8 * 1024 * 1024;

void addIssue(TaskOutput &out, const QString &path, const QString &message)
{
    out.issues.append({path, 0, message, Severity::Error});
}

QString tooLarge(qint64 size, qint64 maxBytes)
{
    return QStringLiteral("skipped: %1 bytes, more than the limit of %2").arg(size).arg(maxBytes);
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

ParsedFile describe(const SourceFile &file, const QString &sourceKey)
{
    ParsedFile parsed;
    parsed.path = file.relativePath;
    parsed.sourceKey = sourceKey;
    parsed.kind = file.kind;
    parsed.atRoot = file.atRoot;
    return parsed;
}

// Qt resources (the embedded demo) and large bench logs: through QFile, streamed.
void readThroughQFile(QFile &qfile, const SourceFile &file, const QString &sourceKey,
                      qint64 maxBytes, TaskOutput &out)
{
    if (!qfile.isOpen() && !qfile.open(QIODevice::ReadOnly)) {
        addIssue(out, file.relativePath,
                 QStringLiteral("cannot read: %1").arg(qfile.errorString()));
        return;
    }
    if (qfile.size() > maxBytes) {
        addIssue(out, file.relativePath, tooLarge(qfile.size(), maxBytes));
        return;
    }
    parseArtifactDevice(qfile, maxBytes, describe(file, sourceKey), out);
}

// Reads up to `size` bytes (what fstat said) into buffer; false on a read error.
bool readWhole(int fd, qint64 size, QByteArray &buffer)
{
    buffer.resize(size);
    qint64 total = 0;
    while (total < size) {
        const ssize_t got = ::read(fd, buffer.data() + total, static_cast<size_t>(size - total));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return false;
        if (got == 0)
            break; // shrank since fstat: parse what is there
        total += got;
    }
    buffer.resize(total);
    return true;
}

} // namespace

void readArtifactFile(const SourceFile &file, const QString &sourceKey, qint64 maxBytes,
                      TaskOutput &out, FileLocation at)
{
    noteOpened(file.kind);
    if (file.absolutePath.startsWith(QLatin1Char(':'))) {
        QFile qfile(file.absolutePath);
        readThroughQFile(qfile, file, sourceKey, maxBytes, out);
        return;
    }
    // O_NOFOLLOW and O_NONBLOCK: should the scanned file have been swapped for a symlink or
    // a FIFO since, the open fails or returns at once instead of following or blocking.
    constexpr int kFlags = O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY;
    const int fd = at.folderFd >= 0
                       ? ::openat(at.folderFd, at.name, kFlags)
                       : ::open(QFile::encodeName(file.absolutePath).constData(), kFlags);
    if (fd < 0) {
        addIssue(out, file.relativePath, QStringLiteral("cannot read: %1").arg(errnoText()));
        return;
    }
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        addIssue(out, file.relativePath, QStringLiteral("skipped: not a regular file"));
        return;
    }
    const qint64 size = st.st_size;
    if (size > maxBytes) {
        ::close(fd);
        addIssue(out, file.relativePath, tooLarge(size, maxBytes));
        return;
    }
    if (file.kind == ArtifactKind::BenchCandidate && size >= kReadWholeBelow) {
        QFile qfile;
        if (!qfile.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            addIssue(out, file.relativePath,
                     QStringLiteral("cannot read: %1").arg(qfile.errorString()));
            return;
        }
        readThroughQFile(qfile, file, sourceKey, maxBytes, out);
        return;
    }
    // One buffer per worker thread, reused for every file: its capacity only grows.
    thread_local QByteArray buffer;
    const bool ok = readWhole(fd, size, buffer);
    const int readErrno = errno;
    ::close(fd);
    if (!ok) {
        errno = readErrno;
        addIssue(out, file.relativePath, QStringLiteral("cannot read: %1").arg(errnoText()));
        return;
    }
    parseArtifactBytes(buffer, describe(file, sourceKey), out);
}

} // namespace gatehouse
