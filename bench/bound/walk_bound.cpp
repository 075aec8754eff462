// The least any reader that follows SPEC §1 must do on a folder source, as a yardstick
// beside the floor: artifact kinds are known by file name only, so every folder has to be
// listed, whatever the command. This lists every folder below DIR and, with --read, also
// opens and reads every regular file once, on THREADS threads (default 2), with nothing
// else: no parsing, no strings, no allocation per entry. Each folder is opened relative to
// its parent's descriptor and listed with getdents64 into a reused buffer; each file is
// opened relative to its folder and read with one read() per 64 KiB. It is the cheapest way
// this machine's kernel offers, so no command of Gatehouse can take less than it does for
// the folders and files it must touch (docs/performance.md, "What the folder rows cost at
// the least").
//
// Usage: gatehouse-bench-bound [--read] [--threads N] DIR
//        prints "folders F files N bytes B"
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

struct Totals
{
    std::atomic<long long> folders{0};
    std::atomic<long long> files{0};
    std::atomic<long long> bytes{0};
};

struct Worker
{
    bool readFiles = false;
    Totals &totals;
    std::vector<char> listing = std::vector<char>(32 * 1024);
    std::vector<char> data = std::vector<char>(64 * 1024);

    void readFile(int folderFd, const char *name)
    {
        const int fd = ::openat(folderFd, name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0)
            return;
        long long got = 0;
        for (;;) {
            const ssize_t n = ::read(fd, data.data(), data.size());
            if (n <= 0)
                break;
            got += n;
            if (static_cast<size_t>(n) < data.size())
                break; // a short read of a regular file: its end
        }
        ::close(fd);
        totals.files.fetch_add(1, std::memory_order_relaxed);
        totals.bytes.fetch_add(got, std::memory_order_relaxed);
    }

    // Lists the open folder fd; subfolder names go to `subfolders` when given, else each is
    // walked at once (relative to fd).
    void list(int fd, std::vector<std::string> *subfolders)
    {
        totals.folders.fetch_add(1, std::memory_order_relaxed);
        std::vector<std::string> below;
        for (;;) {
            const ssize_t n = ::getdents64(fd, listing.data(), listing.size());
            if (n <= 0)
                break;
            for (ssize_t offset = 0; offset < n;) {
                const auto *entry =
                    reinterpret_cast<const struct dirent64 *>(listing.data() + offset);
                offset += entry->d_reclen;
                const char *name = entry->d_name;
                if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0')))
                    continue;
                if (entry->d_type == DT_DIR)
                    (subfolders ? *subfolders : below).emplace_back(name);
                else if (entry->d_type == DT_REG && readFiles)
                    readFile(fd, name);
                else if (entry->d_type == DT_REG)
                    totals.files.fetch_add(1, std::memory_order_relaxed);
            }
        }
        for (const std::string &name : below)
            walk(fd, name.c_str());
    }

    void walk(int parentFd, const char *name)
    {
        const int fd = ::openat(parentFd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0)
            return;
        list(fd, nullptr);
        ::close(fd);
    }
};

} // namespace

int main(int argc, char **argv)
{
    bool readFiles = false;
    int threads = 2;
    const char *dir = nullptr;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--read") == 0)
            readFiles = true;
        else if (std::strcmp(argv[i], "--threads") == 0 && i + 1 < argc)
            threads = std::max(1, std::atoi(argv[++i]));
        else
            dir = argv[i];
    }
    if (!dir) {
        std::fprintf(stderr, "usage: %s [--read] [--threads N] DIR\n", argv[0]);
        return 2;
    }
    const int root = ::open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (root < 0) {
        std::perror(dir);
        return 1;
    }
    Totals totals;
    // The top folder on this thread; its subfolders shared out in batches of 16.
    std::vector<std::string> top;
    Worker first{readFiles, totals};
    first.list(root, &top);
    std::atomic<size_t> next{0};
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&] {
            Worker worker{readFiles, totals};
            for (;;) {
                const size_t first = next.fetch_add(16);
                if (first >= top.size())
                    break;
                for (size_t i = first; i < first + 16 && i < top.size(); ++i)
                    worker.walk(root, top[i].c_str());
            }
        });
    for (std::thread &t : pool)
        t.join();
    ::close(root);
    std::printf("folders %lld files %lld bytes %lld\n", totals.folders.load(), totals.files.load(),
                totals.bytes.load());
    return 0;
}
