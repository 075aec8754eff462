// MainWindow: View > Language (System, English, Deutsch) and switching a live window to
// another language. See ui/i18n/UiLanguage.h and docs/i18n.md.
#include "AnalysisSession.h"
#include "MainWindow.h"
#include "Settings.h"
#include "i18n/Retranslate.h"
#include "i18n/UiLanguage.h"
#include "pages/Page.h"

#include <QAction>
#include <QActionGroup>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>

namespace gatehouse::ui {

void MainWindow::addViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QMenu *language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    // The language names stay in their own language, so anyone finds theirs.
    const struct
    {
        const char *key;
        QString text;
    } choices[] = {{"system", tr("&System Language")},
                   {"en", QStringLiteral("&English")},
                   {"de", QStringLiteral("&Deutsch")}};
    for (const auto &choice : choices) {
        QAction *a = language->addAction(choice.text);
        a->setObjectName(QStringLiteral("language_") + QLatin1String(choice.key));
        a->setData(QString::fromLatin1(choice.key));
        a->setCheckable(true);
        m_languageGroup->addAction(a);
        m_actions.append(a);
        const QString key = QString::fromLatin1(choice.key);
        connect(a, &QAction::triggered, this, [this, key] { setLanguageChoice(key); });
    }
    connect(UiLanguage::instance(), &UiLanguage::languageChanged, this, [this](Language language) {
        retranslateUi(m_shownLanguage, language);
        updateLanguageActions();
    });
    m_shownLanguage = UiLanguage::instance()->language();
    updateLanguageActions();
}

void MainWindow::setLanguageChoice(const QString &key)
{
    m_settings->setLanguage(key);
    UiLanguage::instance()->apply(languageChoiceFromKey(key));
    updateLanguageActions();
}

void MainWindow::updateLanguageActions()
{
    const QString key = languageChoiceKey(UiLanguage::instance()->choice());
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == key);
}

void MainWindow::retranslateUi(Language from, Language to)
{
    if (from == to)
        return;
    // Texts set once with tr(): found in the catalogue and set again in the new language.
    retranslateTree(this, from, to);
    m_shownLanguage = to;
    // Texts built with arguments, set again from their sources.
    for (int i = 0; i < PageCount; ++i) {
        Page *p = page(i);
        p->retranslateUi();
        if (QListWidgetItem *item = m_pageList->item(i)) {
            item->setText(p->title());
            item->setToolTip(tr("%1 (Ctrl+%2)").arg(p->title()).arg(i + 1));
        }
        if (QAction *go = action(QStringLiteral("showPage%1").arg(i + 1)))
            go->setText(QStringLiteral("&%1 %2").arg(i + 1).arg(p->title()));
    }
    for (QAction *a : std::as_const(m_actions))
        if (!a->shortcut().isEmpty())
            a->setToolTip(
                QStringLiteral("%1 (%2)").arg(QString(a->text()).remove(QLatin1Char('&')),
                                              a->shortcut().toString(QKeySequence::NativeText)));
    m_pageList->setMinimumWidth(m_pageList->sizeHintForColumn(0) + 24);
    updateTitle();
    updateStatusCounts();
    // Everything the pages render from the session (cards, checklists, tables, chart
    // titles, the review Markdown) is rendered again, now in the new language.
    emit m_session->rulesChanged();
    emit m_session->datasetChanged();
    emit m_session->allocationsChanged();
    emit m_session->installChanged();
    emit m_session->rolloutChanged();
}

} // namespace gatehouse::ui
