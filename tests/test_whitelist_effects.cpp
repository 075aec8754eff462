// Whitelist class effects and candidates (SPEC §11) on the hand-worked set of
// WhitelistTestRuns.h, plus small cases for overlapping classes and the warnings.
//
// Hand computation at the threshold in force t = 0.20 (WARN when rate > 0.20; 8 non-FAIL
// runs). With the whole whitelist: r2 r3 r4 r5 r10 whitelisted, so the non-FAIL runs that
// WARN are r6 (.45) and r9 (.30): FP rate 2/8 = 0.25.
//
// Classes, sorted by reason ('*' sorts before letters):
//  flaky_*        matches flaky_net and flaky_disk: r2 r3 r7 r10 -> matched 4. Without it,
//                 flaky_net is still whitelisted by "flaky_net", flaky_disk is not: only
//                 r3 loses its whitelisting -> decisive 1, spikes_covered 1 (r3 .35 > .30).
//                 FP without it: r3 r6 r9 WARN -> 3/8 = 0.375.
//  flaky_net      matches r2 r7 r10 -> matched 3. Without it "flaky_*" still covers every
//                 flaky_net run -> decisive 0, spikes_covered 0, FP without 2/8 = 0.25.
//                 (Counting the runs this class matches first in file order, where it
//                 comes before flaky_*, would wrongly give decisive 2: r2 and r10.)
//  infra_timeout  r4 -> matched 1, decisive 1, spike no -> 0; stale (review_by
//                 2027-01-01 < 2027-01-15). FP without: r4 (.25) WARNs too -> 3/8 = 0.375.
//  oom            r5 (FAIL) -> matched 1, decisive 1, spikes_covered 1 (.50), fails 1 ->
//                 warning matches_fail. FP without: r5 is a FAIL, not a false positive ->
//                 0.25.
// Spikes by primary reason: flaky_net 2 (r2, r10), flaky_disk 1, oom 1, new_reason 1, so
// flaky_net is the main spike driver: both flaky_* and flaky_net match it.
//
// Candidates (reasons no class matches): alpha (r1), new_reason (r6 r7), other (r9).
//  new_reason: runs 2, spikes 1 (r6), fails 0; added, r6 and r7 are whitelisted: only r9
//              WARNs -> 1/8 = 0.125.
//  other:      runs 1, spikes 0; added: only r6 -> 0.125.
//  alpha:      runs 1, spikes 0; r1 (.05) never WARNs -> still 0.25.
//  Order by rate, then reason: new_reason, other, alpha (not alphabetical).
// With no whitelist at all (FP 6/8): adding flaky_net -> r2 r10 leave (r7 also lists
// new_reason) 4/8 = 0.5; flaky_disk, infra_timeout, new_reason, other each remove one
// WARNing run -> 0.625; alpha (never WARNs) and oom (a FAIL) -> 0.75.
#include "WhitelistTestRuns.h"
#include "rollout/WhitelistEffects.h"
#include "rollout/WhitelistFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

Q_DECLARE_METATYPE(QList<gatehouse::GateRun>)

using namespace gatehouse;
using namespace whitelist_test;

namespace {

QString text(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 17) : QStringLiteral("null");
}

GateRun run(const QString &id, const QString &outcome, double rate, const QStringList &reasons)
{
    GateRun r;
    r.identity.runId = id;
    r.policyHash = QStringLiteral("p1");
    r.outcome = outcome;
    r.unknownRate = rate;
    r.topReasons = reasons;
    return r;
}

Whitelist whitelistOf(const QStringList &reasons)
{
    Whitelist whitelist;
    for (const QString &reason : reasons)
        whitelist.classes.append(makeClass(reason));
    return whitelist;
}

// The definitions of SPEC §11 taken literally: re-classify every run with the whitelist
// minus each class, and with the whitelist plus each candidate, through matchingClass().
// The one-pass implementation must give the same numbers.
bool whitelistedBy(const GateRun &run, const Whitelist &classes)
{
    return !run.topReasons.isEmpty() &&
           std::all_of(run.topReasons.cbegin(), run.topReasons.cend(),
                       [&](const QString &r) { return matchingClass(classes, r) >= 0; });
}

std::optional<double> fpRate(const RolloutResult &result, const Whitelist &classes)
{
    int nonFail = 0, warned = 0;
    for (const RolloutRunRow &row : result.rows) {
        if (row.fail)
            continue;
        ++nonFail;
        warned += row.run.unknownRate > result.warn.threshold && !whitelistedBy(row.run, classes);
    }
    return nonFail ? std::optional<double>(double(warned) / nonFail) : std::nullopt;
}

QJsonObject literalEffectsJson(const RolloutResult &result, const Whitelist &whitelist)
{
    QJsonArray classes;
    QList<std::pair<QString, QJsonObject>> sorted;
    for (qsizetype c = 0; c < whitelist.classes.size(); ++c) {
        const QString pattern = whitelist.classes.at(c).reason;
        Whitelist rest = whitelist;
        rest.classes.removeAt(c);
        int matched = 0, decisive = 0, covered = 0, fails = 0;
        for (const RolloutRunRow &row : result.rows) {
            Whitelist only;
            only.classes = {whitelist.classes.at(c)};
            const bool matches =
                std::any_of(row.run.topReasons.cbegin(), row.run.topReasons.cend(),
                            [&](const QString &r) { return matchingClass(only, r) >= 0; });
            matched += matches;
            fails += matches && row.fail;
            if (whitelistedBy(row.run, whitelist) && !whitelistedBy(row.run, rest)) {
                ++decisive;
                covered += row.spike;
            }
        }
        const std::optional<double> fp = fpRate(result, rest);
        sorted.append(
            {pattern, QJsonObject{{"reason", pattern},
                                  {"matched_runs", matched},
                                  {"decisive_runs", decisive},
                                  {"spikes_covered", covered},
                                  {"fails_matched", fails},
                                  {"fp_rate_without_class", fp ? QJsonValue(*fp) : QJsonValue()}}});
    }
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &entry : sorted)
        classes.append(entry.second);
    QMap<QString, QJsonObject> candidates;
    for (const RolloutRunRow &row : result.rows) {
        QStringList seen;
        for (const QString &r : row.run.topReasons) {
            if (seen.contains(r) || matchingClass(whitelist, r) >= 0)
                continue;
            seen.append(r);
            QJsonObject &o = candidates[r];
            o["reason"] = r;
            o["runs"] = o["runs"].toInt() + 1;
            o["spikes"] = o["spikes"].toInt() + (row.spike ? 1 : 0);
            o["fails"] = o["fails"].toInt() + (row.fail ? 1 : 0);
        }
    }
    QJsonArray candidateArray;
    for (QJsonObject o : candidates) {
        Whitelist more = whitelist;
        more.classes.append(makeClass(o["reason"].toString()));
        const std::optional<double> fp = fpRate(result, more);
        o["fp_rate_if_added"] = fp ? QJsonValue(*fp) : QJsonValue();
        candidateArray.append(o);
    }
    return QJsonObject{{"classes", classes}, {"candidates", candidateArray}};
}

// Only the numbers the literal version computes (warnings and stale are checked above).
QJsonObject comparable(const QJsonObject &effectsJson)
{
    QJsonArray classes;
    for (const QJsonValue &v : effectsJson.value("classes").toArray()) {
        QJsonObject o = v.toObject();
        o.remove("stale");
        o.remove("warnings");
        classes.append(o);
    }
    QJsonArray candidates = effectsJson.value("candidates").toArray();
    // Candidates in reason order here; their rate order is checked by candidateOrder.
    QList<QJsonObject> list;
    for (const QJsonValue &v : candidates)
        list.append(v.toObject());
    std::sort(list.begin(), list.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value("reason").toString() < b.value("reason").toString();
    });
    QJsonArray sortedCandidates;
    for (const QJsonObject &o : list)
        sortedCandidates.append(o);
    return QJsonObject{{"classes", classes}, {"candidates", sortedCandidates}};
}

WhitelistEffects effectsOf(const QList<GateRun> &runs, const Whitelist &whitelist)
{
    RolloutOptions options;
    options.spikeThreshold = 0.5;
    options.warnThreshold = 0.2;
    options.today = handToday();
    return whitelistEffects(analyzeRollout(runs, whitelist, options), whitelist, handToday());
}

} // namespace

class TestWhitelistEffects : public QObject
{
    Q_OBJECT

private slots:
    void classKnownAnswers_data();
    void classKnownAnswers();
    void candidatesKnownAnswers_data();
    void candidatesKnownAnswers();
    void candidateOrder_data();
    void candidateOrder();
    void decisiveWithOverlaps_data();
    void decisiveWithOverlaps();
    void mainSpikeDriver_data();
    void mainSpikeDriver();
    void jsonShape();
    void agreesWithTheLiteralDefinitions();
};

void TestWhitelistEffects::classKnownAnswers_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("matched");
    QTest::addColumn<int>("decisive");
    QTest::addColumn<int>("spikesCovered");
    QTest::addColumn<int>("failsMatched");
    QTest::addColumn<double>("fpWithout");
    QTest::addColumn<bool>("stale");
    QTest::addColumn<QStringList>("warnings");
    QTest::addRow("flaky_*: the glob is decisive for flaky_disk only")
        << 0 << "flaky_*" << 4 << 1 << 1 << 0 << 0.375 << false << QStringList{"main_spike_driver"};
    QTest::addRow("flaky_net: overlapped by flaky_*, never decisive")
        << 1 << "flaky_net" << 3 << 0 << 0 << 0 << 0.25 << false
        << QStringList{"main_spike_driver"};
    QTest::addRow("infra_timeout: stale, its run WARNs without it")
        << 2 << "infra_timeout" << 1 << 1 << 0 << 0 << 0.375 << true << QStringList();
    QTest::addRow("oom: hides a FAIL")
        << 3 << "oom" << 1 << 1 << 1 << 1 << 0.25 << false << QStringList{"matches_fail"};
}

void TestWhitelistEffects::classKnownAnswers()
{
    QFETCH(int, index);
    QFETCH(QString, reason);
    QFETCH(int, matched);
    QFETCH(int, decisive);
    QFETCH(int, spikesCovered);
    QFETCH(int, failsMatched);
    QFETCH(double, fpWithout);
    QFETCH(bool, stale);
    QFETCH(QStringList, warnings);
    const WhitelistEffects effects = whitelistEffects(handResult(), handWhitelist(), handToday());
    QCOMPARE(effects.threshold, 0.20);
    QCOMPARE(text(effects.fpRateWithWhitelist), text(0.25));
    QCOMPARE(effects.classes.size(), 4);
    const WhitelistClassEffect &e = effects.classes.at(index);
    QCOMPARE(e.reason, reason);
    QCOMPARE(e.matchedRuns, matched);
    QCOMPARE(e.decisiveRuns, decisive);
    QCOMPARE(e.spikesCovered, spikesCovered);
    QCOMPARE(e.failsMatched, failsMatched);
    QCOMPARE(text(e.fpRateWithoutClass), text(fpWithout));
    QCOMPARE(e.stale, stale);
    QCOMPARE(e.warnings(), warnings);
}

void TestWhitelistEffects::candidatesKnownAnswers_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("runs");
    QTest::addColumn<int>("spikes");
    QTest::addColumn<int>("fails");
    QTest::addColumn<double>("fpIfAdded");
    QTest::addRow("new_reason first: lowest rate") << 0 << "new_reason" << 2 << 1 << 0 << 0.125;
    QTest::addRow("other: same rate, later name") << 1 << "other" << 1 << 0 << 0 << 0.125;
    QTest::addRow("alpha last: changes nothing") << 2 << "alpha" << 1 << 0 << 0 << 0.25;
}

void TestWhitelistEffects::candidatesKnownAnswers()
{
    QFETCH(int, index);
    QFETCH(QString, reason);
    QFETCH(int, runs);
    QFETCH(int, spikes);
    QFETCH(int, fails);
    QFETCH(double, fpIfAdded);
    const WhitelistEffects effects = whitelistEffects(handResult(), handWhitelist(), handToday());
    QCOMPARE(effects.candidates.size(), 3);
    const WhitelistCandidate &c = effects.candidates.at(index);
    QCOMPARE(c.reason, reason);
    QCOMPARE(c.runs, runs);
    QCOMPARE(c.spikes, spikes);
    QCOMPARE(c.fails, fails);
    QCOMPARE(text(c.fpRateIfAdded), text(fpIfAdded));
}

void TestWhitelistEffects::candidateOrder_data()
{
    QTest::addColumn<bool>("withWhitelist");
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<QStringList>("rates");
    QTest::addRow("hand whitelist") << true << QStringList{"new_reason", "other", "alpha"}
                                    << QStringList{"0.125", "0.125", "0.25"};
    QTest::addRow("no whitelist: every reason")
        << false << QStringList{"flaky_net", "flaky_disk", "infra_timeout", "new_reason", "other",
                                "alpha",     "oom"}
        << QStringList{"0.5", "0.625", "0.625", "0.625", "0.625", "0.75", "0.75"};
}

void TestWhitelistEffects::candidateOrder()
{
    QFETCH(bool, withWhitelist);
    QFETCH(QStringList, order);
    QFETCH(QStringList, rates);
    const Whitelist whitelist = withWhitelist ? handWhitelist() : Whitelist();
    const RolloutResult result = analyzeRollout(
        handGateRuns(), withWhitelist ? std::optional<Whitelist>(whitelist) : std::nullopt,
        handOptions());
    const WhitelistEffects effects = whitelistEffects(result, whitelist, handToday());
    QStringList gotOrder, gotRates;
    for (const WhitelistCandidate &c : effects.candidates) {
        gotOrder.append(c.reason);
        gotRates.append(text(c.fpRateIfAdded));
    }
    QCOMPARE(gotOrder, order);
    QCOMPARE(gotRates, rates);
}

void TestWhitelistEffects::decisiveWithOverlaps_data()
{
    QTest::addColumn<QStringList>("reasons"); // of the one run
    QTest::addColumn<QStringList>("classes"); // file order; output is sorted
    QTest::addColumn<QList<int>>("decisive"); // per class, sorted by reason
    QTest::addColumn<QList<int>>("matched");
    QTest::addRow("glob and exact overlap: neither decisive")
        << QStringList{"flaky_net"} << QStringList{"flaky_net", "flaky_*"} << QList<int>{0, 0}
        << QList<int>{1, 1};
    QTest::addRow("two reasons, one class each: both decisive")
        << QStringList{"a", "b"} << QStringList{"b", "a"} << QList<int>{1, 1} << QList<int>{1, 1};
    QTest::addRow("the same reason listed twice: neither decisive")
        << QStringList{"a"} << QStringList{"a", "a"} << QList<int>{0, 0} << QList<int>{1, 1};
    QTest::addRow("a run not whitelisted at all: nobody decisive")
        << QStringList{"a", "zzz"} << QStringList{"a", "*x"} << QList<int>{0, 0}
        << QList<int>{0, 1}; // sorted: "*x" (no match), "a"
    QTest::addRow("a reason listed twice counts the run once")
        << QStringList{"flaky_a", "flaky_a", "flaky_b"} << QStringList{"flaky_?"} << QList<int>{1}
        << QList<int>{1};
}

void TestWhitelistEffects::decisiveWithOverlaps()
{
    QFETCH(QStringList, reasons);
    QFETCH(QStringList, classes);
    QFETCH(QList<int>, decisive);
    QFETCH(QList<int>, matched);
    const WhitelistEffects effects =
        effectsOf({run("1", "COMMENT", 0.9, reasons)}, whitelistOf(classes));
    QList<int> gotDecisive, gotMatched;
    for (const WhitelistClassEffect &e : effects.classes) {
        gotDecisive.append(e.decisiveRuns);
        gotMatched.append(e.matchedRuns);
    }
    QCOMPARE(gotDecisive, decisive);
    QCOMPARE(gotMatched, matched);
}

void TestWhitelistEffects::mainSpikeDriver_data()
{
    // Spike threshold 0.5 (absolute): rate 0.9 is a spike, 0.1 is not.
    QTest::addColumn<QList<GateRun>>("runs");
    QTest::addColumn<QStringList>("classes");
    QTest::addColumn<QStringList>("drivers");     // classes with the warning, sorted
    QTest::addColumn<QStringList>("mainReasons"); // primary reasons with the most spikes
    QTest::addRow("one top reason")
        << QList<GateRun>{run("1", "COMMENT", 0.9, {"a"}), run("2", "COMMENT", 0.9, {"a"}),
                          run("3", "COMMENT", 0.9, {"b"})}
        << QStringList{"a", "b"} << QStringList{"a"} << QStringList{"a"};
    QTest::addRow("tie: every reason sharing the top count is a driver")
        << QList<GateRun>{run("1", "COMMENT", 0.9, {"b"}), run("2", "COMMENT", 0.9, {"a"}),
                          run("3", "COMMENT", 0.1, {"c"})}
        << QStringList{"a", "c"} << QStringList{"a"} << QStringList{"a", "b"};
    QTest::addRow("tie: the later name is a driver too")
        << QList<GateRun>{run("1", "COMMENT", 0.9, {"a"}), run("2", "COMMENT", 0.9, {"b"})}
        << QStringList{"b"} << QStringList{"b"} << QStringList{"a", "b"};
    QTest::addRow("only the primary reason counts")
        << QList<GateRun>{run("1", "COMMENT", 0.9, {"b", "a"}), run("2", "COMMENT", 0.9, {"b"})}
        << QStringList{"a", "b"} << QStringList{"b"} << QStringList{"b"};
    QTest::addRow("a glob matching the driver")
        << QList<GateRun>{run("1", "COMMENT", 0.9, {"flaky_net"})} << QStringList{"flaky_*", "x"}
        << QStringList{"flaky_*"} << QStringList{"flaky_net"};
    QTest::addRow("no spikes: no driver") << QList<GateRun>{run("1", "COMMENT", 0.1, {"a"})}
                                          << QStringList{"a"} << QStringList() << QStringList();
    QTest::addRow("spikes only without reasons: no driver")
        << QList<GateRun>{run("1", "COMMENT", 0.9, {}), run("2", "COMMENT", 0.1, {"a"})}
        << QStringList{"*"} << QStringList() << QStringList();
}

void TestWhitelistEffects::mainSpikeDriver()
{
    QFETCH(QList<GateRun>, runs);
    QFETCH(QStringList, classes);
    QFETCH(QStringList, drivers);
    QFETCH(QStringList, mainReasons);
    const WhitelistEffects effects = effectsOf(runs, whitelistOf(classes));
    QStringList got;
    for (const WhitelistClassEffect &e : effects.classes)
        if (e.mainSpikeDriver)
            got.append(e.reason);
    QCOMPARE(got, drivers);
    QCOMPARE(effects.mainSpikeReasons, mainReasons);
}

void TestWhitelistEffects::jsonShape()
{
    const QJsonObject json =
        whitelistEffectsToJson(whitelistEffects(handResult(), handWhitelist(), handToday()));
    QCOMPARE(json.keys(), (QStringList{"candidates", "classes", "threshold"}));
    QCOMPARE(json.value("threshold").toDouble(), 0.2);
    const QJsonObject oom = json.value("classes").toArray().at(3).toObject();
    QCOMPARE(oom.keys(),
             (QStringList{"decisive_runs", "fails_matched", "fp_rate_without_class", "matched_runs",
                          "reason", "spikes_covered", "stale", "warnings"}));
    QCOMPARE(oom.value("reason").toString(), QStringLiteral("oom"));
    QCOMPARE(oom.value("warnings").toArray(), QJsonArray{QStringLiteral("matches_fail")});
    const QJsonObject first = json.value("candidates").toArray().at(0).toObject();
    QCOMPARE(first.keys(), (QStringList{"fails", "fp_rate_if_added", "reason", "runs", "spikes"}));
    QCOMPARE(first.value("fp_rate_if_added").toDouble(), 0.125);
    // No runs: the threshold and every rate are null, nothing else.
    const QJsonObject empty = whitelistEffectsToJson(effectsOf({}, whitelistOf({"a"})));
    QVERIFY(empty.value("threshold").isNull());
    QVERIFY(
        empty.value("classes").toArray().at(0).toObject().value("fp_rate_without_class").isNull());
}

void TestWhitelistEffects::agreesWithTheLiteralDefinitions()
{
    // Random runs and whitelists over reasons that globs overlap on, duplicate classes and
    // glob-looking reasons included; 200 rounds.
    const QStringList reasons{"a", "b", "ab", "flaky_x", "flaky_y", "c?", "c1", "zz"};
    const QStringList patterns{"a", "b", "flaky_*", "*b", "a*", "?", "c?", "flaky_x", "a"};
    QRandomGenerator random(4242);
    for (int round = 0; round < 200; ++round) {
        QList<GateRun> runs;
        const int runCount = 1 + random.bounded(30);
        for (int i = 0; i < runCount; ++i) {
            QStringList listed;
            for (int k = random.bounded(4); k > 0; --k)
                listed.append(reasons.at(random.bounded(reasons.size())));
            runs.append(run(QString::number(i), random.bounded(4) == 0 ? "FAIL" : "COMMENT",
                            random.bounded(10) / 10.0, listed));
        }
        Whitelist whitelist;
        for (int k = random.bounded(5); k > 0; --k)
            whitelist.classes.append(makeClass(patterns.at(random.bounded(patterns.size()))));
        RolloutOptions options;
        options.spikeThreshold = 0.6;
        options.warnThreshold = random.bounded(10) / 10.0;
        options.today = handToday();
        const RolloutResult result = analyzeRollout(runs, whitelist, options);
        const QJsonObject fast =
            comparable(whitelistEffectsToJson(whitelistEffects(result, whitelist, handToday())));
        const QJsonObject literal = comparable(literalEffectsJson(result, whitelist));
        QVERIFY2(fast == literal,
                 qPrintable(QStringLiteral("round %1\nfast:    %2\nliteral: %3")
                                .arg(round)
                                .arg(QString::fromUtf8(QJsonDocument(fast).toJson()),
                                     QString::fromUtf8(QJsonDocument(literal).toJson()))));
    }
}

QTEST_GUILESS_MAIN(TestWhitelistEffects)
#include "test_whitelist_effects.moc"
