#include "FolderScanner.h"

#include "RunSidecar.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringBuilder>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace gatehouse {

bool isInside(const QString &canonicalPath, const QString &root)
{
    if (canonicalPath == root)
        return true;
    const QString prefix = root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/');
    return canonicalPath.startsWith(prefix);
}

namespace {

void addIssue(FolderScan &scan, const QString &path, const QString &message, Severity severity)
{
    scan.issues.append({path, 0, message, severity});
}

// Sized exactly (QStringBuilder): every relative path is kept until the merge, and one
// grown by appending held a third more than it needs (18 MB at 100k runs).
QString joinPath(const QString &folder, const QString &name)
{
    if (folder.isEmpty())
        return name;
    if (folder.endsWith(QLatin1Char('/')))
        return folder % name;
    return folder % QLatin1Char('/') % name;
}

void noteSymlink(FolderScan &scan, const QString &root, const QString &absolute,
                 const QString &relative)
{
    const QFileInfo info(absolute);
    // exists() follows the link: false when it dangles or loops (Qt then hands back the
    // link's own path as "canonical", so that alone cannot tell).
    const QString target = info.exists() ? info.canonicalFilePath() : QString();
    if (target.isEmpty())
        addIssue(scan, relative,
                 QStringLiteral("skipped: symlink whose target is missing or loops"),
                 Severity::Warning);
    else if (!isInside(target, root))
        addIssue(scan, relative,
                 QStringLiteral("skipped: symlink leads out of the source (to %1)").arg(target),
                 Severity::Error);
    else
        ++scan.symlinksSkipped; // its target is read at its own path
}

void noteSpecialFile(FolderScan &scan, const QString &relative)
{
    addIssue(scan, relative, QStringLiteral("skipped: not a regular file (device, FIFO or socket)"),
             Severity::Warning);
}

void noteRegularFile(FolderScan &scan, const QString &absolute, const QString &relative,
                     const QString &name)
{
    ArtifactKind kind = classifyArtifact(name);
    const bool atRoot = !relative.contains(QLatin1Char('/'));
    // OUT/.gatehouse/ holds what fetch knows about the artifacts, never an artifact: its
    // run sidecars are read as such, everything else there (markers) is not read at all.
    if (relative.startsWith(QLatin1String(".gatehouse/")))
        kind = isRunSidecarPath(relative) ? ArtifactKind::RunSidecar : ArtifactKind::Ignored;
    if (kind != ArtifactKind::Zip)
        ++scan.filesSeen;
    if (kind == ArtifactKind::Ignored) {
        ++scan.filesIgnored;
        return;
    }
    // Before the misplaced-whitelist note: a file of a kind not asked for is not looked
    // at, so it cannot have anything to say.
    if (!scan.wanted.contains(kind)) {
        ++scan.filesSkippedByKind;
        return;
    }
    if (kind == ArtifactKind::Whitelist && !atRoot) {
        ++scan.filesIgnored;
        addIssue(scan, relative, QStringLiteral("ignored: not at the source root"), Severity::Note);
        return;
    }
    scan.files.append({absolute, relative, kind, atRoot, -1, 0});
}

// Qt resources have no readdir(); the demo set is small, so QFileInfo per entry is fine.
void scanResourceTree(const QString &root, FolderScan &scan)
{
    // No FollowSymlinks: QDirIterator then never descends into a symlinked folder.
    QDirIterator it(root, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    const qsizetype prefixLength = root.endsWith(QLatin1Char('/')) ? root.size() : root.size() + 1;
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString relative = info.filePath().mid(prefixLength);
        if (info.isSymLink())
            noteSymlink(scan, root, info.filePath(), relative);
        else if (info.isFile())
            noteRegularFile(scan, info.filePath(), relative, info.fileName());
        else if (!info.isDir())
            noteSpecialFile(scan, relative);
    }
}

void noteUnlisted(FolderScan &scan, const QString &relativeFolder, int error)
{
    ++scan.foldersUnlisted;
    scan.folders.untrusted = true;
    addIssue(
        scan, relativeFolder.isEmpty() ? QStringLiteral(".") : relativeFolder,
        QStringLiteral("cannot list folder: %1").arg(QString::fromLocal8Bit(std::strerror(error))),
        Severity::Warning);
}

// One walk below a folder of a source on disk (the root, or the one folder asked for).
// Folders are opened relative to that folder's descriptor and listed with getdents64 into a
// per-thread buffer: opendir would add an fstat and a 32 KiB allocation per folder, and an absolute
// path costs a lookup of every component. In a `gh run download` layout (one file per folder) those
// were a third of the listing's system time.
class DiskWalk
{
public:
    // baseFd: an open folder, baseFolder its path relative to root ("" for root itself);
    // every folder walked lies below it and is opened relative to it.
    DiskWalk(const QString &root, int baseFd, const QString &baseFolder, bool recursive,
             FolderScan &scan, const FolderFileVisitor &visit)
        : m_root(root), m_baseFd(baseFd), m_baseFolder(baseFolder),
          m_baseLength(baseFolder.isEmpty()                    ? 0
                       : baseFolder.endsWith(QLatin1Char('/')) ? baseFolder.size()
                                                               : baseFolder.size() + 1),
          m_recursive(recursive), m_scan(scan), m_visit(visit)
    {
    }

    // The base folder itself, through its open descriptor.
    void base() { listAndDescend(m_baseFd, m_baseFolder); }

    // A folder below the base (its path relative to root).
    void folder(const QString &relativeFolder)
    {
        const QString below = relativeFolder.mid(m_baseLength);
        const QByteArray encoded =
            below.isEmpty() ? QByteArrayLiteral(".") : QFile::encodeName(below);
        // O_NOFOLLOW: a folder swapped for a symlink since its parent was listed is not
        // followed (the walk never leaves the source).
        const int fd = ::openat(m_baseFd, encoded.constData(),
                                O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0) {
            noteUnlisted(m_scan, relativeFolder, errno);
            return;
        }
        listAndDescend(fd, relativeFolder);
    }

private:
    // Lists fd (closed here unless it is the base's), then walks the subfolders.
    void listAndDescend(int fd, const QString &relativeFolder)
    {
        const auto release = [&] {
            if (fd != m_baseFd)
                ::close(fd);
        };
        if (m_scan.stamp) // the times before the listing: a change during it then shows later
            stampFolder(fd, relativeFolder);
        QStringList subfolders;
        if (!list(fd, relativeFolder, subfolders)) {
            const int error = errno;
            release();
            noteUnlisted(m_scan, relativeFolder, error);
            return;
        }
        release(); // before descending: deep trees must not hold a descriptor per level
        if (!m_recursive) {
            m_scan.subfolders += subfolders;
            return;
        }
        for (const QString &sub : std::as_const(subfolders))
            folder(sub);
    }

    void stampFolder(int fd, const QString &relativeFolder)
    {
        struct stat st;
        if (::fstat(fd, &st) == 0)
            m_scan.folders.record(joinPath(m_root, relativeFolder),
                                  {qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec,
                                   qint64(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec});
        else
            m_scan.folders.untrusted = true;
    }

    // Every entry of the open folder; false (errno set) when the listing failed part way.
    bool list(int fd, const QString &relativeFolder, QStringList &subfolders)
    {
        thread_local std::vector<char> buffer(32 * 1024);
        for (;;) {
            const ssize_t got = ::getdents64(fd, buffer.data(), buffer.size());
            if (got < 0 && errno == EINTR)
                continue;
            if (got < 0)
                return false;
            if (got == 0)
                return true;
            for (ssize_t offset = 0; offset < got;) {
                const auto *entry =
                    reinterpret_cast<const struct dirent64 *>(buffer.data() + offset);
                offset += entry->d_reclen;
                entryListed(fd, relativeFolder, entry->d_name, entry->d_type, subfolders);
            }
        }
    }

    void entryListed(int fd, const QString &relativeFolder, const char *raw, unsigned char type,
                     QStringList &subfolders)
    {
        if (raw[0] == '.' && (raw[1] == '\0' || (raw[1] == '.' && raw[2] == '\0')))
            return;
        if (type == DT_UNKNOWN) { // some file systems do not say: ask, without following
            struct stat st;
            if (::fstatat(fd, raw, &st, AT_SYMLINK_NOFOLLOW) != 0)
                return; // vanished since the listing
            type = IFTODT(st.st_mode);
        }
        const QString name = QFile::decodeName(raw);
        const QString relative = joinPath(relativeFolder, name);
        switch (type) {
        case DT_DIR:
            subfolders.append(relative);
            break;
        case DT_REG:
            regularFile(fd, raw, relative, name);
            break;
        case DT_LNK:
            noteSymlink(m_scan, m_root, joinPath(m_root, relative), relative);
            break;
        default:
            noteSpecialFile(m_scan, relative);
            break;
        }
    }

    void regularFile(int fd, const char *raw, const QString &relative, const QString &name)
    {
        const qsizetype listed = m_scan.files.size();
        noteRegularFile(m_scan, QString(), relative, name);
        if (m_scan.files.size() == listed)
            return; // not worth a read
        SourceFile &file = m_scan.files.last();
        struct stat st;
        if (m_scan.stamp && ::fstatat(fd, raw, &st, AT_SYMLINK_NOFOLLOW) == 0) {
            file.size = static_cast<qint64>(st.st_size);
            file.mtimeNs = static_cast<qint64>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
        }
        if (m_visit && file.kind != ArtifactKind::Zip) {
            // Opened through fd and raw: the absolute path is never built.
            const SourceFile visited = m_scan.files.takeLast();
            m_visit(visited, fd, raw);
            return;
        }
        file.absolutePath = joinPath(m_root, relative);
    }

    const QString &m_root;
    const int m_baseFd;
    const QString m_baseFolder;
    const qsizetype m_baseLength; // of "baseFolder/", what relative paths below it begin with
    const bool m_recursive;
    FolderScan &m_scan;
    const FolderFileVisitor &m_visit;
};

// Several folders: the root is opened once and each folder relative to it. One folder
// (an ingest walks each artifact folder on its own): that folder is opened by its path,
// so the walk costs no extra open of the root.
void scanDiskFolders(const QString &root, const QStringList &relativeFolders, bool recursive,
                     FolderScan &scan, const FolderFileVisitor &visit)
{
    const bool one = relativeFolders.size() == 1;
    const QString baseFolder = one ? relativeFolders.first() : QString();
    const int baseFd = ::open(QFile::encodeName(joinPath(root, baseFolder)).constData(),
                              O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (baseFd < 0) {
        const int error = errno;
        for (const QString &folder : relativeFolders)
            noteUnlisted(scan, folder, error);
        return;
    }
    DiskWalk walk(root, baseFd, baseFolder, recursive, scan, visit);
    for (const QString &folder : relativeFolders) {
        if (folder == baseFolder)
            walk.base();
        else
            walk.folder(folder);
    }
    ::close(baseFd);
}

} // namespace

void scanFolders(const QString &root, const QStringList &relativeFolders, bool recursive,
                 FolderScan &scan, const FolderFileVisitor &visit)
{
    if (root.startsWith(QLatin1Char(':'))) {
        if (relativeFolders.contains(QString()))
            scanResourceTree(root, scan);
        return;
    }
    scanDiskFolders(root, relativeFolders, recursive, scan, visit);
}

void scanFolder(const QString &root, const QString &relativeFolder, bool recursive,
                FolderScan &scan, const FolderFileVisitor &visit)
{
    scanFolders(root, QStringList{relativeFolder}, recursive, scan, visit);
}

} // namespace gatehouse
