#pragma once
// The workbench's language: the system's by default, or the one chosen under
// View > Language. Switching installs Gatehouse's and Qt's own translators for the new
// language (Qt sends every widget a QEvent::LanguageChange) and sets the GUI thread's
// report language, so the sentences core writes (checks, the review Markdown) follow.
#include "common/Translate.h"

#include <QList>
#include <QObject>
#include <QString>
#include <memory>

class QTranslator;

namespace gatehouse::ui {

// What the user chose; System follows QLocale::system().uiLanguages().
enum class LanguageChoice
{
    System,
    English,
    German,
};

QString languageChoiceKey(LanguageChoice choice);         // "system", "en", "de" (settings)
LanguageChoice languageChoiceFromKey(const QString &key); // System for anything unknown
// The language System stands for on this machine: German when the first UI language the
// system prefers is German, else English.
Language systemLanguage();
Language resolveLanguage(LanguageChoice choice);

class UiLanguage : public QObject
{
    Q_OBJECT
public:
    // The application-wide instance (created on first use, parented to qApp).
    static UiLanguage *instance();

    LanguageChoice choice() const { return m_choice; }
    Language language() const { return m_language; }
    // Installs the translators of the resolved language (a no-op when it is the one in
    // force) and emits languageChanged after Qt's LanguageChange events went out.
    void apply(LanguageChoice choice);

signals:
    void languageChanged(gatehouse::Language language);

private:
    explicit UiLanguage(QObject *parent);
    ~UiLanguage() override;
    void install(Language language);

    LanguageChoice m_choice = LanguageChoice::System;
    Language m_language = Language::English;
    bool m_installed = false;
    std::unique_ptr<QTranslator> m_gatehouse;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace gatehouse::ui
