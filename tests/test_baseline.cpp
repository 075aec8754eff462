// baselines.json (SPEC §2.3): every tolerated form, broken files, and the re-baselining
// proposal, which must keep the committed file's form and parse back to the medians.
#include "bench/AllocationsAnalysis.h"
#include "bench/Baseline.h"
#include "bench/BaselineProposal.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace gatehouse;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(GATEHOUSE_TEST_DATA "/baseline/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

std::optional<Baseline> load(const QString &name, ParseIssues *issuesOut = nullptr)
{
    ParseIssues issues;
    auto baseline = parseBaseline(fixture(name), name, issues);
    if (issuesOut)
        *issuesOut = issues;
    return baseline;
}

// One run per id; every detector gets `samples` at the given allocs/op (and B/op = 10x).
QList<BenchRun> runsWith(const QMap<QString, double> &allocsByDetector, int runs = 10)
{
    QList<BenchRun> out;
    for (int r = 0; r < runs; ++r) {
        BenchRun run;
        run.identity.runId = QString::number(100 + r);
        QMap<DetectorKey, UnitSamples> samples;
        for (auto it = allocsByDetector.cbegin(); it != allocsByDetector.cend(); ++it) {
            UnitSamples &s = samples[{QStringLiteral("example.com/detectors"), it.key()}];
            s[QStringLiteral("allocs/op")] = QVector<double>(10, it.value());
            s[QStringLiteral("B/op")] = QVector<double>(10, it.value() * 10);
        }
        run.setSamples(samples);
        out.append(run);
    }
    return out;
}

const QMap<QString, double> kMedians = {{QStringLiteral("DNSParse"), 13},
                                        {QStringLiteral("HTTPHeader"), 7},
                                        {QStringLiteral("NewOne"), 5}};

} // namespace

class TestBaseline : public QObject
{
    Q_OBJECT

private slots:
    void forms_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("wrapper");
        QTest::addColumn<QString>("detector");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("expected"); // NaN: no value

        const double none = std::nan("");
        QTest::addRow("top-level number") << "top_level_numbers.json"
                                          << ""
                                          << "DNSParse"
                                          << "allocs/op" << 12.0;
        QTest::addRow("number is allocs only") << "top_level_numbers.json"
                                               << ""
                                               << "DNSParse"
                                               << "B/op" << none;
        QTest::addRow("metadata key is no detector") << "top_level_numbers.json"
                                                     << ""
                                                     << "version"
                                                     << "allocs/op" << none;
        QTest::addRow("detectors allocs_per_op") << "detectors_objects.json"
                                                 << "detectors"
                                                 << "DNSParse"
                                                 << "allocs/op" << 12.0;
        QTest::addRow("detectors bytes_per_op") << "detectors_objects.json"
                                                << "detectors"
                                                << "DNSParse"
                                                << "B/op" << 320.0;
        QTest::addRow("detectors ns_per_op") << "detectors_objects.json"
                                             << "detectors"
                                             << "DNSParse"
                                             << "ns/op" << 2400.0;
        QTest::addRow("detectors missing unit") << "detectors_objects.json"
                                                << "detectors"
                                                << "HTTPHeader"
                                                << "ns/op" << none;
        QTest::addRow("benchmarks allocs/op field") << "benchmarks_slash.json"
                                                    << "benchmarks"
                                                    << "DNSParse"
                                                    << "allocs/op" << 12.0;
        QTest::addRow("benchmarks B/op field") << "benchmarks_slash.json"
                                               << "benchmarks"
                                               << "DNSParse"
                                               << "B/op" << 320.0;
        QTest::addRow("benchmarks number entry") << "benchmarks_slash.json"
                                                 << "benchmarks"
                                                 << "HTTPHeader"
                                                 << "allocs/op" << 7.0;
        QTest::addRow("key Benchmark + -P") << "keys_prefix_suffix.json"
                                            << ""
                                            << "DNSParse"
                                            << "allocs/op" << 12.0;
        QTest::addRow("key -P only") << "keys_prefix_suffix.json"
                                     << ""
                                     << "HTTPHeader"
                                     << "allocs/op" << 7.0;
        QTest::addRow("key sub-benchmark") << "keys_prefix_suffix.json"
                                           << ""
                                           << "Parse/Decimal"
                                           << "allocs/op" << 3.0;
        QTest::addRow("unknown detector") << "keys_prefix_suffix.json"
                                          << ""
                                          << "Nope"
                                          << "allocs/op" << none;
        QTest::addRow("custom unit by name") << "custom_unit.json"
                                             << "detectors"
                                             << "Decode"
                                             << "MB/s" << 150.0;
        QTest::addRow("exact key wins") << "duplicate_keys.json"
                                        << ""
                                        << "DNSParse"
                                        << "allocs/op" << 12.0;
        QTest::addRow("bad entry gives nothing") << "bad_entries.json"
                                                 << "detectors"
                                                 << "DNSParse"
                                                 << "allocs/op" << none;
        QTest::addRow("bad object field") << "bad_entries.json"
                                          << "detectors"
                                          << "Parse"
                                          << "allocs/op" << none;
        QTest::addRow("good entry beside bad ones") << "bad_entries.json"
                                                    << "detectors"
                                                    << "HTTPHeader"
                                                    << "allocs/op" << 7.0;
    }

    void forms()
    {
        QFETCH(QString, file);
        QFETCH(QString, wrapper);
        QFETCH(QString, detector);
        QFETCH(QString, unit);
        QFETCH(double, expected);
        const auto baseline = load(file);
        QVERIFY(baseline);
        QCOMPARE(baseline->wrapperKey, wrapper);
        const std::optional<double> value = baseline->valueFor(detector, unit);
        if (std::isnan(expected))
            QVERIFY(!value);
        else
            QCOMPARE(value.value_or(-1), expected);
    }

    void problems_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("loads");
        QTest::addColumn<QStringList>("issues"); // "severity line: text piece"
        QTest::addRow("malformed")
            << "malformed.json" << false << QStringList{"error 4: not valid JSON"};
        QTest::addRow("array root")
            << "array_root.json" << false
            << QStringList{"error 0: baselines.json must hold a JSON object"};
        QTest::addRow("wrapper not object") << "wrapper_not_object.json" << false
                                            << QStringList{"error 0: \"detectors\" is an array"};
        QTest::addRow("bad entries")
            << "bad_entries.json" << true
            << QStringList{"warning 0: entry \"DNSParse\" is a string",
                           "warning 0: entry \"Empty\" has no numeric value",
                           "warning 0: entry \"Parse\" field \"allocs_per_op\" is a string"};
        QTest::addRow("duplicate keys")
            << "duplicate_keys.json" << true
            << QStringList{"warning 0: keys \"BenchmarkDNSParse-8\", \"DNSParse\" all name "
                           "detector DNSParse: \"DNSParse\" is used"};
        QTest::addRow("empty") << "empty.json" << true
                               << QStringList{"warning 0: baseline holds no detectors"};
        QTest::addRow("clean") << "detectors_objects.json" << true << QStringList();
    }

    void problems()
    {
        QFETCH(QString, file);
        QFETCH(bool, loads);
        QFETCH(QStringList, issues);
        ParseIssues found;
        QCOMPARE(load(file, &found).has_value(), loads);
        QCOMPARE(found.size(), issues.size());
        for (qsizetype i = 0; i < found.size(); ++i) {
            const ParseIssue &issue = found.at(i);
            QCOMPARE(issue.path, file);
            const QString text = severityName(issue.severity) + QLatin1Char(' ') +
                                 QString::number(issue.line) + QStringLiteral(": ") + issue.message;
            QVERIFY2(text.startsWith(issues.at(i)), qPrintable(text));
        }
    }

    // The proposal parses back to the medians, in the committed file's own form.
    void proposalRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("newKey"); // spelling chosen for the new detector
        QTest::addColumn<bool>("newIsNumber");
        QTest::addColumn<QStringList>("keptKeys"); // keys that must survive as spelled
        QTest::addRow("top-level numbers")
            << "top_level_numbers.json"
            << "NewOne" << true << QStringList{"DNSParse", "HTTPHeader", "version"};
        QTest::addRow("detectors objects")
            << "detectors_objects.json"
            << "BenchmarkNewOne-8" << false
            << QStringList{"BenchmarkDNSParse-8", "BenchmarkHTTPHeader-8"};
        QTest::addRow("benchmarks mixed")
            << "benchmarks_slash.json"
            << "NewOne" << true << QStringList{"DNSParse", "HTTPHeader"};
        QTest::addRow("prefix and -P keys")
            << "keys_prefix_suffix.json"
            << "BenchmarkNewOne" << true
            << QStringList{"BenchmarkDNSParse-4", "HTTPHeader-16", "BenchmarkParse/Decimal-8"};
    }

    void proposalRoundTrip()
    {
        QFETCH(QString, file);
        QFETCH(QString, newKey);
        QFETCH(bool, newIsNumber);
        QFETCH(QStringList, keptKeys);
        const auto current = load(file);
        QVERIFY(current);
        const AllocationsResult result = analyzeAllocations(runsWith(kMedians), current, {});
        const BaselineProposal proposal = proposeBaseline(result, current);

        ParseIssues issues;
        const auto reparsed = parseBaseline(proposal.json, QStringLiteral("proposed.json"), issues);
        QVERIFY(reparsed);
        QVERIFY(issues.isEmpty());
        QCOMPARE(reparsed->wrapperKey, current->wrapperKey);
        for (auto it = kMedians.cbegin(); it != kMedians.cend(); ++it)
            QCOMPARE(reparsed->valueFor(it.key(), QStringLiteral("allocs/op")).value_or(-1),
                     it.value());
        const QJsonObject entries = reparsed->entryObject();
        for (const QString &key : keptKeys)
            QVERIFY2(entries.contains(key), qPrintable(key));
        QVERIFY2(entries.contains(newKey), proposal.json.constData());
        QCOMPARE(entries.value(newKey).isDouble(), newIsNumber);
        // Everything that is not this metric's value stays as committed.
        for (const QString &unit : {QStringLiteral("B/op"), QStringLiteral("ns/op")})
            for (const BaselineEntry &entry : current->entries())
                QCOMPARE(reparsed->valueFor(entry.detector, unit),
                         current->valueFor(entry.detector, unit));
        QCOMPARE(reparsed->valueFor("Parse/Decimal", "allocs/op"),
                 current->valueFor("Parse/Decimal", "allocs/op")); // kept: not in the runs
        for (auto it = current->document.constBegin(); it != current->document.constEnd(); ++it)
            if (it.key() != current->wrapperKey && it.value().isString())
                QCOMPARE(reparsed->document.value(it.key()), it.value()); // metadata kept
    }

    void proposalKeepsOtherObjectFields()
    {
        const auto current = load(QStringLiteral("detectors_objects.json"));
        const BaselineProposal proposal =
            proposeBaseline(analyzeAllocations(runsWith(kMedians), current, {}), current);
        ParseIssues issues;
        const auto reparsed = parseBaseline(proposal.json, "p.json", issues);
        const QJsonObject dns = reparsed->entryObject().value("BenchmarkDNSParse-8").toObject();
        QCOMPARE(dns.value("note").toString(), QStringLiteral("linux runner"));
        QCOMPARE(dns.value("bytes_per_op").toDouble(), 320.0);
        QCOMPARE(dns.value("allocs_per_op").toDouble(), 13.0);
        QCOMPARE(dns.keys(), (QStringList{"allocs_per_op", "bytes_per_op", "note", "ns_per_op"}));
    }

    // The file mostly writes allocs_per_op, but the DNSParse entry says allocs/op: the
    // proposal updates that field instead of adding a second spelling.
    void proposalKeepsAnEntrysOwnSpelling()
    {
        const auto current = load(QStringLiteral("mixed_spelling.json"));
        const BaselineProposal proposal =
            proposeBaseline(analyzeAllocations(runsWith(kMedians), current, {}), current);
        ParseIssues issues;
        const auto reparsed = parseBaseline(proposal.json, "p.json", issues);
        const QJsonObject entries = reparsed->entryObject();
        QCOMPARE(entries.value("DNSParse").toObject(), (QJsonObject{{"allocs/op", 13}}));
        QCOMPARE(entries.value("NewOne").toObject(), (QJsonObject{{"allocs_per_op", 5}}));
        QCOMPARE(entries.value("A").toObject(),
                 (QJsonObject{{"allocs_per_op", 1}, {"bytes_per_op", 2}}));
    }

    void proposalWithoutBaselineIsPlainNumbers()
    {
        const AllocationsResult result = analyzeAllocations(runsWith(kMedians), std::nullopt, {});
        const BaselineProposal proposal = proposeBaseline(result, std::nullopt);
        QCOMPARE(proposal.json,
                 QByteArray("{\n  \"DNSParse\": 13,\n  \"HTTPHeader\": 7,\n  \"NewOne\": 5\n}\n"));
        QCOMPARE(proposal.count(BaselineChangeKind::Added), 3);
    }

    void proposalForAnotherMetricUsesObjects()
    {
        const auto current = load(QStringLiteral("top_level_numbers.json"));
        AllocationsOptions options;
        options.metric = QStringLiteral("B/op");
        const BaselineProposal proposal =
            proposeBaseline(analyzeAllocations(runsWith(kMedians), current, options), current);
        ParseIssues issues;
        const auto reparsed = parseBaseline(proposal.json, "p.json", issues);
        QCOMPARE(reparsed->valueFor("DNSParse", "B/op").value_or(-1), 130.0);
        QCOMPARE(reparsed->valueFor("DNSParse", "allocs/op").value_or(-1), 12.0); // kept
        QCOMPARE(reparsed->valueFor("NewOne", "B/op").value_or(-1), 50.0);
    }

    void diffText()
    {
        const auto current = load(QStringLiteral("keys_prefix_suffix.json"));
        const BaselineProposal proposal =
            proposeBaseline(analyzeAllocations(runsWith(kMedians), current, {}), current);
        const QString diff = baselineDiffText(proposal);
        QVERIFY2(diff.contains(QStringLiteral("12 -> 13 (+1)")), qPrintable(diff));
        QVERIFY(diff.contains(QRegularExpression(QStringLiteral("HTTPHeader +7 +7 +unchanged"))));
        QVERIFY(diff.contains(QRegularExpression(QStringLiteral("NewOne +- +5 +added"))));
        QVERIFY(diff.contains(QRegularExpression(QStringLiteral("Parse/Decimal +3 +kept"))));
        QVERIFY(diff.contains(QStringLiteral("1 changed, 1 added, 1 unchanged, 1 kept")));
    }

    void saveWritesTheProposedBytes()
    {
        QTemporaryDir dir;
        const BaselineProposal proposal =
            proposeBaseline(analyzeAllocations(runsWith(kMedians), std::nullopt, {}), std::nullopt);
        const QString path = dir.filePath(QStringLiteral("sub/baselines.json"));
        QString error;
        QVERIFY2(saveBaselineProposal(proposal, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), proposal.json);
    }

    void deterministicJson()
    {
        QJsonObject inner{
            {"z", 0.1}, {"a", QJsonArray{1, 2.5, true, QJsonValue()}}, {"e", QJsonArray()}};
        QJsonObject root{{"b", inner},
                         {"a", QStringLiteral("q\"u\\o\nte ü 😀")},
                         {"big", 1e21},
                         {"o", QJsonObject()}};
        QCOMPARE(toDeterministicJson(root),
                 QByteArray("{\n"
                            "  \"a\": \"q\\\"u\\\\o\\nte \xc3\xbc \xf0\x9f\x98\x80\",\n"
                            "  \"b\": {\n"
                            "    \"a\": [\n      1,\n      2.5,\n      true,\n      null\n    ],\n"
                            "    \"e\": [],\n"
                            "    \"z\": 0.1\n"
                            "  },\n"
                            "  \"big\": 1000000000000000000000,\n"
                            "  \"o\": {}\n"
                            "}\n"));
    }
};

QTEST_GUILESS_MAIN(TestBaseline)
#include "test_baseline.moc"
