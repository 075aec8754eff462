#include "StoredText.h"
#include "common/Translate.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <algorithm>
#include <vector>

namespace gatehouse {
namespace {

// The English templates of the stored sentences, with %1… where the code fills in a
// value (also where it appends one: "the number is too large: " + excerpt).
const char *const kTemplates[] = {
    // install duration files and their run metadata
    QT_TRANSLATE_NOOP("StoredText", "expected one number of seconds, found several: %1"),
    QT_TRANSLATE_NOOP("StoredText", "expected a whole number of seconds, found %1"),
    QT_TRANSLATE_NOOP("StoredText", "the duration is negative: %1"),
    QT_TRANSLATE_NOOP("StoredText", "expected plain digits without a sign, found %1"),
    QT_TRANSLATE_NOOP("StoredText", "expected whole seconds, found %1"),
    QT_TRANSLATE_NOOP("StoredText", "\"%1\" must be a string"),
    QT_TRANSLATE_NOOP("StoredText", "\"%1\" must be a non-negative whole number"),
    QT_TRANSLATE_NOOP("StoredText", "the file is empty; expected one whole number of seconds"),
    QT_TRANSLATE_NOOP("StoredText", "the number is too large: %1"),
    QT_TRANSLATE_NOOP("StoredText", "malformed JSON: %1"),
    QT_TRANSLATE_NOOP("StoredText", "expected a JSON object with run metadata"),
    QT_TRANSLATE_NOOP("StoredText", "\"run_id\" must be a whole number or a non-empty string"),
    QT_TRANSLATE_NOOP("StoredText", "\"created_at\" is not an ISO 8601 timestamp: \"%1\""),
    QT_TRANSLATE_NOOP("StoredText", "branch %1, not %2"),
    QT_TRANSLATE_NOOP("StoredText", "need ≥ %1 runs (have %2)"),
    QT_TRANSLATE_NOOP("StoredText", "%1 of the used runs without a known branch"),
    QT_TRANSLATE_NOOP("StoredText", "conclusion %1, not %2"),
    // gate results
    QT_TRANSLATE_NOOP("StoredText", "field \"%1\" must be %2, found %3"),
    QT_TRANSLATE_NOOP("StoredText", "missing field \"%1\" (%2)"),
    QT_TRANSLATE_NOOP("StoredText", "missing field \"%1\" (%2, may be empty)"),
    QT_TRANSLATE_NOOP("StoredText", "a non-empty string"),
    QT_TRANSLATE_NOOP("StoredText", "a number in [0, 1]"),
    QT_TRANSLATE_NOOP("StoredText", "an array of strings"),
    QT_TRANSLATE_NOOP("StoredText", "a non-negative integer or a non-empty string"),
    QT_TRANSLATE_NOOP("StoredText", "a non-negative integer"),
    QT_TRANSLATE_NOOP("StoredText", "an ISO 8601 date-time string"),
    QT_TRANSLATE_NOOP("StoredText", "expected a JSON object with policy_hash, outcome, "
                                    "unknown_rate and top_reasons, found %1"),
    QT_TRANSLATE_NOOP("StoredText", "a bare value"),
    // JSON in general
    QT_TRANSLATE_NOOP("StoredText", "the file is empty; expected a JSON object"),
    QT_TRANSLATE_NOOP("StoredText", "not valid JSON: %1 at offset %2"),
    QT_TRANSLATE_NOOP("StoredText", "not valid JSON: %1"),
    QT_TRANSLATE_NOOP("StoredText", "number %1"),
    QT_TRANSLATE_NOOP("StoredText", "string \"%1\""),
    QT_TRANSLATE_NOOP("StoredText", "an array"),
    QT_TRANSLATE_NOOP("StoredText", "an object"),
    QT_TRANSLATE_NOOP("StoredText", "a boolean"),
    QT_TRANSLATE_NOOP("StoredText", "a number"),
    QT_TRANSLATE_NOOP("StoredText", "a string"),
    QT_TRANSLATE_NOOP("StoredText", "no error occurred"),
    QT_TRANSLATE_NOOP("StoredText", "unterminated object"),
    QT_TRANSLATE_NOOP("StoredText", "missing name separator"),
    QT_TRANSLATE_NOOP("StoredText", "unterminated array"),
    QT_TRANSLATE_NOOP("StoredText", "missing value separator"),
    QT_TRANSLATE_NOOP("StoredText", "illegal value"),
    QT_TRANSLATE_NOOP("StoredText", "invalid termination by number"),
    QT_TRANSLATE_NOOP("StoredText", "illegal number"),
    QT_TRANSLATE_NOOP("StoredText", "invalid escape sequence"),
    QT_TRANSLATE_NOOP("StoredText", "invalid UTF8 string"),
    QT_TRANSLATE_NOOP("StoredText", "unterminated string"),
    QT_TRANSLATE_NOOP("StoredText", "object is missing after a comma"),
    QT_TRANSLATE_NOOP("StoredText", "too deeply nested document"),
    QT_TRANSLATE_NOOP("StoredText", "too large document"),
    QT_TRANSLATE_NOOP("StoredText", "garbage at the end of the document"),
    // bench.txt
    QT_TRANSLATE_NOOP("StoredText", "cannot read the file"),
    QT_TRANSLATE_NOOP("StoredText", "line of %1 bytes is longer than the %2-byte limit: skipped"),
    QT_TRANSLATE_NOOP("StoredText", "%1 more line warnings in this file not listed"),
    QT_TRANSLATE_NOOP("StoredText",
                      "benchmark %1 failed (--- FAIL): no values used from this line"),
    QT_TRANSLATE_NOOP("StoredText",
                      "result line for %1 has no values (cut by log output?): nothing used"),
    QT_TRANSLATE_NOOP("StoredText",
                      "result line for %1 is broken (log output mixed into it?): no values used"),
    QT_TRANSLATE_NOOP("StoredText", "%1: %2 (the benchmark binary crashed or was killed)"),
    QT_TRANSLATE_NOOP("StoredText", "benchmark %1 failed (--- FAIL, go test -v output): the "
                                    "failed runs give no values"),
    QT_TRANSLATE_NOOP("StoredText", "detector %1 has %2 samples, others have %3 (a result line "
                                    "may have been broken by log output)"),
    QT_TRANSLATE_NOOP("StoredText", "results come from %1 machines (%2): numbers from different "
                                    "machines are not comparable"),
    QT_TRANSLATE_NOOP("StoredText", "the selected runs mix machines: %1; numbers from "
                                    "different machines can fake or hide a regression"),
    QT_TRANSLATE_NOOP("StoredText", "no benchmark runs"),
    QT_TRANSLATE_NOOP("StoredText", "no benchmark runs, and the baseline has no %1 values"),
    QT_TRANSLATE_NOOP("StoredText", "no benchmark runs: showing %1 as single samples"),
    QT_TRANSLATE_NOOP("StoredText", "%1 baseline values"),
    QT_TRANSLATE_NOOP("StoredText", "%1 baseline value"),
    // baselines.json
    QT_TRANSLATE_NOOP("StoredText", "is %1, not a number or an object"),
    QT_TRANSLATE_NOOP("StoredText", "field \"%1\" is %2, not a number"),
    QT_TRANSLATE_NOOP("StoredText", "has no numeric value"),
    QT_TRANSLATE_NOOP("StoredText", "baselines.json must hold a JSON object of detectors"),
    QT_TRANSLATE_NOOP("StoredText", "\"%1\" is %2, not an object of detectors"),
    QT_TRANSLATE_NOOP("StoredText",
                      "both \"detectors\" and \"benchmarks\" present: \"benchmarks\" is ignored"),
    QT_TRANSLATE_NOOP("StoredText", "entry \"%1\" %2: skipped"),
    QT_TRANSLATE_NOOP("StoredText", "keys %1 all name detector %2: \"%3\" is used"),
    QT_TRANSLATE_NOOP("StoredText", "baseline holds no detectors"),
    // unknown_whitelist.json
    QT_TRANSLATE_NOOP("StoredText", "%1 must be a non-empty reason, found %2"),
    QT_TRANSLATE_NOOP("StoredText", "%1 must be an object with a \"reason\", found %2"),
    QT_TRANSLATE_NOOP("StoredText", "%1.reason must be a non-empty string, found %2"),
    QT_TRANSLATE_NOOP("StoredText", "%1 has no \"reason\" (a non-empty string)"),
    QT_TRANSLATE_NOOP("StoredText", "%1.%2 must be a string, found %3"),
    QT_TRANSLATE_NOOP("StoredText", "%1 (\"%2\"): review_by \"%3\" is not a YYYY-MM-DD date; "
                                    "the class is never reported stale"),
    QT_TRANSLATE_NOOP("StoredText", "field \"version\" must be a positive integer, found %1"),
    QT_TRANSLATE_NOOP("StoredText", "version %1 is newer than this reader (1); known fields are "
                                    "used and the rest is kept as written"),
    QT_TRANSLATE_NOOP("StoredText", "missing field \"classes\" (an array of classes)"),
    QT_TRANSLATE_NOOP("StoredText", "field \"classes\" must be an array, found %1"),
    QT_TRANSLATE_NOOP("StoredText", "[%1] must be a non-empty reason string, found %2"),
    QT_TRANSLATE_NOOP("StoredText",
                      "reason \"%1\" is listed more than once; the first entry applies"),
    QT_TRANSLATE_NOOP("StoredText", "classes[%1] (\"%2\"): %3 \"%4\" is not a YYYY-MM-DD date"),
    QT_TRANSLATE_NOOP("StoredText", "no such file"),
    QT_TRANSLATE_NOOP("StoredText", "is a folder, not a whitelist file"),
    // Download from GitHub (FetchJob's progress, shared with `gatehouse-cli fetch`)
    QT_TRANSLATE_NOOP("StoredText", "waiting %1 s: %2"),
    QT_TRANSLATE_NOOP("StoredText", "retrying (attempt %1 of %2 failed): %3"),
    QT_TRANSLATE_NOOP("StoredText", "listing the last %1 runs of %2/%3%4%5 on %6"),
    QT_TRANSLATE_NOOP("StoredText", "listing workflow runs failed: %1"),
    QT_TRANSLATE_NOOP("StoredText", "found %1 run(s)"),
    QT_TRANSLATE_NOOP("StoredText", "listing the artifacts of run %1 failed: %2"),
    QT_TRANSLATE_NOOP("StoredText", "run %1 (#%2, %3, %4): %5 of %6 artifact(s) match"),
    QT_TRANSLATE_NOOP("StoredText", "in progress"),
    QT_TRANSLATE_NOOP("StoredText", "already stored in %1"),
    QT_TRANSLATE_NOOP("StoredText", "past its retention on GitHub; not downloaded"),
    QT_TRANSLATE_NOOP("StoredText", "stored in %1"),
    QT_TRANSLATE_NOOP("StoredText", "%1; not downloaded"),
    QT_TRANSLATE_NOOP("StoredText", "downloading %1 (%2)"),
    QT_TRANSLATE_NOOP("StoredText", "fetch failed: %1"),
    QT_TRANSLATE_NOOP("StoredText", "fetch cancelled"),
    QT_TRANSLATE_NOOP("StoredText", "queued"),
    QT_TRANSLATE_NOOP("StoredText", "downloading"),
    QT_TRANSLATE_NOOP("StoredText", "downloaded"),
    QT_TRANSLATE_NOOP("StoredText", "already stored"),
    QT_TRANSLATE_NOOP("StoredText", "expired"),
    QT_TRANSLATE_NOOP("StoredText", "failed"),
    QT_TRANSLATE_NOOP("StoredText", "cancelled"),
    // sources: folders, zips, run metadata
    QT_TRANSLATE_NOOP("StoredText", "ignored: not at the source root"),
    QT_TRANSLATE_NOOP("StoredText", "skipped: %1 bytes, more than the limit of %2"),
    QT_TRANSLATE_NOOP("StoredText", "cannot read: %1"),
    QT_TRANSLATE_NOOP("StoredText", "skipped: not a regular file"),
    QT_TRANSLATE_NOOP("StoredText", "skipped: symlink whose target is missing or loops"),
    QT_TRANSLATE_NOOP("StoredText", "skipped: symlink leads out of the source (to %1)"),
    QT_TRANSLATE_NOOP("StoredText", "skipped: not a regular file (device, FIFO or socket)"),
    QT_TRANSLATE_NOOP("StoredText", "cannot list folder: %1"),
    QT_TRANSLATE_NOOP("StoredText", "ignored: the metadata of run %1 is read from %2"),
    QT_TRANSLATE_NOOP("StoredText", "ignored: folder %1 is listed for run %2 already"),
    QT_TRANSLATE_NOOP("StoredText", "run_id %1 here, but %2 lists this folder for run %3; the "
                                    "artifact's run_id is used"),
    QT_TRANSLATE_NOOP("StoredText", "%1 is \"%2\" here but \"%3\" in the run metadata from "
                                    "GitHub (%4); the artifact's value is used"),
    QT_TRANSLATE_NOOP("StoredText", "empty source path"),
    QT_TRANSLATE_NOOP("StoredText", "source not found"),
    QT_TRANSLATE_NOOP("StoredText", "source is not a folder, zip or regular file"),
    QT_TRANSLATE_NOOP("StoredText", "skipped: already read as part of source %1"),
    QT_TRANSLATE_NOOP("StoredText", "skipped: larger than the limit of %1 bytes"),
    QT_TRANSLATE_NOOP("StoredText", "duplicate of run %1: %2 is used instead (%3)"),
    QT_TRANSLATE_NOOP("StoredText", "not usable"),
    QT_TRANSLATE_NOOP("StoredText", "line %1: %2"),
    QT_TRANSLATE_NOOP("StoredText", "ignored: another %1 is used (%2)"),
    QT_TRANSLATE_NOOP("StoredText", "run_id %1 differs from the file name; run %1 is used"),
    QT_TRANSLATE_NOOP("StoredText", "\"artifacts\" must be a list"),
    QT_TRANSLATE_NOOP("StoredText", "ignored an artifact entry without a usable \"folder\""),
    QT_TRANSLATE_NOOP("StoredText", "skipped zip entry with an absolute path: %1"),
    QT_TRANSLATE_NOOP("StoredText", "skipped zip entry that climbs out with '..': %1"),
    QT_TRANSLATE_NOOP("StoredText", "cannot read zip: %1"),
    QT_TRANSLATE_NOOP("StoredText", "skipped zip entry #%1: %2"),
    QT_TRANSLATE_NOOP("StoredText", "skipped zip entry stored as a symlink: %1"),
    QT_TRANSLATE_NOOP("StoredText", "skipped zip entry that is not a regular file: %1"),
    QT_TRANSLATE_NOOP("StoredText", "skipped: %1 bytes uncompressed, more than the limit of %2"),
    QT_TRANSLATE_NOOP("StoredText", "cannot read zip entry: %1"),
    QT_TRANSLATE_NOOP("StoredText", "skipped: more than the limit of %1 bytes uncompressed"),
    QT_TRANSLATE_NOOP("StoredText", "stopped reading: more than %1 zip entries"),
    QT_TRANSLATE_NOOP("StoredText", "skipped: zip nested more than %1 levels deep"),
    QT_TRANSLATE_NOOP("StoredText", "stopped reading: more than %1 bytes uncompressed"),
    QT_TRANSLATE_NOOP("StoredText", "skipped: more than %1 bytes"),
    QT_TRANSLATE_NOOP("StoredText", "zip nested too deep"),
};

// Pieces inside a longer argument ("A (runs 1, 2, 3 and 6 more), B (run 7)") that no
// whole template matches; their placeholders never span a parenthesis.
const char *const kFragments[] = {
    QT_TRANSLATE_NOOP("StoredText", "(runs %1 and %2 more)"),
    QT_TRANSLATE_NOOP("StoredText", "(runs %1)"),
    QT_TRANSLATE_NOOP("StoredText", "(run %1)"),
};

struct Template
{
    const char *source;
    QRegularExpression pattern;
    QList<int> argOfGroup; // the %N of each capture group, in order
    qsizetype literalLength = 0;
};

template <size_t N>
std::vector<Template> buildTemplates(const char *const (&sources)[N], bool anchored)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
    const QString any = anchored ? QStringLiteral("(.+?)") : QStringLiteral("([^()]+?)");
    std::vector<Template> out;
    for (const char *source : sources) {
        const QString text = QString::fromUtf8(source);
        Template t{source, {}, {}, 0};
        QString pattern = anchored ? QStringLiteral("\\A") : QString();
        qsizetype at = 0;
        for (auto it = placeholder.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString literal = text.mid(at, m.capturedStart() - at);
            pattern += QRegularExpression::escape(literal) + any;
            t.literalLength += literal.size();
            t.argOfGroup.append(m.captured(1).toInt());
            at = m.capturedEnd();
        }
        pattern += QRegularExpression::escape(text.mid(at)) +
                   (anchored ? QStringLiteral("\\z") : QString());
        t.literalLength += text.size() - at;
        t.pattern = QRegularExpression(pattern, QRegularExpression::DotMatchesEverythingOption);
        out.push_back(std::move(t));
    }
    // The most specific template first: "cannot read zip: %1" before "cannot read: %1".
    std::stable_sort(out.begin(), out.end(), [](const Template &a, const Template &b) {
        return a.literalLength > b.literalLength;
    });
    return out;
}

const std::vector<Template> &templates()
{
    static const std::vector<Template> all = buildTemplates(kTemplates, true);
    return all;
}

const std::vector<Template> &fragments()
{
    static const std::vector<Template> all = buildTemplates(kFragments, false);
    return all;
}

QHash<int, QString> argumentsOf(const Template &t, const QRegularExpressionMatch &m)
{
    QHash<int, QString> args;
    for (int g = 0; g < t.argOfGroup.size(); ++g)
        if (!args.contains(t.argOfGroup.at(g)))
            args.insert(t.argOfGroup.at(g), m.captured(g + 1));
    return args;
}

// %1…%9 of `text` replaced by args in one pass (an argument holding "%1" stays as it is).
QString fill(const QString &text, const QHash<int, QString> &args)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%') && i + 1 < text.size() && text.at(i + 1).isDigit()) {
            const int n = text.at(i + 1).digitValue();
            if (args.contains(n)) {
                out += args.value(n);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString render(const QString &english, int depth)
{
    if (english.isEmpty() || depth > 3)
        return english;
    for (const Template &t : templates()) {
        const QRegularExpressionMatch m = t.pattern.match(english);
        if (!m.hasMatch())
            continue;
        QHash<int, QString> args = argumentsOf(t, m);
        for (auto it = args.begin(); it != args.end(); ++it)
            *it = render(*it, depth + 1);
        return fill(Tr::translate("StoredText", t.source), args);
    }
    QString text = english;
    for (const Template &t : fragments()) {
        QString out;
        qsizetype at = 0;
        for (auto it = t.pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += text.mid(at, m.capturedStart() - at) +
                   fill(Tr::translate("StoredText", t.source), argumentsOf(t, m));
            at = m.capturedEnd();
        }
        text = out + text.mid(at);
    }
    return text;
}

} // namespace

QString inReportLanguage(const QString &english)
{
    if (reportLanguage() == Language::English)
        return english;
    static QMutex mutex;
    static QHash<QString, QString> cache; // German only, for now the one other language
    {
        QMutexLocker lock(&mutex);
        const auto it = cache.constFind(english);
        if (it != cache.constEnd())
            return *it;
    }
    const QString rendered = render(english, 0);
    QMutexLocker lock(&mutex);
    if (cache.size() > 10000)
        cache.clear();
    cache.insert(english, rendered);
    return rendered;
}

QString jsonErrorText(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::NoError:
        return QStringLiteral("no error occurred");
    case QJsonParseError::UnterminatedObject:
        return QStringLiteral("unterminated object");
    case QJsonParseError::MissingNameSeparator:
        return QStringLiteral("missing name separator");
    case QJsonParseError::UnterminatedArray:
        return QStringLiteral("unterminated array");
    case QJsonParseError::MissingValueSeparator:
        return QStringLiteral("missing value separator");
    case QJsonParseError::IllegalValue:
        return QStringLiteral("illegal value");
    case QJsonParseError::TerminationByNumber:
        return QStringLiteral("invalid termination by number");
    case QJsonParseError::IllegalNumber:
        return QStringLiteral("illegal number");
    case QJsonParseError::IllegalEscapeSequence:
        return QStringLiteral("invalid escape sequence");
    case QJsonParseError::IllegalUTF8String:
        return QStringLiteral("invalid UTF8 string");
    case QJsonParseError::UnterminatedString:
        return QStringLiteral("unterminated string");
    case QJsonParseError::MissingObject:
        return QStringLiteral("object is missing after a comma");
    case QJsonParseError::DeepNesting:
        return QStringLiteral("too deeply nested document");
    case QJsonParseError::DocumentTooLarge:
        return QStringLiteral("too large document");
    case QJsonParseError::GarbageAtEnd:
        return QStringLiteral("garbage at the end of the document");
    }
    return QStringLiteral("unknown error");
}

} // namespace gatehouse
