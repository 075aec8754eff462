#!/usr/bin/env python3
"""Random series through Otava and through Gatehouse; report every disagreement.

    differential.py OTAVA_DIR DRIVER [SEED] [CASES]

A case agrees when the indices are equal and every number is within 1e-9 relative
(0 exactly). A disagreement is classified "boundary" when Otava, on that case, compared
a p-value or magnitude with a threshold or with another point's value and the two were
within 1e-12 relative: there scipy 1.10's t distribution (cdflib) and Boost.Math may
round to different sides, e.g. a p-value of exactly 0.4 against first-pass 0.4 that
scipy returns as 0.40000000000000013. Anything else is a real bug.
"""
import json
import math
import subprocess
import sys

import numpy as np

sys.path.insert(0, sys.argv[1])
import otava.analysis as oa  # noqa: E402

DRIVER = sys.argv[2]
rng = np.random.default_rng(int(sys.argv[3]) if len(sys.argv) > 3 else 0)
CASES = int(sys.argv[4]) if len(sys.argv) > 4 else 500

near = []


def _close(a, b):
    """Too close to call: equal (other than the exact 0 and 1 both sides produce) or
    within 1e-12 relative."""
    a, b = float(a), float(b)
    if a == b:
        return a not in (0.0, 1.0)
    return abs(a - b) <= 1e-12 * max(abs(a), abs(b))


class Watched(float):
    """A float that records comparisons too close to call."""

    def _cmp(self, other, op):
        if _close(self, other):
            near.append((float(self), float(other)))
        return op(float(self), float(other))

    def __lt__(self, o): return self._cmp(o, float.__lt__)
    def __le__(self, o): return self._cmp(o, float.__le__)
    def __gt__(self, o): return self._cmp(o, float.__gt__)
    def __ge__(self, o): return self._cmp(o, float.__ge__)


_compare = oa.TTestSignificanceTester.compare


def _watched_compare(self, left, right):
    stats = _compare(self, left, right)
    stats.pvalue = Watched(stats.pvalue)
    return stats


oa.TTestSignificanceTester.compare = _watched_compare
_magnitude = oa.TTestStats.change_magnitude
oa.TTestStats.change_magnitude = lambda self: Watched(_magnitude(self))


def random_case(k):
    n = int(rng.integers(2, 260))
    kind = k % 5
    if kind == 0:  # noisy steps
        cuts = sorted(rng.choice(np.arange(1, n), size=min(int(rng.integers(1, 6)), n - 1),
                                 replace=False)) if n > 2 else []
        bounds = [0] + list(cuts) + [n]
        s = []
        for a, b in zip(bounds, bounds[1:]):
            s += list(rng.normal(rng.normal(0, 5), rng.uniform(0.1, 3), b - a))
        s = [round(float(x), 2) for x in s]
    elif kind == 1:  # small integers: ties everywhere
        s = [float(x) for x in rng.integers(0, 4, n)]
        if n > 10:
            s = s[: n // 2] + [x + 2 for x in s[n // 2:]]
    elif kind == 2:  # three values, sorted or not
        s = [float(rng.integers(0, 3)) for _ in range(n)]
        s = sorted(s) if rng.random() < 0.5 else s
    elif kind == 3:  # many plateaus, positive
        s = np.repeat(rng.uniform(1, 100, 12), int(math.ceil(n / 12)))[:n] + rng.normal(0, 2, n)
        s = [round(float(x), 3) for x in s]
    else:  # heavy tails, full doubles
        s = [float(x) for x in rng.standard_t(3, n) + np.where(np.arange(n) > n // 3, 1.5, 0)]
    window = int(rng.choice([2, 3, 5, 8, 10, 16, 20, 30, 50, 64, 100]))
    max_p = float(rng.choice([1e-4, 1e-3, 0.01, 0.04, 0.1, 0.3, 0.6]))
    min_mag = float(rng.choice([0.0, 0.0, 0.01, 0.05, 0.3]))
    return s, window, max_p, min_mag


def agrees(got, cps):
    if len(got) != len(cps):
        return False
    for g, cp in zip(got, cps):
        s = cp.stats
        want = [s.mean_1, s.mean_2, s.std_1, s.std_2, s.forward_change_percent(), s.pvalue]
        if int(g[0]) != cp.index:
            return False
        for gv, ev in zip(map(float, g[1:]), map(float, want)):
            if math.isnan(ev):
                if not math.isnan(gv):
                    return False
            elif abs(gv - ev) > 1e-9 * abs(ev):
                return False
    return True


def main():
    cases = [random_case(k) for k in range(CASES)]
    lines = "".join(f"{w} {p!r} {m!r} " + " ".join(map(repr, s)) + "\n" for s, w, p, m in cases)
    out = subprocess.run([DRIVER], input=lines, capture_output=True, text=True,
                         check=True).stdout.splitlines()
    points = boundary = real = 0
    for (s, w, p, m), line in zip(cases, out):
        near.clear()
        cps, _ = oa.compute_change_points(list(s), w, p, m)
        points += len(cps)
        got = [x.split() for x in line.split(";") if x.strip()]
        if agrees(got, cps):
            continue
        if near:
            boundary += 1
        else:
            real += 1
            print("DISAGREE", json.dumps({"s": s, "w": w, "p": p, "m": m}))
    print(f"cases {len(cases)}, Otava change points {len(cases) and points}, "
          f"boundary disagreements {boundary}, other disagreements {real}")
    sys.exit(1 if real else 0)


if __name__ == "__main__":
    main()
