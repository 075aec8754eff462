#pragma once
// Read-only access to a zip archive through libzip, on disk or in memory (a zip inside a
// zip, or inside Qt resources). Entries are read one at a time into memory with a size cap;
// nothing is ever extracted to disk. Not thread-safe: one archive per task.
#include <QByteArray>
#include <QString>
#include <optional>

struct zip;

namespace gatehouse {

struct ZipEntry
{
    QString name;     // normalised: '/' separators, no "." parts, no trailing '/'
    qint64 size = -1; // declared uncompressed size; -1 when the archive does not say
    bool isDirectory = false;
    QString problem; // why the entry must not be read ("..", absolute, symlink, ...)
};

class ZipArchive
{
public:
    ZipArchive() = default;
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // Opens a zip file on disk in place. On failure returns false with a plain reason.
    bool openFile(const QString &path, QString *error);
    // Opens zip bytes held in memory. The archive keeps a (shared) reference to data.
    bool openBuffer(const QByteArray &data, QString *error);

    qint64 entryCount() const;
    ZipEntry entry(qint64 index) const;
    // The entry's bytes, or nullopt with *error set when it is larger than maxBytes,
    // encrypted, corrupt, or fails its checksum.
    std::optional<QByteArray> read(qint64 index, qint64 maxBytes, QString *error) const;

private:
    zip *m_archive = nullptr;
    QByteArray m_buffer; // keeps in-memory zip bytes alive while libzip reads them
};

// Entry name checks, exposed for tests: returns the normalised name, or sets *problem.
QString normaliseZipEntryName(const QString &rawName, QString *problem);

} // namespace gatehouse
