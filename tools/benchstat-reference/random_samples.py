#!/usr/bin/env python3
"""Writes tests/data/compare/random/{old,new}/random.txt: 96 synthetic detectors whose
sample sizes straddle every limit of benchstat's statistics (1..80 values; the exact U
test limits 25 and 50, the exact CI limit 30) with heavy ties, no ties, few distinct
values and skewed values. The expected answers are the reference program's:
  tools/benchstat-reference/run.sh files tests/data/compare/random/old/random.txt -- \
      tests/data/compare/random/new/random.txt > tests/data/compare/random-reference.json
"""
import os
import random
import sys

SIZES = [1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 20, 24, 25, 26, 29, 30, 31, 35, 49, 50, 51, 60, 80]
out = sys.argv[1] if len(sys.argv) > 1 else "tests/data/compare/random"
for side in ("old", "new"):
    lines = ["goos: linux", "goarch: amd64", "pkg: example.com/random", "cpu: synthetic"]
    for d in range(96):
        r = random.Random(d * 2 + (side == "new"))
        n = r.choice(SIZES)
        mode = d % 4
        shift = 1.0 if side == "old" else 1.0 + (d % 5 - 2) * 0.01
        for _ in range(n):
            if mode == 0:
                v = round(r.gauss(100 * shift, 1), 0)  # heavy ties
            elif mode == 1:
                v = round(r.gauss(100 * shift, 1), 4)  # (almost surely) no ties
            elif mode == 2:
                v = float(r.choice([3, 3, 3, 4]))  # few distinct values
            else:
                v = round(r.expovariate(1) * shift, 2)  # skewed
            lines.append("BenchmarkD%03d-4 \t 1000 \t %r ns/op" % (d, v))
    os.makedirs(os.path.join(out, side), exist_ok=True)
    with open(os.path.join(out, side, "random.txt"), "w") as f:
        f.write("\n".join(lines) + "\nPASS\n")
