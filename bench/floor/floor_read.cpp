// The benchmark's floor: one single-threaded process that reads every regular file below
// the given folders once, start to end, and does nothing else (no parsing, no zip
// inflation: a zip is read as its bytes on disk). Gatehouse is compared against it, so it
// is kept deliberately plain: POSIX opendir/read with one reused 256 KiB buffer.
//
// Usage: gatehouse-bench-floor DIR...   prints "files N bytes B checksum C"
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace {

struct Totals
{
    std::uint64_t files = 0;
    std::uint64_t bytes = 0;
    std::uint64_t checksum = 0; // keeps the reads observable
};

std::vector<char> g_buffer(256 * 1024);

void readFile(const std::string &path, Totals &totals)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return;
    for (;;) {
        const ssize_t n = ::read(fd, g_buffer.data(), g_buffer.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        totals.bytes += static_cast<std::uint64_t>(n);
        totals.checksum += static_cast<unsigned char>(g_buffer[static_cast<size_t>(n) - 1]);
    }
    ::close(fd);
    ++totals.files;
}

void walk(const std::string &dir, Totals &totals)
{
    DIR *d = ::opendir(dir.c_str());
    if (!d)
        return;
    while (const dirent *e = ::readdir(d)) {
        if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0)
            continue;
        const std::string path = dir + '/' + e->d_name;
        struct stat st;
        if (::lstat(path.c_str(), &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode))
            walk(path, totals);
        else if (S_ISREG(st.st_mode))
            readFile(path, totals);
    }
    ::closedir(d);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DIR...\n", argv[0]);
        return 2;
    }
    Totals totals;
    for (int i = 1; i < argc; ++i)
        walk(argv[i], totals);
    std::printf("files %llu bytes %llu checksum %llu\n",
                static_cast<unsigned long long>(totals.files),
                static_cast<unsigned long long>(totals.bytes),
                static_cast<unsigned long long>(totals.checksum));
    return 0;
}
