#!/usr/bin/env python3
"""Deterministic synthetic CI artifact set for the Gatehouse benchmark (standard library only).

Writes RUNS CI runs in the layout `gh run download` produces: one folder per artifact,
named after the artifact and ending in the run id, with three artifacts per run:

  bench-detectors-raw-<id>/bench.txt              go test -bench -benchmem -count=10 output
  install-duration-<id>/install_to_ready_seconds.txt (+ metadata.json in every 5th run)
  gate-result-<id>/gate_result.json

plus unknown_whitelist.json and baselines.json at the root. About 3.2 files per run:
1k runs ~ 3.2k files, 10k ~ 32k, 100k ~ 320k.

--zip writes every artifact as <artifact>.zip (read in place by Gatehouse) instead of a
folder. --broken F turns a deterministic fraction F of the artifacts into broken files
(truncated JSON, a non-number duration, a benchmark line cut by --- FAIL). The same
arguments give the same bytes on every machine: the random source is a fixed xorshift64*.

Usage: generate_artifacts.py OUT_DIR --runs N [--zip] [--broken 0.01] [--detectors 6]
"""
import argparse
import os
import shutil
import sys
import zipfile

FIRST_RUN_ID = 9_100_000_000
PKG = "github.com/tracecore/tracecore/internal/detectors"
DETECTORS = ["Secrets", "Entropy", "AWSKeys", "GitHubToken", "PrivateKey", "JWT",
             "Slack/Webhook", "Stripe/Live", "Generic/HighEntropy", "Azure/Storage"]
POLICIES = ["a6f53e", "b71c02", "c9e4d8"]
REASONS = ["flaky_test", "network_timeout", "infra_quota", "unknown_runner",
           "cache_miss", "oom_killed", "dns_failure", "registry_429"]
MASK = (1 << 64) - 1


class Random:
    """xorshift64*: identical everywhere, unlike random.Random across versions."""

    def __init__(self, seed):
        self.state = seed & MASK or 1

    def next(self):
        s = self.state
        s ^= s >> 12
        s ^= (s << 25) & MASK
        s ^= s >> 27
        self.state = s
        return (s * 2685821657736338717) & MASK

    def uniform(self):
        return (self.next() >> 11) / 9007199254740992.0

    def range(self, lo, hi):
        return lo + int(self.uniform() * (hi - lo + 1))


def bench_text(rng, run_index, detectors, broken):
    lines = ["goos: linux", "goarch: amd64", f"pkg: {PKG}",
             "cpu: AMD EPYC 7763 64-Core Processor"]
    for d_index, name in enumerate(detectors):
        base_allocs = 10 + 3 * d_index
        for count in range(10):
            allocs = base_allocs + (1 if rng.uniform() < 0.02 else 0)
            ns = 1500 + 200 * d_index + rng.range(0, 120)
            bytes_op = 512 + 64 * d_index
            iters = 700000 + rng.range(0, 5000)
            lines.append(f"Benchmark{name}-4   \t{iters}\t{ns:>10} ns/op\t"
                         f"{bytes_op:>6} B/op\t{allocs:>6} allocs/op")
        if broken and d_index == 0:
            lines.append(f"Benchmark{name}-4   \t--- FAIL: Benchmark{name}-4")
    lines.append("PASS")
    lines.append(f"ok  \t{PKG}\t{12 + run_index % 7}.{run_index % 1000:03d}s")
    return ("\n".join(lines) + "\n").encode()


def install_text(rng, broken):
    if broken:
        return b"timeout\n"
    return f"{rng.range(180, 330)}\n".encode()


def metadata_json(run_id, day, second, branch):
    return (f'{{"run_id": {run_id}, "run_attempt": 1, "head_branch": "{branch}", '
            f'"head_sha": "{run_id:040x}", "conclusion": "success", '
            f'"created_at": "{created_at(day, second)}"}}\n').encode()


def created_at(day, second):
    # Days from 2026-01-01 on a 28-day-month calendar: valid ISO dates, strictly increasing.
    month, dom = divmod(day, 28)
    year, month = divmod(month, 12)
    h, rest = divmod(second, 3600)
    m, s = divmod(rest, 60)
    return f"{2026 + year:04d}-{month + 1:02d}-{dom + 1:02d}T{h:02d}:{m:02d}:{s:02d}Z"


def gate_json(rng, run_id, run_index, broken):
    policy = POLICIES[min(run_index * len(POLICIES) // max(1, ARGS.runs), len(POLICIES) - 1)]
    rate = rng.range(0, 12) / 100.0
    if rng.uniform() < 0.05:
        rate = rng.range(20, 45) / 100.0
    n_reasons = rng.range(0, 3)
    reasons = [REASONS[rng.range(0, len(REASONS) - 1)] for _ in range(n_reasons)]
    outcome = "FAIL" if rng.uniform() < 0.08 else ("WARN" if rate > 0.2 else "COMMENT")
    reasons_json = ", ".join(f'"{r}"' for r in reasons)
    text = (f'{{"run_id": {run_id}, "policy_hash": "{policy}", "outcome": "{outcome}", '
            f'"unknown_rate": {rate:g}, "top_reasons": [{reasons_json}]}}\n')
    if broken:
        text = text[: len(text) // 2]
    return text.encode()


WHITELIST = b"""{
  "version": 1,
  "classes": [
    {"reason": "flaky_test", "note": "known flake", "owner": "ci", "added": "2026-01-01",
     "review_by": "2027-01-15"},
    {"reason": "infra_*", "note": "infra", "owner": "sre", "added": "2026-01-01",
     "review_by": "2026-06-01"}
  ]
}
"""


def baselines(detectors):
    items = [f'  "Benchmark{name}": {{"allocs_per_op": {10 + 3 * i}}}'
             for i, name in enumerate(detectors)]
    return ("{\n" + ",\n".join(items) + "\n}\n").encode()


class FolderWriter:
    def __init__(self, root):
        self.root = root
        self.files = 0

    def artifact(self, name, files):
        folder = os.path.join(self.root, name)
        os.mkdir(folder)
        for file_name, data in files:
            with open(os.path.join(folder, file_name), "wb") as f:
                f.write(data)
            self.files += 1


class ZipWriter(FolderWriter):
    def artifact(self, name, files):
        with zipfile.ZipFile(os.path.join(self.root, name + ".zip"), "w",
                             zipfile.ZIP_DEFLATED) as z:
            for file_name, data in files:
                info = zipfile.ZipInfo(file_name, date_time=(2026, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o100644 << 16
                z.writestr(info, data)
        self.files += 1


def main():
    global ARGS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--runs", type=int, required=True)
    parser.add_argument("--zip", action="store_true", help="one zip per artifact")
    parser.add_argument("--broken", type=float, default=0.0,
                        help="fraction of broken artifacts (deterministic)")
    parser.add_argument("--detectors", type=int, default=6)
    parser.add_argument("--seed", type=int, default=20260101)
    ARGS = parser.parse_args()
    if os.path.exists(ARGS.out):
        shutil.rmtree(ARGS.out)
    os.makedirs(ARGS.out)
    detectors = DETECTORS[: max(1, min(ARGS.detectors, len(DETECTORS)))]
    writer = (ZipWriter if ARGS.zip else FolderWriter)(ARGS.out)
    rng = Random(ARGS.seed)
    broken_every = int(round(1 / ARGS.broken)) if ARGS.broken > 0 else 0
    with open(os.path.join(ARGS.out, "unknown_whitelist.json"), "wb") as f:
        f.write(WHITELIST)
    with open(os.path.join(ARGS.out, "baselines.json"), "wb") as f:
        f.write(baselines(detectors))
    for i in range(ARGS.runs):
        run_id = FIRST_RUN_ID + 7 * i
        broken = broken_every > 0 and i % broken_every == broken_every - 1
        kind = i % 3  # which artifact of a broken run is broken
        writer.artifact(f"bench-detectors-raw-{run_id}",
                        [("bench.txt", bench_text(rng, i, detectors, broken and kind == 0))])
        install = [("install_to_ready_seconds.txt", install_text(rng, broken and kind == 1))]
        if i % 5 == 0:
            branch = "main" if i % 15 else "feature/x"
            install.append(("metadata.json", metadata_json(run_id, i // 48, (i % 48) * 1800,
                                                           branch)))
        writer.artifact(f"install-duration-{run_id}", install)
        writer.artifact(f"gate-result-{run_id}",
                        [("gate_result.json", gate_json(rng, run_id, i, broken and kind == 2))])
    print(f"{ARGS.out}: {ARGS.runs} runs, {writer.files + 2} files", file=sys.stderr)


if __name__ == "__main__":
    main()
