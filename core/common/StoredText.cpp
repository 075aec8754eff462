#include "StoredText.h"

#include "StoredTextTemplates.h"
#include "common/Translate.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <algorithm>
#include <vector>

namespace gatehouse {
namespace {

struct Template
{
    const char *source;
    QRegularExpression pattern;
    QList<int> argOfGroup; // the %N of each capture group, in order
    qsizetype literalLength = 0;
};

std::vector<Template> buildTemplates(const char *const *sources, std::size_t count, bool anchored)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
    const QString any = anchored ? QStringLiteral("(.+?)") : QStringLiteral("([^()]+?)");
    std::vector<Template> out;
    for (std::size_t i = 0; i < count; ++i) {
        const char *source = sources[i];
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
    static const std::vector<Template> all =
        buildTemplates(kStoredTextTemplates, kStoredTextTemplateCount, true);
    return all;
}

const std::vector<Template> &fragments()
{
    static const std::vector<Template> all =
        buildTemplates(kStoredTextFragments, kStoredTextFragmentCount, false);
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
