// gate_result.json reader (SPEC §4.1): valid files read whole, every broken rule gives
// exactly one Error naming the field, and nothing is half-read.
#include "rollout/GateResultParser.h"

#include <QFile>
#include <QtTest>

using namespace gatehouse;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(GATEHOUSE_TEST_DATA "/gate_result/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

} // namespace

class TestGateResult : public QObject
{
    Q_OBJECT

private slots:
    void validFiles_data();
    void validFiles();
    void brokenFiles_data();
    void brokenFiles();
    void syntaxErrorNamesLineAndOffset();
    void timestampWinsOverCreatedAt();
    void bareScalarIsRejected();
};

void TestGateResult::validFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("policyHash");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<double>("unknownRate");
    QTest::addColumn<QStringList>("topReasons");
    QTest::addColumn<QString>("runId");
    QTest::addColumn<int>("runAttempt");
    QTest::addColumn<QString>("timestamp");

    QTest::addRow("full") << "valid.json"
                          << "a6f53e"
                          << "COMMENT" << 0.08 << QStringList{"flaky_test", "network_timeout"}
                          << "9182736455" << 2 << "2026-10-01T12:00:00Z";
    QTest::addRow("minimal") << "valid_minimal.json"
                             << "a6f53e"
                             << "COMMENT" << 0.08 << QStringList{"flaky_test"} << "" << 0 << "";
    QTest::addRow("created_at with offset, unknown field ignored")
        << "valid_created_at.json"
        << "b71c02"
        << "FAIL" << 1.0 << QStringList{} << "gh-77" << 0 << "2026-10-02T12:30:00Z";
    QTest::addRow("null optionals count as absent")
        << "valid_nulls.json"
        << "a6f53e"
        << "PASS" << 0.0 << QStringList{} << "" << 0 << "";
    QTest::addRow("UTF-8 byte order mark") << "valid_bom.json"
                                           << "a6f53e"
                                           << "WARN" << 0.0001 << QStringList{"x"} << "" << 0 << "";
    QTest::addRow("empty top_reasons") << "empty_top_reasons.json"
                                       << "a6f53e"
                                       << "COMMENT" << 0.02 << QStringList{} << "" << 0 << "";
}

void TestGateResult::validFiles()
{
    QFETCH(QString, file);
    ParseIssues issues;
    const std::optional<GateRun> run = parseGateResult(fixture(file), file, issues);
    QVERIFY2(issues.isEmpty(),
             qPrintable(issues.isEmpty() ? QString() : formatIssue(issues.first())));
    QVERIFY(run.has_value());
    QTEST(run->policyHash, "policyHash");
    QTEST(run->outcome, "outcome");
    QTEST(run->unknownRate, "unknownRate");
    QTEST(run->topReasons, "topReasons");
    QTEST(run->identity.runId, "runId");
    QTEST(run->runAttempt, "runAttempt");
    QTEST(formatTimestamp(run->identity.timestamp), "timestamp");
    QCOMPARE(run->identity.path, file);
    QCOMPARE(run->primaryReason(), run->topReasons.isEmpty() ? QString() : run->topReasons.first());
}

void TestGateResult::brokenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message"); // exact message of the single Error

    QTest::addRow("missing policy_hash") << "missing_policy_hash.json"
                                         << "missing field \"policy_hash\" (a non-empty string)";
    QTest::addRow("missing outcome") << "missing_outcome.json"
                                     << "missing field \"outcome\" (a non-empty string)";
    QTest::addRow("missing unknown_rate") << "missing_unknown_rate.json"
                                          << "missing field \"unknown_rate\" (a number in [0, 1])";
    QTest::addRow("missing top_reasons")
        << "missing_top_reasons.json"
        << "missing field \"top_reasons\" (an array of strings, may be empty)";
    QTest::addRow("policy_hash is a number")
        << "policy_hash_number.json"
        << "field \"policy_hash\" must be a non-empty string, found number 6";
    QTest::addRow("outcome empty")
        << "outcome_empty.json"
        << "field \"outcome\" must be a non-empty string, found string \"\"";
    QTest::addRow("unknown_rate 1.5")
        << "unknown_rate_1.5.json"
        << "field \"unknown_rate\" must be a number in [0, 1], found number 1.5";
    QTest::addRow("unknown_rate -0.1")
        << "unknown_rate_negative.json"
        << "field \"unknown_rate\" must be a number in [0, 1], found number -0.1";
    QTest::addRow("unknown_rate as string")
        << "unknown_rate_string.json"
        << "field \"unknown_rate\" must be a number in [0, 1], found string \"0.08\"";
    QTest::addRow("unknown_rate null")
        << "unknown_rate_null.json"
        << "field \"unknown_rate\" must be a number in [0, 1], found null";
    QTest::addRow("top_reasons a string")
        << "top_reasons_string.json"
        << "field \"top_reasons\" must be an array of strings, found string \"flaky_test\"";
    QTest::addRow("top_reasons with a number")
        << "top_reasons_number_element.json"
        << "field \"top_reasons[1]\" must be a non-empty string, found number 7";
    QTest::addRow("run_attempt negative")
        << "run_attempt_negative.json"
        << "field \"run_attempt\" must be a non-negative integer, found number -1";
    QTest::addRow("run_attempt fraction")
        << "run_attempt_fraction.json"
        << "field \"run_attempt\" must be a non-negative integer, found number 1.5";
    QTest::addRow("run_id bool")
        << "run_id_bool.json"
        << "field \"run_id\" must be a non-negative integer or a non-empty string, found true";
    QTest::addRow("bad timestamp")
        << "bad_timestamp.json"
        << "field \"timestamp\" must be an ISO 8601 date-time string, found string \"yesterday\"";
    QTest::addRow("created_at a number beside a good timestamp")
        << "bad_created_at.json"
        << "field \"created_at\" must be an ISO 8601 date-time string, found number 1759320000";
    QTest::addRow("non-object")
        << "non_object.json"
        << "expected a JSON object with policy_hash, outcome, unknown_rate and top_reasons, "
           "found an array";
    QTest::addRow("empty file") << "empty.json"
                                << "the file is empty; expected a JSON object";
}

void TestGateResult::brokenFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    ParseIssues issues;
    const std::optional<GateRun> run = parseGateResult(fixture(file), file, issues);
    QVERIFY(!run.has_value());
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, Severity::Error);
    QCOMPARE(issues.first().path, file);
    QCOMPARE(issues.first().message, message);
}

void TestGateResult::syntaxErrorNamesLineAndOffset()
{
    struct Case
    {
        const char *file;
        int line;
    };
    for (const Case &c : {Case{"truncated.json", 3}, Case{"binary.json", 1}}) {
        ParseIssues issues;
        const QString file = QString::fromLatin1(c.file);
        QVERIFY(!parseGateResult(fixture(file), file, issues).has_value());
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().severity, Severity::Error);
        QCOMPARE(issues.first().line, c.line);
        QVERIFY2(issues.first().message.startsWith(QLatin1String("not valid JSON: ")),
                 qPrintable(issues.first().message));
        QVERIFY2(issues.first().message.contains(QLatin1String(" at offset ")),
                 qPrintable(issues.first().message));
    }
}

void TestGateResult::timestampWinsOverCreatedAt()
{
    ParseIssues issues;
    const auto run = parseGateResult(
        R"({"policy_hash":"p","outcome":"PASS","unknown_rate":0.5,"top_reasons":[],
            "created_at":"2026-01-01T00:00:00Z","timestamp":"2026-02-01T00:00:00Z"})",
        QStringLiteral("t.json"), issues);
    QVERIFY(run.has_value());
    QCOMPARE(formatTimestamp(run->identity.timestamp), QStringLiteral("2026-02-01T00:00:00Z"));
}

void TestGateResult::bareScalarIsRejected()
{
    ParseIssues issues;
    QVERIFY(!parseGateResult("0.08", QStringLiteral("s.json"), issues).has_value());
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, Severity::Error);
}

QTEST_GUILESS_MAIN(TestGateResult)
#include "test_gate_result.moc"
