#!/usr/bin/env python3
"""The peer a user would otherwise write: the three Gatehouse gate analyses in one
straightforward, single-threaded Python script (standard library only).

It walks the source folders (artifact zips read in place with zipfile), parses every
Go benchmark output, install_to_ready_seconds.txt (+ metadata.json), gate_result.json,
unknown_whitelist.json and baselines.json, and computes what `gatehouse-cli report` does:
pooled allocs/op CV per detector over the last 10 runs with baseline drift, the median
install duration of the last 10 main-branch runs, and the rollout per-policy statistics,
spikes (median + max(k*1.4826*MAD, delta)), whitelist classes, WARN false-positive rates
and the rollout_series.csv. It is the benchmark's "peer", not a reference implementation.

Usage: peer_analyses.py SOURCE... [--out DIR]
"""
import argparse
import csv
import fnmatch
import io
import json
import os
import re
import statistics
import sys
import zipfile

BENCH_LINE = re.compile(r"^Benchmark(\S*?)(?:-\d+)?\s+(\d+)\s+(.*)$")
CONFIG_LINE = re.compile(r"^([a-z][^\s:]*):\s*(.*)$")
DIGITS = re.compile(r"(\d+)(?!.*\d)")


def run_id_from(path, data=None):
    for part in reversed(path.split("/")[:-1]):
        m = DIGITS.search(part)
        if m:
            return m.group(1)
    return path


class Loaded:
    def __init__(self):
        self.bench = {}      # run id -> [(pkg, name, allocs)]
        self.install = {}    # run id -> seconds
        self.meta = {}       # run id -> metadata dict
        self.gates = {}      # run id -> gate dict
        self.whitelist = []
        self.baseline = {}
        self.issues = 0


def parse_bench(text, run, loaded):
    pkg = ""
    samples = []
    for line in text.splitlines():
        m = BENCH_LINE.match(line)
        if m:
            fields = m.group(3).split()
            for value, unit in zip(fields[0::2], fields[1::2]):
                if unit == "allocs/op":
                    try:
                        samples.append((pkg, m.group(1), float(value)))
                    except ValueError:
                        loaded.issues += 1
            continue
        c = CONFIG_LINE.match(line)
        if c and c.group(1) == "pkg":
            pkg = c.group(2)
    if samples:
        loaded.bench.setdefault(run, []).extend(samples)


def handle(name, rel, data, at_root, loaded):
    run = run_id_from(rel)
    try:
        if name == "install_to_ready_seconds.txt":
            text = data.decode().strip()
            if not text.isdigit():
                raise ValueError("not a duration")
            loaded.install[run] = int(text)
        elif name == "metadata.json":
            meta = json.loads(data)
            loaded.meta[str(meta.get("run_id", run))] = meta
        elif name == "gate_result.json":
            g = json.loads(data)
            rate = g["unknown_rate"]
            if not isinstance(rate, (int, float)) or not 0 <= rate <= 1:
                raise ValueError("unknown_rate")
            if not g["policy_hash"] or not g["outcome"]:
                raise ValueError("policy_hash/outcome")
            loaded.gates[str(g.get("run_id", run))] = g
        elif name == "unknown_whitelist.json" and at_root:
            w = json.loads(data)
            classes = w if isinstance(w, list) else w.get("classes", [])
            loaded.whitelist = [c if isinstance(c, str) else c["reason"] for c in classes]
        elif name == "baselines.json":
            b = json.loads(data)
            b = b.get("detectors", b.get("benchmarks", b))
            for key, value in b.items():
                key = re.sub(r"-\d+$", "", key)
                key = key[len("Benchmark"):] if key.startswith("Benchmark") else key
                loaded.baseline[key] = value if isinstance(value, (int, float)) \
                    else value.get("allocs_per_op", value.get("allocs/op"))
        elif name.endswith((".txt", ".out", ".log")):
            parse_bench(data.decode("utf-8", "replace"), run, loaded)
    except (ValueError, KeyError, TypeError, AttributeError):
        loaded.issues += 1


def load(sources):
    loaded = Loaded()
    for source in sources:
        for dirpath, _, files in os.walk(source):
            for name in files:
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, source).replace(os.sep, "/")
                if os.path.islink(path) or not os.path.isfile(path):
                    continue
                if name.endswith(".zip"):
                    try:
                        with zipfile.ZipFile(path) as z:
                            for info in z.infolist():
                                if info.is_dir():
                                    continue
                                inner = rel + "/" + info.filename
                                handle(inner.rsplit("/", 1)[-1], inner, z.read(info), False,
                                       loaded)
                    except zipfile.BadZipFile:
                        loaded.issues += 1
                    continue
                with open(path, "rb") as f:
                    handle(name, rel, f.read(), dirpath == source, loaded)
    return loaded


def order_key(run):
    return (0, int(run), "") if run.isdigit() else (1, 0, run)


def allocations(loaded, runs=10, cv_max=1.0, drift_max=1.0):
    selected = sorted(loaded.bench, key=order_key)[-runs:]
    pooled = {}
    for run in selected:
        for pkg, name, value in loaded.bench[run]:
            pooled.setdefault((pkg, name), []).append(value)
    detectors = []
    for (pkg, name), values in sorted(pooled.items()):
        mean = statistics.fmean(values)
        stdev = statistics.stdev(values) if len(values) > 1 else 0.0
        cv = 100.0 * stdev / mean if mean else 0.0
        base = loaded.baseline.get(name)
        drift = mean - base if base is not None else None
        ok = cv < cv_max and (drift is None or abs(drift) <= drift_max)
        detectors.append({"pkg": pkg, "name": name, "samples": len(values), "mean": mean,
                          "stdev": stdev, "cv_percent": cv, "median": statistics.median(values),
                          "min": min(values), "max": max(values), "baseline": base,
                          "drift": drift, "status": "OK" if ok else "OVER"})
    status = "NO_DATA" if not selected else "INSUFFICIENT" if len(selected) < runs else \
        "PASS" if all(d["status"] == "OK" for d in detectors) else "FAIL"
    return {"status": status, "runs": len(selected), "detectors": detectors}


def install(loaded, runs=10, budget=300, branch="main"):
    kept = []
    for run in sorted(loaded.install, key=order_key):
        meta = loaded.meta.get(run)
        if meta and (meta.get("head_branch") != branch or meta.get("conclusion") != "success"):
            continue
        kept.append(run)
    last = kept[-runs:]
    durations = [loaded.install[r] for r in last]
    median = statistics.median(durations) if durations else None
    status = "NO_DATA" if not durations else "INSUFFICIENT" if len(durations) < runs else \
        "PASS" if median <= budget else "FAIL"
    return {"status": status, "runs": len(durations), "median": median, "budget": budget,
            "durations": [{"run_id": r, "seconds": loaded.install[r]} for r in last]}


def whitelisted(reason, patterns):
    return any(fnmatch.fnmatchcase(reason, p) if ("*" in p or "?" in p) else reason == p
               for p in patterns)


def rollout(loaded, out_dir, k=3.0, delta=0.05):
    runs = sorted(loaded.gates, key=order_key)
    by_policy = {}
    for r in runs:
        by_policy.setdefault(loaded.gates[r]["policy_hash"], []).append(r)
    spike = {}
    policies = []
    for policy, members in sorted(by_policy.items()):
        rates = [loaded.gates[r]["unknown_rate"] for r in members]
        m = statistics.median(rates)
        mad = statistics.median([abs(x - m) for x in rates])
        limit = m + max(k * 1.4826 * mad, delta)
        for r in members:
            spike[r] = loaded.gates[r]["unknown_rate"] > limit
        policies.append({"policy_hash": policy, "runs": len(members),
                         "unknown_rate_min": min(rates), "unknown_rate_median": m,
                         "unknown_rate_max": max(rates),
                         "spikes": sum(spike[r] for r in members),
                         "fails": sum(loaded.gates[r]["outcome"] == "FAIL" for r in members)})
    klass = {}
    for r in runs:
        reasons = loaded.gates[r].get("top_reasons", [])
        klass[r] = "none" if not reasons else "whitelisted" if all(
            whitelisted(x, loaded.whitelist) for x in reasons) else "unlisted"
    last = [loaded.gates[r]["unknown_rate"] for r in runs[-40:]]
    warn = None
    if last:
        m = statistics.median(last)
        mad = statistics.median([abs(x - m) for x in last])
        threshold = m + max(3 * 1.4826 * mad, delta)
        non_fail = [r for r in runs if loaded.gates[r]["outcome"] != "FAIL"]
        would = [r for r in non_fail if loaded.gates[r]["unknown_rate"] > threshold]
        fp = len(would) / len(non_fail) if non_fail else None
        fp_wl = (len([r for r in would if klass[r] != "whitelisted"]) / len(non_fail)
                 if non_fail else None)
        warn = {"threshold": threshold, "fp_rate_without_whitelist": fp,
                "fp_rate_with_whitelist": fp_wl}
    if out_dir:
        with open(os.path.join(out_dir, "rollout_series.csv"), "w", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["run_id", "timestamp", "policy_hash", "outcome", "unknown_rate",
                        "top_reasons", "primary_reason", "class", "spike"])
            for r in runs:
                g = loaded.gates[r]
                reasons = g.get("top_reasons", [])
                w.writerow([r, g.get("timestamp", ""), g["policy_hash"], g["outcome"],
                            repr(g["unknown_rate"]), ";".join(reasons),
                            reasons[0] if reasons else "", klass[r], int(spike[r])])
    return {"status": "PASS" if len(runs) >= 40 else "INSUFFICIENT", "runs": len(runs),
            "policies": policies, "warn": warn}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="+")
    parser.add_argument("--out", help="folder for report.json and rollout_series.csv")
    parser.add_argument("--only", choices=["bench", "install", "rollout"])
    args = parser.parse_args()
    if args.out:
        os.makedirs(args.out, exist_ok=True)
    loaded = load(args.sources)
    report = {}
    if args.only in (None, "bench"):
        report["allocations"] = allocations(loaded)
    if args.only in (None, "install"):
        report["install"] = install(loaded)
    if args.only in (None, "rollout"):
        report["rollout"] = rollout(loaded, args.out)
    report["issues"] = loaded.issues
    text = json.dumps(report, indent=2, sort_keys=True)
    if args.out:
        with open(os.path.join(args.out, "report.json"), "w") as f:
            f.write(text + "\n")
    print(" ".join(f"{k}={v['status']}" for k, v in report.items() if isinstance(v, dict)),
          f"issues={loaded.issues}")


if __name__ == "__main__":
    main()
