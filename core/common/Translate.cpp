#include "Translate.h"

#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QTranslator>
#include <memory>

namespace gatehouse {

namespace {

thread_local Language t_language = Language::English;

} // namespace

std::optional<Language> languageFromCode(const QString &code)
{
    const QString base = code.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
    if (base.compare(QLatin1String("en"), Qt::CaseInsensitive) == 0)
        return Language::English;
    if (base.compare(QLatin1String("de"), Qt::CaseInsensitive) == 0)
        return Language::German;
    return std::nullopt;
}

QString languageCode(Language language)
{
    return language == Language::German ? QStringLiteral("de") : QStringLiteral("en");
}

QList<Language> availableLanguages()
{
    return {Language::English, Language::German};
}

Language reportLanguage()
{
    return t_language;
}

void setReportLanguage(Language language)
{
    t_language = language;
}

ScopedReportLanguage::ScopedReportLanguage(Language language) : m_previous(t_language)
{
    t_language = language;
}

ScopedReportLanguage::~ScopedReportLanguage()
{
    t_language = m_previous;
}

QString cataloguePath(Language language)
{
    return QStringLiteral(":/i18n/gatehouse_%1.qm").arg(languageCode(language));
}

const QTranslator *catalogue(Language language)
{
    // English has a catalogue too: the plural forms of "%n run(s)" (lupdate -pluralonly).
    // Loaded on first use from any thread; QTranslator::translate is const and reentrant.
    static QMutex mutex;
    static QHash<int, std::shared_ptr<QTranslator>> loaded;
    QMutexLocker lock(&mutex);
    auto it = loaded.find(static_cast<int>(language));
    if (it == loaded.end()) {
        auto translator = std::make_shared<QTranslator>();
        if (!translator->load(cataloguePath(language)))
            translator.reset();
        it = loaded.insert(static_cast<int>(language), translator);
    }
    return it.value().get();
}

QString Tr::translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n)
{
    QString text;
    if (const QTranslator *translator = catalogue(t_language))
        text = translator->translate(context, sourceText, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    if (n >= 0) {
        text.replace(QStringLiteral("%n"), QString::number(n));
        // %Ln: the GUI's plurals, with the default locale's digit grouping (the Markdown
        // never uses it: its numbers stay locale-independent).
        text.replace(QStringLiteral("%Ln"), QLocale().toString(n));
    }
    return text;
}

} // namespace gatehouse
