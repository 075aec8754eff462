// What an incremental reload costs against the first load (issue 10, item 3): loads a
// source twice with one LoadCache, nothing changed in between, and prints
//   first_s reload_s ratio files_reused changed_check_s
// (best of `rounds` pairs, each with a new cache; changed_check_s is one sourcesChanged()
// walk, what "Watch sources" pays per look).
#include "sources/Loader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace gatehouse;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: gatehouse-bench-reload SOURCE [ROUNDS]\n");
        return 2;
    }
    const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    double first = 1e9, reload = 1e9, check = 1e9;
    int reused = 0;
    for (int i = 0; i < rounds; ++i) {
        LoadOptions options;
        options.sources = {QString::fromLocal8Bit(argv[1])};
        options.cache = std::make_shared<LoadCache>();
        QElapsedTimer timer;
        timer.start();
        {
            const Dataset d = loadSources(options);
        }
        first = std::min(first, timer.nsecsElapsed() / 1e9);
        timer.restart();
        const bool changed = options.cache->sourcesChanged(options);
        check = std::min(check, timer.nsecsElapsed() / 1e9);
        if (changed)
            std::fprintf(stderr, "sources changed between the loads?\n");
        timer.restart();
        {
            const Dataset d = loadSources(options);
            reused = d.counters.filesReused;
        }
        reload = std::min(reload, timer.nsecsElapsed() / 1e9);
    }
    std::printf("%.3f %.3f %.3f %d %.3f\n", first, reload, reload / first, reused, check);
    return 0;
}
