// unknown_whitelist.json (SPEC §4.2): both forms read, unknown fields survive a round trip,
// saving is byte-exact (sorted, 2-space indent, trailing newline), globs and staleness.
#include "rollout/WhitelistFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace gatehouse;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(GATEHOUSE_TEST_DATA "/whitelist/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

Whitelist load(const QString &name, ParseIssues *issuesOut = nullptr)
{
    ParseIssues issues;
    const std::optional<Whitelist> whitelist = parseWhitelist(fixture(name), name, issues);
    if (issuesOut)
        *issuesOut = issues;
    if (!whitelist)
        qFatal("fixture %s did not load", qPrintable(name));
    return *whitelist;
}

QString issueText(const ParseIssues &issues)
{
    QStringList lines;
    for (const ParseIssue &issue : issues)
        lines.append(formatIssue(issue));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestWhitelist : public QObject
{
    Q_OBJECT

private slots:
    void loadSaveBytes_data();
    void loadSaveBytes();
    void brokenFiles_data();
    void brokenFiles();
    void warnings_data();
    void warnings();
    void objectFormFields();
    void sortIsStable();
    void extraKeysNeverDuplicateKnownKeys();
    void globMatches_data();
    void globMatches();
    void matchingClass_data();
    void matchingClass();
    void isStale_data();
    void isStale();
};

void TestWhitelist::loadSaveBytes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addRow("object form, unsorted, 4-space, unknown fields") << "object.json"
                                                                    << "object.expected.json";
    QTest::addRow("bare array becomes object form") << "bare_array.json"
                                                    << "bare_array.expected.json";
    QTest::addRow("nested unknown fields, escaping, big integer") << "unknown_fields.json"
                                                                  << "unknown_fields.expected.json";
    QTest::addRow("no classes") << "empty_classes.json"
                                << "empty_classes.expected.json";
}

void TestWhitelist::loadSaveBytes()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QByteArray expectedBytes = fixture(expected);

    const QByteArray saved = serializeWhitelist(load(input));
    QCOMPARE(saved, expectedBytes);
    QVERIFY(saved.endsWith("}\n"));

    // Idempotent: loading what was saved and saving again changes nothing.
    QCOMPARE(serializeWhitelist(load(expected)), expectedBytes);

    // saveWhitelist writes exactly these bytes.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sub/unknown_whitelist.json"));
    QString error;
    QVERIFY2(saveWhitelist(path, load(input), &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), expectedBytes);
}

void TestWhitelist::brokenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::addRow("class without reason") << "missing_reason.json"
                                          << "classes[1] has no \"reason\" (a non-empty string)";
    QTest::addRow("blank reason")
        << "reason_empty.json"
        << "classes[0].reason must be a non-empty string, found string \"  \"";
    QTest::addRow("reason a number")
        << "reason_number.json"
        << "classes[0].reason must be a non-empty string, found number 42";
    QTest::addRow("note a number") << "note_number.json"
                                   << "classes[0].note must be a string, found number 3";
    QTest::addRow("no classes field") << "classes_missing.json"
                                      << "missing field \"classes\" (an array of classes)";
    QTest::addRow("classes an object") << "classes_not_array.json"
                                       << "field \"classes\" must be an array, found an object";
    QTest::addRow("version a string")
        << "version_string.json"
        << "field \"version\" must be a positive integer, found string \"1\"";
    QTest::addRow("bare array with a number")
        << "array_with_number.json"
        << "[1] must be a non-empty reason string, found number 7";
}

void TestWhitelist::brokenFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    ParseIssues issues;
    QVERIFY(!parseWhitelist(fixture(file), file, issues).has_value());
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, Severity::Error);
    QCOMPARE(issues.first().message, message);
}

void TestWhitelist::warnings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::addRow("duplicate reason")
        << "duplicate.json"
        << "reason \"flaky_test\" is listed more than once; the first entry applies";
    QTest::addRow("review_by not a date")
        << "stale.json"
        << "classes[4] (\"not_a_date\"): review_by \"soon\" is not a YYYY-MM-DD date; the class "
           "is never reported stale";
    QTest::addRow("newer version")
        << "unknown_fields.json"
        << "version 2 is newer than this reader (1); known fields are used and the rest is kept "
           "as written";
}

void TestWhitelist::warnings()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    ParseIssues issues;
    load(file, &issues);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, Severity::Warning);
    QCOMPARE(issues.first().message, message);
}

void TestWhitelist::objectFormFields()
{
    ParseIssues issues;
    const Whitelist whitelist = load(QStringLiteral("object.json"), &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(issueText(issues)));
    QCOMPARE(whitelist.version, 1);
    QCOMPARE(whitelist.classes.size(), 3);
    const WhitelistClass &first = whitelist.classes.first(); // file order is kept in memory
    QCOMPARE(first.reason, QStringLiteral("network_timeout"));
    QCOMPARE(first.note, QStringLiteral("DNS flakes in CI"));
    QCOMPARE(first.owner, QStringLiteral("infra"));
    QCOMPARE(first.added, QStringLiteral("2026-10-01"));
    QCOMPARE(first.reviewBy, QStringLiteral("2027-01-15"));
    QCOMPARE(first.extra.keys(), QStringList{QStringLiteral("ticket")});
    QCOMPARE(whitelist.extra.keys(),
             (QStringList{QStringLiteral("a_top"), QStringLiteral("comment")}));
}

void TestWhitelist::sortIsStable()
{
    Whitelist whitelist;
    whitelist.classes = {{QStringLiteral("b"), QStringLiteral("first b"), {}, {}, {}, {}},
                         {QStringLiteral("a"), {}, {}, {}, {}, {}},
                         {QStringLiteral("b"), QStringLiteral("second b"), {}, {}, {}, {}}};
    const QByteArray saved = serializeWhitelist(whitelist);
    const qsizetype a = saved.indexOf("\"a\"");
    const qsizetype firstB = saved.indexOf("first b");
    const qsizetype secondB = saved.indexOf("second b");
    QVERIFY(a >= 0 && firstB > a && secondB > firstB);
}

void TestWhitelist::extraKeysNeverDuplicateKnownKeys()
{
    Whitelist whitelist;
    WhitelistClass cls;
    cls.reason = QStringLiteral("r");
    cls.extra.insert(QStringLiteral("reason"), QStringLiteral("shadow"));
    whitelist.classes.append(cls);
    whitelist.extra.insert(QStringLiteral("version"), 7);
    const QByteArray saved = serializeWhitelist(whitelist);
    QCOMPARE(saved.count("\"reason\""), 1);
    QCOMPARE(saved.count("\"version\""), 1);
    QVERIFY(!saved.contains("shadow"));
}

void TestWhitelist::globMatches_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");
    QTest::addRow("star suffix") << "flaky_*"
                                 << "flaky_test" << true;
    QTest::addRow("star matches nothing") << "flaky_*"
                                          << "flaky_" << true;
    QTest::addRow("star needs the prefix") << "flaky_*"
                                           << "very_flaky_test" << false;
    QTest::addRow("star in the middle") << "net*timeout"
                                        << "network_dns_timeout" << true;
    QTest::addRow("backtracking") << "*a*b"
                                  << "xaxxbyab" << true;
    QTest::addRow("backtracking fails") << "*a*b"
                                        << "xaxxbyba" << false;
    QTest::addRow("question mark one char") << "net?_timeout"
                                            << "net1_timeout" << true;
    QTest::addRow("question mark not zero chars") << "net?_timeout"
                                                  << "net_timeout" << false;
    QTest::addRow("question mark not two chars") << "net?_timeout"
                                                 << "net12_timeout" << false;
    QTest::addRow("brackets are literal") << "[ci].cache"
                                          << "[ci].cache" << true;
    QTest::addRow("brackets are not a class") << "[ci].cache"
                                              << "c.cache" << false;
    QTest::addRow("dot is literal") << "a.b"
                                    << "axb" << false;
    QTest::addRow("case sensitive") << "Flaky_*"
                                    << "flaky_test" << false;
    QTest::addRow("only star") << "*"
                               << "" << true;
    QTest::addRow("empty pattern") << ""
                                   << "x" << false;
    QTest::addRow("star matches a literal star") << "a*"
                                                 << "a*b" << true;
    QTest::addRow("trailing stars") << "abc**"
                                    << "abc" << true;
}

void TestWhitelist::globMatches()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QTEST(gatehouse::globMatches(pattern, text), "matches");
}

void TestWhitelist::matchingClass_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("index");
    QTest::addRow("glob") << "flaky_unit" << 0;
    QTest::addRow("first class wins over a later exact one") << "flaky_test" << 0;
    QTest::addRow("question mark") << "net4_timeout" << 1;
    QTest::addRow("literal brackets") << "[ci].cache" << 2;
    QTest::addRow("exact") << "exact_reason" << 3;
    QTest::addRow("exact does not prefix-match") << "exact_reason_2" << -1;
    QTest::addRow("unlisted") << "oom_killed" << -1;
}

void TestWhitelist::matchingClass()
{
    const Whitelist whitelist = load(QStringLiteral("glob.json"));
    QFETCH(QString, reason);
    QTEST(gatehouse::matchingClass(whitelist, reason), "index");
}

void TestWhitelist::isStale_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("stale");
    const QDate today(2027, 1, 15);
    QTest::addRow("past review_by") << "past" << today << true;
    QTest::addRow("review_by is today") << "today" << today << false;
    QTest::addRow("day after review_by") << "today" << today.addDays(1) << true;
    QTest::addRow("future") << "future" << today << false;
    QTest::addRow("no review_by") << "no_date" << today << false;
    QTest::addRow("unparsable review_by") << "not_a_date" << today << false;
    QTest::addRow("unknown today") << "past" << QDate() << false;
}

void TestWhitelist::isStale()
{
    const Whitelist whitelist = load(QStringLiteral("stale.json"));
    QFETCH(QString, reason);
    QFETCH(QDate, today);
    const int index = gatehouse::matchingClass(whitelist, reason);
    QVERIFY(index >= 0);
    QTEST(gatehouse::isStale(whitelist.classes.at(index), today), "stale");
}

QTEST_GUILESS_MAIN(TestWhitelist)
#include "test_whitelist.moc"
