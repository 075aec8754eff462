#include "FolderStamps.h"

#include <QFile>

#include <atomic>
#include <ctime>
#include <sys/stat.h>

namespace gatehouse {

namespace {

// A second is far more than a file system's timestamp tick (jiffies, at worst 10 ms) and
// costs nothing but a full walk right after artifacts land.
std::atomic<qint64> g_trustDelayNs{1000000000};

qint64 nowNs()
{
    timespec now{};
    ::clock_gettime(CLOCK_REALTIME, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

} // namespace

void FolderStamps::record(const QString &absolutePath, const FolderStamp &stamp)
{
    if (nowNs() - std::max(stamp.mtimeNs, stamp.ctimeNs) < g_trustDelayNs.load())
        untrusted = true;
    else
        byPath.insert(absolutePath, stamp);
}

void FolderStamps::merge(const FolderStamps &other)
{
    untrusted = untrusted || other.untrusted;
    for (auto it = other.byPath.cbegin(); it != other.byPath.cend(); ++it)
        byPath.insert(it.key(), it.value());
}

std::optional<FolderStamp> folderStampOf(const QString &absolutePath)
{
    struct stat st;
    if (::lstat(QFile::encodeName(absolutePath).constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return std::nullopt;
    return FolderStamp{qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec,
                       qint64(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec};
}

void setFolderTrustDelayForTests(qint64 nanoseconds)
{
    g_trustDelayNs = nanoseconds;
}

} // namespace gatehouse
