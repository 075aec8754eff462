// Reads one series per line ("window max_pvalue min_magnitude v0 v1 ...") and prints
// Gatehouse's change points as "index mean_before mean_after stddev_before stddev_after
// forward_change_percent pvalue;" per line, for differential.py. Not part of the build:
// compile it against a built gatehouse_core as README.md shows.
#include "changes/ChangePoints.h"

#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>

int main()
{
    std::string line;
    while (std::getline(std::cin, line)) {
        std::istringstream in(line);
        gatehouse::changes::ChangePointOptions options;
        in >> options.window >> options.maxPvalue >> options.minMagnitude;
        QList<double> series;
        double v = 0;
        while (in >> v)
            series.append(v);
        for (const auto &c : gatehouse::changes::computeChangePoints(series, options))
            std::printf("%d %.17g %.17g %.17g %.17g %.17g %.17g;", c.index, c.meanBefore,
                        c.meanAfter, c.stddevBefore, c.stddevAfter, c.forwardChangePercent,
                        c.pvalue);
        std::printf("\n");
        std::fflush(stdout);
    }
}
