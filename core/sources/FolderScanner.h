#pragma once
// Walk of a folder source (on disk or ":/..." in Qt resources) that decides, without
// opening anything, which files are worth a read: regular files of an artifact kind.
// Symlinks are never followed, so loops cannot hang the walk; a symlink whose target stays
// inside the source is skipped silently (the target is met at its own path), one that
// leaves the source is an error, and device files, FIFOs and sockets are never opened.
//
// On disk the walk uses the entry type the kernel's listing (getdents64) reports, so a
// regular file or folder costs no stat call at all (the loader's largest cost was stat
// calls); only symlinks and file systems that do not report types are looked at more
// closely. Each folder is opened relative to an open ancestor: the root, or the one folder
// asked for (scanFolders).
#include "ArtifactKind.h"
#include "FolderStamps.h"
#include "common/ParseIssue.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace gatehouse {

struct SourceFile
{
    QString absolutePath; // what to open
    QString relativePath; // source-relative, '/'-separated
    ArtifactKind kind = ArtifactKind::Ignored;
    bool atRoot = false; // directly in the source folder
    // With FolderScan::stamp: lstat size and mtime (ns) as listed; size -1 when unknown.
    qint64 size = -1;
    qint64 mtimeNs = 0;
};

struct FolderScan
{
    // Kinds to read: files of other kinds are counted in filesSkippedByKind, not listed.
    ArtifactKindSet wanted = ArtifactKindSet::all();
    // Stamp every listed file on disk (one fstatat relative to the open folder, cheaper
    // than a stat of the full path later): what a LoadCache compares.
    bool stamp = false;
    QList<SourceFile> files;    // regular files worth reading (zips included)
    QStringList subfolders;     // source-relative folders left to walk (non-recursive scans)
    ParseIssues issues;         // skipped symlinks and special files
    int filesSeen = 0;          // regular files, zips excluded
    int filesIgnored = 0;       // regular files of no artifact kind (plus misplaced whitelists)
    int symlinksSkipped = 0;    // symlinks whose target is read at its own path
    int filesSkippedByKind = 0; // of an artifact kind not in `wanted`: never opened
    int foldersUnlisted = 0;    // folders that could not be listed (each also an issue)
    // With stamp: every folder listed on disk, for LoadCache::sourcesChanged (an unlisted
    // one makes it untrusted).
    FolderStamps folders;
};

// Called, when given, for every file on disk worth reading (zips excepted) while its folder
// is open, instead of listing it in FolderScan::files: folderFd and name open it with one
// path step (openat) rather than a lookup of the whole path.
using FolderFileVisitor =
    std::function<void(const SourceFile &file, int folderFd, const char *name)>;

// root: the source folder's canonical path (or cleaned ":/..." resource path).
// relativeFolder: the folder to list, relative to root ("" for root itself). recursive:
// descend into every subfolder; otherwise subfolders are listed in scan.subfolders so the
// caller can walk them (in parallel). Resource roots are always walked whole. Appends.
void scanFolder(const QString &root, const QString &relativeFolder, bool recursive,
                FolderScan &scan, const FolderFileVisitor &visit = {});
// The same for several folders of one root, which is then opened once for all of them
// (one folder alone is opened by its path instead).
void scanFolders(const QString &root, const QStringList &relativeFolders, bool recursive,
                 FolderScan &scan, const FolderFileVisitor &visit = {});

// True when canonicalPath is root itself or lies below it.
bool isInside(const QString &canonicalPath, const QString &root);

} // namespace gatehouse
