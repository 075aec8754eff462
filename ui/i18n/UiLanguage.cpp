#include "UiLanguage.h"

#include "DisplayNumbers.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace gatehouse::ui {

QString languageChoiceKey(LanguageChoice choice)
{
    switch (choice) {
    case LanguageChoice::English:
        return QStringLiteral("en");
    case LanguageChoice::German:
        return QStringLiteral("de");
    case LanguageChoice::System:
        break;
    }
    return QStringLiteral("system");
}

LanguageChoice languageChoiceFromKey(const QString &key)
{
    if (key == QLatin1String("en"))
        return LanguageChoice::English;
    if (key == QLatin1String("de"))
        return LanguageChoice::German;
    return LanguageChoice::System;
}

Language systemLanguage()
{
    // uiLanguages() reads LANGUAGE, LC_ALL, LC_MESSAGES and LANG on Linux, in that order.
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString &code : preferred) {
        if (const std::optional<Language> language = languageFromCode(code))
            return *language;
    }
    return Language::English;
}

Language resolveLanguage(LanguageChoice choice)
{
    switch (choice) {
    case LanguageChoice::English:
        return Language::English;
    case LanguageChoice::German:
        return Language::German;
    case LanguageChoice::System:
        break;
    }
    return systemLanguage();
}

UiLanguage *UiLanguage::instance()
{
    static UiLanguage *language = new UiLanguage(QCoreApplication::instance());
    return language;
}

UiLanguage::UiLanguage(QObject *parent) : QObject(parent) {}

UiLanguage::~UiLanguage() = default;

void UiLanguage::apply(LanguageChoice choice)
{
    m_choice = choice;
    const Language language = resolveLanguage(choice);
    if (m_installed && language == m_language)
        return;
    install(language);
    emit languageChanged(language);
}

void UiLanguage::install(Language language)
{
    if (m_gatehouse)
        QCoreApplication::removeTranslator(m_gatehouse.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_gatehouse = std::make_unique<QTranslator>();
    // A missing catalogue leaves the source texts (English): say so, never fail.
    if (!m_gatehouse->load(cataloguePath(language)))
        qWarning("gatehouse: no catalogue %s", qPrintable(cataloguePath(language)));
    // Qt's own strings (dialog buttons, the file dialog, About Qt) from
    // qt6-translations-l10n; English needs none.
    m_qt = std::make_unique<QTranslator>();
    if (language != Language::English &&
        !m_qt->load(QLocale(languageCode(language)), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qWarning("gatehouse: Qt's own %s strings are not installed (qt6-translations-l10n)",
                 qPrintable(languageCode(language)));
    QCoreApplication::installTranslator(m_qt.get());
    QCoreApplication::installTranslator(m_gatehouse.get());
    // Dates and numbers the widgets format through QLocale() (chart date axes, spin boxes
    // built from now on) follow a language chosen explicitly; System keeps the system's
    // locale. Exports never read the default locale (the locale tests prove it).
    const QLocale locale = m_choice == LanguageChoice::System ? QLocale::system()
                           : language == Language::German
                               ? QLocale(QLocale::German, QLocale::Germany)
                               : QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    // The figures in tables, cards, tool tips and chart labels (docs/i18n.md): in the
    // language's locale, except that English keeps core's locale-independent text, the
    // same digits and ISO times as the CSV next to it.
    setDisplayLocale(language == Language::English ? QLocale::c() : locale);
    m_language = language;
    m_installed = true;
    // The sentences core renders on this (the GUI) thread follow the window's language;
    // analyses and CSV/JSON exports set English for themselves.
    setReportLanguage(language);
}

} // namespace gatehouse::ui
