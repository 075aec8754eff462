#pragma once
// The language of the sentences core writes into its Markdown reports and the GUI shows.
// Core never reads the application's installed translators: CSV and JSON must stay
// English in any language, and the GUI may run in German while an export runs. Instead
// each thread has a report language (English unless set), and Tr::translate looks the
// sentence up in Gatehouse's own catalogue for that language (resources/translations,
// compiled into gatehouse_core as :/i18n/gatehouse_<code>.qm).
#include <QString>
#include <QStringList>
#include <optional>

class QTranslator;

namespace gatehouse {

enum class Language
{
    English, // the source language: its catalogue holds only the plural forms
    German,
};

// "en" or "de" (also "de_DE", "de-AT": the part before the separator); nullopt otherwise.
std::optional<Language> languageFromCode(const QString &code);
QString languageCode(Language language);
// Every language with a catalogue, English first.
QList<Language> availableLanguages();

// This thread's report language.
Language reportLanguage();
void setReportLanguage(Language language);

// Sets this thread's report language for the lifetime of the object, then restores it.
class ScopedReportLanguage
{
public:
    explicit ScopedReportLanguage(Language language);
    ~ScopedReportLanguage();
    ScopedReportLanguage(const ScopedReportLanguage &) = delete;
    ScopedReportLanguage &operator=(const ScopedReportLanguage &) = delete;

private:
    Language m_previous;
};

// Gatehouse's own catalogue for `language`, loaded once and shared; nullptr when it is
// missing. The GUI installs a QTranslator of its own from the same file.
const QTranslator *catalogue(Language language);
QString cataloguePath(Language language);

// Called with QCoreApplication::translate's arguments, so lupdate finds every call
// (`Tr::translate("Context", "text")`); %n is replaced by n as in Qt.
struct Tr
{
    static QString translate(const char *context, const char *sourceText,
                             const char *disambiguation = nullptr, int n = -1);
    // A container's size() as the count (lupdate cannot read a static_cast there).
    static QString translate(const char *context, const char *sourceText,
                             const char *disambiguation, qsizetype n)
    {
        return translate(context, sourceText, disambiguation, static_cast<int>(n));
    }
};

} // namespace gatehouse
