#!/usr/bin/env python3
"""Known answers for tests/test_change_points.cpp, computed by Apache Otava itself.

Runs otava.analysis.compute_change_points() from an extracted Otava snapshot (SPEC §9:
commit 1ceb153, 2026-04-22) on fixed series and prints the C++ rows of the data table
in test_change_points.cpp. Nothing here re-implements Otava: the answers come from its
own split()/merge() on Debian's numpy 1.24 / scipy 1.10.

    git --git-dir=<mirror of apache/otava> archive 1ceb153 otava | tar x -C /tmp/otava
    /usr/bin/python3 tools/otava-reference/known_answers.py /tmp/otava > rows.inc

Series are written out in full (repr of each double), so the C++ test does not depend
on numpy's random generator; the seeds below only make regeneration reproducible.
"""
import sys

import numpy as np

sys.path.insert(0, sys.argv[1] if len(sys.argv) > 1 else "/tmp/otava")
from otava.analysis import compute_change_points  # noqa: E402


def noisy_steps(seed, levels, sigma, decimals=2):
    """Piecewise-constant levels [(length, mean), ...] plus Gaussian noise, rounded."""
    rng = np.random.RandomState(seed)
    out = []
    for length, mean in levels:
        out += [round(float(v), decimals) for v in rng.normal(mean, sigma, length)]
    return out


def cases():
    # SPEC §9 known answers.
    yield ("spec: two steps, p 0.01",
           [0.3, 2.4, 1.5, -0.9, -0.5, 99.7, 98.3, 99.1, 149.0, 149.7, 149.5, 149.1, 148.8,
            150.0], 50, 0.01, 0.0)
    yield ("spec: window 10, p 0.0001",
           [1.02, 0.95, 0.99, 1.00, 1.12, 1.00, 1.01, 0.98, 1.01, 0.96, 0.50, 0.51, 0.48,
            0.48, 0.55, 0.50, 0.49, 0.51, 0.50, 0.49], 10, 0.0001, 0.0)
    yield ("spec: constant", [4.2] * 30, 50, 0.001, 0.0)
    yield ("spec: 7s then 8s, p = 0", [7.0] * 40 + [8.0] * 40, 50, 0.001, 0.0)
    # Degenerate lengths: nothing to split, or a two-point split (Otava's p = 1).
    yield ("empty", [], 50, 0.001, 0.0)
    yield ("one point", [3.0], 50, 0.001, 0.0)
    yield ("two points", [1.0, 100.0], 50, 0.5, 0.0)
    # Our own series.
    yield ("noisy steps, 60 points, one window",
           noisy_steps(11, [(20, 10.0), (25, 12.0), (15, 9.0)], 0.6), 50, 0.001, 0.0)
    yield ("noisy steps, 300 points, window 30",
           noisy_steps(12, [(40, 100.0), (70, 104.0), (35, 99.0), (90, 103.0), (65, 110.0)],
                       2.0), 30, 0.001, 0.0)
    yield ("restarts, 150 points, window 20",
           noisy_steps(13, [(13, 5.0), (9, 7.0), (31, 6.0), (17, 8.5), (40, 7.5), (40, 9.0)],
                       0.5), 20, 0.001, 0.0)
    yield ("ties: small integers, window 24",
           [float(v) for v in np.random.RandomState(14).randint(1, 4, 45)]
           + [float(v) for v in np.random.RandomState(15).randint(3, 6, 40)], 24, 0.001, 0.0)
    yield ("ties: two-valued blocks",
           [1.0, 2.0] * 8 + [2.0, 3.0] * 8 + [1.0, 2.0] * 8, 50, 0.01, 0.0)
    yield ("min magnitude 0.05 merges a small step",
           noisy_steps(16, [(30, 200.0), (30, 204.0), (30, 260.0)], 1.0), 50, 0.001, 0.05)
    yield ("min magnitude 0, same series",
           noisy_steps(16, [(30, 200.0), (30, 204.0), (30, 260.0)], 1.0), 50, 0.001, 0.0)
    yield ("weak points merged, 120 points, window 16",
           noisy_steps(17, [(25, 1.0), (30, 1.3), (30, 1.1), (35, 1.6)], 0.25, 3), 16, 0.0005,
           0.0)
    yield ("means around zero, 40 points",
           noisy_steps(18, [(20, 0.0), (20, 3.0)], 1.0), 50, 0.001, 0.0)
    # Rules that only show at exact boundaries and ties.
    yield ("max_pvalue 0: even p = 0 is dropped", [7.0] * 40 + [8.0] * 40, 50, 0.0, 0.0)
    yield ("magnitude equal to min_magnitude is dropped", [1.0] * 20 + [2.0] * 20, 50, 0.001,
           1.0)
    yield ("magnitude just below min_magnitude is kept", [1.0] * 20 + [2.0] * 20, 50, 0.001,
           0.99)
    yield ("a halving: the backward change is the magnitude",
           noisy_steps(20, [(25, 100.0), (25, 50.0)], 2.0), 50, 0.001, 0.7)
    yield ("two points, max_pvalue 1.5: p = 1 is kept", [1.0, 100.0], 50, 1.5, 0.0)
    yield ("NaN p (equal constant halves) stops the split", [2.0, 0.0, 0.0, 0.0, 1.0], 64, 0.01,
           0.0)
    yield ("tied p = 1 of two-point segments: the first goes",
           [18.283, 42.446, 25.804, 55.53, 1.036, 101.38, 60.731, 82.296, 37.866, 63.281,
            38.004], 50, 0.6, 0.0)
    yield ("tied magnitudes: the first goes, its right neighbour is refreshed",
           [8.0] * 10 + [16.0] * 10 + [32.0] * 10, 50, 0.001, 1.5)
    yield ("max_pvalue 0.2 relaxes 2x, window 12",
           noisy_steps(19, [(18, 50.0), (18, 51.0), (18, 49.5)], 1.0), 12, 0.2, 0.0)


def cpp_double(v):
    v = float(v)
    if v != v:
        return "kNaN"
    if v in (float("inf"), float("-inf")):
        return ("" if v > 0 else "-") + "kInf"
    r = repr(v)
    return r if ("." in r or "e" in r) else r + ".0"


def main():
    for name, series, window, max_p, min_mag in cases():
        cps, _ = compute_change_points(list(series), window, max_p, min_mag)
        print(f'    QTest::addRow("{name}")')
        print(f"        << QList<double>{{{', '.join(cpp_double(v) for v in series)}}}")
        print(f"        << {window} << {cpp_double(max_p)} << {cpp_double(min_mag)}")
        print("        << QList<Expected>{")
        for cp in cps:
            s = cp.stats
            fields = [cp.index, s.mean_1, s.mean_2, s.std_1, s.std_2,
                      s.forward_change_percent(), s.pvalue]
            print("            {" + str(fields[0]) + ", "
                  + ", ".join(cpp_double(f) for f in fields[1:]) + "},")
        print("        };")


if __name__ == "__main__":
    main()
