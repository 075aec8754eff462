// Writes the embedded demo artifact set (resources/demo/ and resources/demo.qrc)
// deterministically: the same bytes on every run, whatever the machine or locale.
//
// The set tells a story an operator recognises: 44 CI runs in the `gh run download`
// layout with all three artifact kinds, a committed baseline, a whitelist with one stale
// class, one noisy detector and one that drifted, an over-budget install stretch, recurring
// spike reasons, a run on another machine, and a few broken files.
//
// Usage: gatehouse-demo-generator RESOURCES_DIR
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTextStream>
#include <QTimeZone>
#include <cstdint>
#include <cstdio>

namespace {

constexpr int kRuns = 44;
constexpr qint64 kFirstRunId = 9182736400;
const char *const kPkg = "github.com/tracecore/tracecore/internal/detectors";

// xorshift64*: tiny, portable, and identical everywhere (std distributions are not).
class Random
{
public:
    explicit Random(uint64_t seed) : m_state(seed) {}
    uint64_t next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 2685821657736338717ULL;
    }
    // Uniform in [0, 1) from the top 53 bits.
    double uniform() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }
    int range(int lo, int hi) { return lo + static_cast<int>(uniform() * (hi - lo + 1)); }

private:
    uint64_t m_state;
};

struct Writer
{
    QString root;
    QStringList files;
    void write(const QString &relative, const QByteArray &data)
    {
        const QString path = root + QStringLiteral("/demo/") + relative;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            std::exit(1);
        }
        f.write(data);
        files.append(QStringLiteral("demo/") + relative);
    }
};

qint64 runId(int i) { return kFirstRunId + i * 37; }

QString timestamp(int i)
{
    const QDateTime start(QDate(2026, 9, 14), QTime(8, 0), QTimeZone::utc());
    return start.addSecs(static_cast<qint64>(i) * 7 * 3600)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

QByteArray metadata(int i, const QString &branch, const QString &conclusion)
{
    return QStringLiteral("{\n  \"run_id\": %1,\n  \"run_number\": %2,\n  \"run_attempt\": 1,\n"
                          "  \"head_branch\": \"%3\",\n  \"head_sha\": \"%4\",\n"
                          "  \"conclusion\": \"%5\",\n  \"created_at\": \"%6\",\n"
                          "  \"html_url\": \"https://github.com/tracecore/tracecore/actions/runs/%1\"\n}\n")
        .arg(runId(i))
        .arg(1200 + i)
        .arg(branch)
        .arg(QStringLiteral("%1").arg(static_cast<qulonglong>(0x5eed0000 + i * 7919), 8, 16,
                                      QLatin1Char('0')))
        .arg(conclusion, timestamp(i))
        .toUtf8();
}

struct Detector
{
    const char *name;
    int allocs;
    int bytes;
    double ns;
};

const Detector kDetectors[] = {
    {"ExecveDetector", 12, 1184, 842.0},      {"OpenatDetector", 9, 736, 515.0},
    {"ConnectDetector", 9, 912, 1204.0},      {"PtraceDetector", 4, 256, 301.0},
    {"DNSExfilDetector", 18, 2048, 2630.0},   {"FilelessExecDetector/memfd", 7, 640, 977.0},
};

QByteArray benchOutput(int i, Random &rng)
{
    QString out;
    QTextStream s(&out);
    s << "goos: linux\ngoarch: amd64\npkg: " << kPkg << "\n";
    // Run 39 landed on a different runner type: the mixed-machine warning shows it.
    s << "cpu: " << (i == 39 ? "Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz"
                              : "AMD EPYC 7763 64-Core Processor")
      << "\n";
    for (const Detector &d : kDetectors) {
        for (int c = 0; c < 10; ++c) {
            int allocs = d.allocs;
            // The DNS exfil detector is noisy: a stray allocation now and then.
            if (QByteArray(d.name) == "DNSExfilDetector" && rng.uniform() < 0.12)
                allocs += 1;
            // Connect drifted two allocations above its committed baseline (9 -> 11).
            if (QByteArray(d.name) == "ConnectDetector" && i >= 30)
                allocs += 2;
            const double ns = d.ns * (0.93 + 0.14 * rng.uniform());
            // Run 41's Connect benchmark failed once: Go cuts the result line.
            if (i == 41 && QByteArray(d.name) == "ConnectDetector" && c == 3) {
                s << "Benchmark" << d.name << "-4 \t--- FAIL: Benchmark" << d.name << "-4\n"
                  << "    connect_test.go:88: ring buffer full after 4096 events\n";
                continue;
            }
            const int iterations = 1000000 / static_cast<int>(d.ns / 10 + 1);
            s << "Benchmark" << d.name << "-4 \t" << qSetFieldWidth(8) << iterations
              << qSetFieldWidth(0) << "\t" << QString::number(ns, 'f', 1) << " ns/op\t"
              << d.bytes + (allocs - d.allocs) * 16 << " B/op\t" << allocs << " allocs/op\n";
        }
    }
    s << "PASS\nok  \t" << kPkg << "\t" << QString::number(12.5 + i % 5, 'f', 3) << "s\n";
    return out.toUtf8();
}

int installSeconds(int i, Random &rng)
{
    // An over-budget stretch (a slow image registry) in runs 18..25.
    if (i >= 18 && i <= 25)
        return rng.range(305, 395);
    return rng.range(185, 275);
}

struct GateSample
{
    QString policy;
    QString outcome;
    double rate;
    QStringList reasons;
};

GateSample gateSample(int i, Random &rng)
{
    GateSample g;
    g.policy = i < 20 ? QStringLiteral("a6f53e") : QStringLiteral("c0ffee");
    const int basePermille = rng.range(20, 70);
    g.rate = basePermille / 1000.0;
    g.outcome = QStringLiteral("COMMENT");
    static const QStringList background = {QStringLiteral("cache_miss"),
                                           QStringLiteral("network_blip"),
                                           QStringLiteral("dependency_drift")};
    if (rng.uniform() < 0.7)
        g.reasons << background.at(rng.range(0, 2));
    // Recurring spikes: flaky tests and infrastructure time-outs drive most of them.
    if (i % 7 == 3) {
        g.rate = rng.range(180, 260) / 1000.0;
        g.reasons = QStringList{QStringLiteral("flaky_test")};
    } else if (i % 11 == 5) {
        g.rate = rng.range(200, 300) / 1000.0;
        g.reasons = QStringList{QStringLiteral("infra_timeout"), QStringLiteral("network_blip")};
    } else if (i == 33) {
        g.rate = 0.31;
        g.reasons = QStringList{QStringLiteral("oom_killed")};
    }
    // Real failures happen regardless of the unknown rate.
    if (i % 9 == 4 || i == 33)
        g.outcome = QStringLiteral("FAIL");
    else if (g.rate < 0.04)
        g.outcome = QStringLiteral("PASS");
    return g;
}

QByteArray gateJson(int i, const GateSample &g)
{
    QStringList quoted;
    for (const QString &r : g.reasons)
        quoted << QLatin1Char('"') + r + QLatin1Char('"');
    return QStringLiteral("{\n  \"run_id\": %1,\n  \"run_attempt\": 1,\n  \"timestamp\": \"%2\",\n"
                          "  \"policy_hash\": \"%3\",\n  \"outcome\": \"%4\",\n"
                          "  \"unknown_rate\": %5,\n  \"top_reasons\": [%6]\n}\n")
        .arg(runId(i))
        .arg(timestamp(i), g.policy, g.outcome, QString::number(g.rate, 'g', 6),
             quoted.join(QStringLiteral(", ")))
        .toUtf8();
}

void writeFixedFiles(Writer &w)
{
    QByteArray baseline = "{\n  \"detectors\": {\n";
    QStringList entries;
    for (const Detector &d : kDetectors)
        entries << QStringLiteral("    \"Benchmark%1\": {\"allocs_per_op\": %2, \"B/op\": %3}")
                       .arg(QLatin1String(d.name))
                       .arg(d.allocs)
                       .arg(d.bytes);
    baseline += entries.join(QStringLiteral(",\n")).toUtf8() + "\n  }\n}\n";
    w.write(QStringLiteral("baselines.json"), baseline);
    // The demo's rules: the defaults, commented (docs/gatehouse.example.toml says the same).
    w.write(QStringLiteral("gatehouse.toml"), R"(# gatehouse.toml: the rules Gatehouse judges the CI gates by (SPEC §7).
#
# Put it at the root of the artifact folder (or pass --rules FILE; GUI: File > Open Rules…)
# and version it with the repository, so the GUI, the CLI in CI and the Markdown review
# of a pull request all judge by the same rules. A command-line flag or an edit in the GUI
# overrides a value for that run only, and is listed as an override in every report.
# Unknown tables or keys, wrong types and out-of-range values are errors (exit 2).

[bench]                  # allocations gate (SPEC §2)
runs = 10                # judge the last N benchmark runs
metric = "allocs/op"     # allocs/op, B/op, ns/op or any unit in the output
cv_max = 1.0             # percent; a detector is OK when its pooled CV < cv_max
drift_max = 1.0          # |mean - baseline| <= drift_max is within the baseline
gate = "soft"            # soft: report only; hard: `--gate hard` semantics, exit 1 on FAIL

[install]                # install-duration gate (SPEC §3)
runs = 10                # median of the last N runs left after the filters
budget = 300             # seconds; median <= budget passes (exactly 300 passes)
branch = "main"          # "*" = any branch
conclusion = "success"   # "*" = any conclusion
gate = "soft"

[rollout]                # Gate-V1 rollout, COMMENT -> WARN (SPEC §4)
spike_k = 3.0            # spike: unknown_rate > median + max(k * 1.4826 * MAD, delta)
spike_min_delta = 0.05   # ... per policy_hash
# spike_threshold = 0.2  # absolute; replaces the spike rule when set
# warn_threshold = 0.12  # absolute; replaces the WARN rule (median + 3 * 1.4826 * MAD)
warn_window = 40         # the WARN rule looks at the last N runs
readiness_runs = 40      # runs needed before the WARN phase can be judged
fp_max = 0.05            # largest acceptable false-positive rate with the whitelist
stale_blocks = true      # a whitelist class past its review_by date blocks graduation
gate = "soft"

[change_points]          # Otava-style change points on every series (SPEC §9)
window = 50
max_pvalue = 0.001
min_magnitude = 0.0

[compare]                # benchstat-style comparisons (SPEC §10)
alpha = 0.05             # significant when p <= alpha
confidence = 0.95        # level of the medians' confidence intervals
)");

    w.write(QStringLiteral("unknown_whitelist.json"), R"({
  "version": 1,
  "classes": [
    {
      "reason": "cache_miss",
      "note": "Cold build cache on fresh runners; harmless.",
      "owner": "ci-platform",
      "added": "2026-09-20",
      "review_by": "2027-03-31"
    },
    {
      "reason": "infra_*",
      "note": "Runner infrastructure time-outs; tracked upstream.",
      "owner": "sre",
      "added": "2026-08-01",
      "review_by": "2026-10-31"
    },
    {
      "reason": "network_blip",
      "note": "Transient registry connection resets.",
      "owner": "ci-platform",
      "added": "2026-09-20",
      "review_by": "2027-02-28"
    }
  ]
}
)");
}

void writeBrokenFiles(Writer &w)
{
    // A gate result that breaks the [0, 1] rule, a truncated one, a garbage duration,
    // and a benchmark run whose Connect benchmark failed mid-line.
    w.write(QStringLiteral("gate-result-9182738100/gate_result.json"),
            "{\"policy_hash\": \"c0ffee\", \"outcome\": \"COMMENT\", \"unknown_rate\": 1.7, "
            "\"top_reasons\": [\"flaky_test\"]}\n");
    w.write(QStringLiteral("gate-result-9182738137/gate_result.json"),
            "{\"policy_hash\": \"c0ffee\", \"outcome\": \"WARN\", \"unknown_ra");
    w.write(QStringLiteral("helm-install-duration-9182738100/install_to_ready_seconds.txt"),
            "timed out waiting for the condition\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: gatehouse-demo-generator RESOURCES_DIR\n");
        return 2;
    }
    Writer w{QString::fromLocal8Bit(argv[1]), {}};
    QDir(w.root + QStringLiteral("/demo")).removeRecursively();

    Random benchRng(0x6a7e0001), installRng(0x6a7e0002), gateRng(0x6a7e0003);
    for (int i = 0; i < kRuns; ++i) {
        const QString id = QString::number(runId(i));
        const QString benchDir = QStringLiteral("bench-detectors-raw-") + id;
        w.write(benchDir + QStringLiteral("/bench.txt"), benchOutput(i, benchRng));
        w.write(benchDir + QStringLiteral("/metadata.json"),
                metadata(i, QStringLiteral("main"), QStringLiteral("success")));

        const QString installDir = QStringLiteral("helm-install-duration-") + id;
        w.write(installDir + QStringLiteral("/install_to_ready_seconds.txt"),
                QByteArray::number(installSeconds(i, installRng)) + '\n');
        // A few runs came from feature branches or failed; one predates metadata.
        const QString branch = (i % 13 == 6) ? QStringLiteral("feature/ebpf-ringbuf")
                                             : QStringLiteral("main");
        const QString conclusion = (i == 29) ? QStringLiteral("failure")
                                             : QStringLiteral("success");
        if (i != 2)
            w.write(installDir + QStringLiteral("/metadata.json"),
                    metadata(i, branch, conclusion));

        w.write(QStringLiteral("gate-result-") + id + QStringLiteral("/gate_result.json"),
                gateJson(i, gateSample(i, gateRng)));
    }
    writeFixedFiles(w);
    writeBrokenFiles(w);

    w.files.sort();
    QByteArray qrc = "<!DOCTYPE RCC>\n<!-- Generated by gatehouse-demo-generator; do not edit. -->\n"
                     "<RCC version=\"1.0\">\n  <qresource prefix=\"/\">\n";
    for (const QString &f : w.files)
        qrc += "    <file>" + f.toUtf8() + "</file>\n";
    qrc += "  </qresource>\n</RCC>\n";
    QFile qrcFile(w.root + QStringLiteral("/demo.qrc"));
    if (!qrcFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    qrcFile.write(qrc);
    std::printf("wrote %d demo files to %s/demo\n", static_cast<int>(w.files.size()),
                qPrintable(w.root));
    return 0;
}
