#pragma once
// The folders a load listed, with the times they had (issue 10, item 3). While a folder's
// modification and change times stay the same, so do its entries: adding, removing or
// renaming one moves both, and chmod moves the change time. So telling whether anything
// changed since a load needs no listing at all, only a stat per folder and per file read.
// A folder changed so recently that a later change could still fall within the same
// clock tick (and leave its times as they are), or one that could not be listed, makes
// the record untrusted: the check then walks the folders as a load does.
#include <QHash>
#include <QString>
#include <optional>

namespace gatehouse {

struct FolderStamp
{
    qint64 mtimeNs = 0;
    qint64 ctimeNs = 0;
    bool operator==(const FolderStamp &o) const
    {
        return mtimeNs == o.mtimeNs && ctimeNs == o.ctimeNs;
    }
    bool operator!=(const FolderStamp &o) const { return !(*this == o); }
};

struct FolderStamps
{
    QHash<QString, FolderStamp> byPath; // absolute path -> times when listed
    bool untrusted = false;

    // Records a folder as listed now (its times taken from the open folder, before the
    // listing): untrusted when they are too recent to tell a later change from this one.
    void record(const QString &absolutePath, const FolderStamp &stamp);
    void merge(const FolderStamps &other);
};

// lstat of a folder; nullopt when it is gone or no longer a folder.
std::optional<FolderStamp> folderStampOf(const QString &absolutePath);

// How old a folder's times must be to be trusted (default 1 s; tests set 0 and wait a
// clock tick before they change anything).
void setFolderTrustDelayForTests(qint64 nanoseconds);

} // namespace gatehouse
