#pragma once
// What one load keeps so the next load of the same sources is cheap (issue 10, item 3):
// every file it read, with the size and modification time it had and what parsing it gave.
// A load given the cache re-reads only files that are new or whose size or mtime changed;
// the rest are taken as they were, and the result is the same as a fresh load's.
#include <memory>

namespace gatehouse {

struct LoadOptions;

class LoadCache
{
public:
    LoadCache();
    ~LoadCache();
    LoadCache(const LoadCache &) = delete;
    LoadCache &operator=(const LoadCache &) = delete;

    void clear();
    int fileCount() const; // files remembered
    // Cheap stat-only walk: true when a file was added, removed, or changed size/mtime since
    // the last load that used this cache (or the sources differ). Safe to call from any thread.
    bool sourcesChanged(const LoadOptions &options) const;
    // True when sourcesChanged() gets by with a stat per folder and per file, no listing
    // (FolderStamps.h): every folder of the last load was listed long enough after its
    // last change to be trusted.
    bool checksWithoutListing() const;

private:
    friend struct LoadCacheAccess; // the loader's side, LoadCacheImpl.h
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace gatehouse
