// `whitelist check` in core (SPEC §11): class states active / due / stale, the exit code of
// a result, and issues that name the file and the line of the class at fault.
#include "rollout/WhitelistCheck.h"

#include <QtTest>

using namespace gatehouse;

namespace {

const QDate kToday(2027, 1, 15);

QString messages(const ParseIssues &issues)
{
    QStringList lines;
    for (const ParseIssue &issue : issues)
        lines.append(formatIssue(issue));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestWhitelistCheck : public QObject
{
    Q_OBJECT

private slots:
    void classState_data();
    void classState();
    void exitCode_data();
    void exitCode();
    void issuesNameTheLine_data();
    void issuesNameTheLine();
    void classLines_data();
    void classLines();
    void unreadableFile();
};

void TestWhitelistCheck::classState_data()
{
    // Today is 2027-01-15. Stale only after review_by (SPEC §4.2); due within --due-days.
    QTest::addColumn<QString>("reviewBy");
    QTest::addColumn<int>("dueDays");
    QTest::addColumn<QString>("state");
    QTest::addRow("no review_by") << "" << 14 << "active";
    QTest::addRow("yesterday: stale") << "2027-01-14" << 14 << "stale";
    QTest::addRow("long ago: stale") << "2026-01-01" << 14 << "stale";
    QTest::addRow("today: due, not yet stale") << "2027-01-15" << 14 << "due";
    QTest::addRow("14 days ahead: due") << "2027-01-29" << 14 << "due";
    QTest::addRow("15 days ahead: active") << "2027-01-30" << 14 << "active";
    QTest::addRow("due-days 0, today: due") << "2027-01-15" << 0 << "due";
    QTest::addRow("due-days 0, tomorrow: active") << "2027-01-16" << 0 << "active";
    QTest::addRow("due-days 30, 30 days ahead: due") << "2027-02-14" << 30 << "due";
}

void TestWhitelistCheck::classState()
{
    QFETCH(QString, reviewBy);
    QFETCH(int, dueDays);
    QFETCH(QString, state);
    WhitelistClass cls;
    cls.reason = QStringLiteral("flaky_test");
    cls.reviewBy = reviewBy;
    QCOMPARE(whitelistClassStateName(whitelistClassState(cls, kToday, dueDays)), state);
}

void TestWhitelistCheck::exitCode_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("stale");
    QTest::addColumn<int>("due");
    QTest::addRow("active and due only: 0")
        << QByteArray(R"({"version": 1, "classes": [{"reason": "a", "review_by": "2027-06-01"},
                         {"reason": "b", "review_by": "2027-01-20"}, {"reason": "c"}]})")
        << 0 << 0 << 1;
    QTest::addRow("one stale: 1") << QByteArray(
                                         R"({"classes": [{"reason": "a", "review_by": "2027-01-14"},
                         {"reason": "b", "review_by": "2027-06-01"}]})")
                                  << 1 << 1 << 0;
    QTest::addRow("bare array: valid, no dates: 0") << QByteArray(R"(["a", "b*"])") << 0 << 0 << 0;
    QTest::addRow("no classes: 0") << QByteArray(R"({"classes": []})") << 0 << 0 << 0;
    QTest::addRow("a duplicate reason is only a warning: 0")
        << QByteArray(R"({"classes": ["a", "a"]})") << 0 << 0 << 0;
    QTest::addRow("bad review_by date: 2 (the loader only warns)")
        << QByteArray(R"({"classes": [{"reason": "a", "review_by": "2027-13-01"}]})") << 2 << 0
        << 0;
    QTest::addRow("bad added date: 2")
        << QByteArray(R"({"classes": [{"reason": "a", "added": "yesterday"}]})") << 2 << 0 << 0;
    QTest::addRow("stale and invalid: 2 wins")
        << QByteArray(R"({"classes": [{"reason": "a", "review_by": "2027-01-01"}, {"note": 1}]})")
        << 2 << 0 << 0;
    QTest::addRow("not JSON: 2") << QByteArray("{") << 2 << 0 << 0;
}

void TestWhitelistCheck::exitCode()
{
    QFETCH(QByteArray, file);
    QFETCH(int, exitCode);
    QFETCH(int, stale);
    QFETCH(int, due);
    const WhitelistCheckResult result =
        checkWhitelist(file, QStringLiteral("unknown_whitelist.json"), kToday, 14);
    QVERIFY2(result.exitCode() == exitCode, qPrintable(messages(result.issues)));
    QCOMPARE(result.stale, stale);
    QCOMPARE(result.due, due);
}

void TestWhitelistCheck::issuesNameTheLine_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::addRow("JSON syntax error")
        << QByteArray("{\n  \"classes\": [\n    {\"reason\": \"a\",,}\n"
                      "  ]\n}\n")
        << 3 << "not valid JSON";
    QTest::addRow("second class has no reason")
        << QByteArray("{\n  \"version\": 1,\n  \"classes\": [\n    {\n      \"reason\": \"a\"\n"
                      "    },\n    {\n      \"note\": \"x\"\n    }\n  ]\n}\n")
        << 7 << "classes[1] has no \"reason\"";
    QTest::addRow("bad review_by on the third class")
        << QByteArray("{\"classes\": [\n  \"a\",\n  {\"reason\": \"b\"},\n  {\"reason\": \"c\",\n"
                      "   \"review_by\": \"15.01.2027\"}\n]}\n")
        << 4 << "review_by \"15.01.2027\" is not a YYYY-MM-DD date";
    QTest::addRow("bare array with a number")
        << QByteArray("[\n  \"a\",\n  3\n]\n") << 3 << "[1] must be a non-empty reason";
    QTest::addRow("a duplicate reason: warning at the second entry")
        << QByteArray("{\"classes\": [\n  \"a\",\n  \"b\",\n  {\"reason\": \"a\"}\n]}\n") << 4
        << "reason \"a\" is listed more than once";
    QTest::addRow("no classes field: no class to point at")
        << QByteArray("{\n  \"version\": 1\n}\n") << 0 << "missing field \"classes\"";
}

void TestWhitelistCheck::issuesNameTheLine()
{
    QFETCH(QByteArray, file);
    QFETCH(int, line);
    QFETCH(QString, message);
    const QString path = QStringLiteral("ci/unknown_whitelist.json");
    const WhitelistCheckResult result = checkWhitelist(file, path, kToday, 14);
    const bool warningOnly = message.contains(QLatin1String("more than once"));
    QCOMPARE(result.exitCode(), warningOnly ? 0 : 2);
    QCOMPARE(result.valid, warningOnly);
    const Severity severity = warningOnly ? Severity::Warning : Severity::Error;
    const auto it =
        std::find_if(result.issues.cbegin(), result.issues.cend(),
                     [severity](const ParseIssue &i) { return i.severity == severity; });
    QVERIFY(it != result.issues.cend());
    QCOMPARE(it->path, path);
    QVERIFY2(it->message.contains(message), qPrintable(it->message));
    QCOMPARE(it->line, line);
}

void TestWhitelistCheck::classLines_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QList<int>>("lines");
    QTest::addRow("object form") << QByteArray(
                                        "{\n\"classes\": [\n{\"reason\": \"a\"},\n\n\"b\"\n]}")
                                 << QList<int>{3, 5};
    QTest::addRow("bare array") << QByteArray("[\"a\",\n\"b\", \"c\"]") << QList<int>{1, 2, 2};
    QTest::addRow("brackets, commas and quotes inside strings")
        << QByteArray("{\"note\": \"[x, \\\"y\\\"]\", \"classes\": [{\"reason\": \"a,]b\"},\n"
                      "{\"reason\": \"c\"}]}")
        << QList<int>{1, 2};
    QTest::addRow("a nested \"classes\" key is not the list")
        << QByteArray("{\"x\": {\"classes\": [1, 2]},\n\"classes\": [\n\"a\"]}") << QList<int>{3};
    QTest::addRow("empty list") << QByteArray("{\"classes\": [ ]}") << QList<int>();
}

void TestWhitelistCheck::classLines()
{
    QFETCH(QByteArray, file);
    QFETCH(QList<int>, lines);
    QCOMPARE(whitelistClassLines(file), lines);
}

void TestWhitelistCheck::unreadableFile()
{
    const WhitelistCheckResult missing =
        checkWhitelistFile(QStringLiteral("/nonexistent/unknown_whitelist.json"), kToday, 14);
    QCOMPARE(missing.exitCode(), 2);
    QCOMPARE(missing.issues.size(), 1);
    QCOMPARE(missing.issues.first().path, QStringLiteral("/nonexistent/unknown_whitelist.json"));
    const WhitelistCheckResult folder = checkWhitelistFile(QDir::tempPath(), kToday, 14);
    QCOMPARE(folder.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestWhitelistCheck)
#include "test_whitelist_check.moc"
