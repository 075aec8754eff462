// MainWindow: the rules (File > Open Rules…, the Rules menu), the whitelist and baseline
// files picked for this session, and Help > Reading the Verdicts (SPEC §7, §8).
#include "AnalysisSession.h"
#include "MainWindow.h"
#include "pages/WhitelistPage.h"
#include "rules/RulesUi.h"
#include "widgets/ThemedIcon.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {

QAction *rulesAction(QObject *parent, const QString &objectName, const QString &text,
                     const QString &toolTip)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(objectName);
    action->setToolTip(toolTip);
    action->setStatusTip(toolTip);
    return action;
}

} // namespace

void MainWindow::createRulesActions(const std::function<QAction *(QAction *)> &add)
{
    connect(add(rulesAction(this, QStringLiteral("openRules"), tr("Open &Rules…"),
                            tr("Judge by another gatehouse.toml for this session"))),
            &QAction::triggered, this, &MainWindow::openRulesDialog);
    connect(add(rulesAction(this, QStringLiteral("openWhitelist"), tr("Open &Whitelist…"),
                            tr("Use this unknown_whitelist.json instead of the sources' one "
                               "until other sources are opened"))),
            &QAction::triggered, this, &MainWindow::openWhitelistDialog);
    connect(add(rulesAction(this, QStringLiteral("openBaseline"), tr("Open &Baseline…"),
                            tr("Use this baselines.json instead of the sources' one until other "
                               "sources are opened"))),
            &QAction::triggered, this, &MainWindow::openBaselineDialog);
    QAction *reset = add(rulesAction(this, QStringLiteral("resetRules"), tr("&Reset to Rules"),
                                     tr("Remove every override: the rules in force decide")));
    connect(reset, &QAction::triggered, m_session, &AnalysisSession::resetToRules);
    connect(m_session, &AnalysisSession::rulesChanged, reset,
            [this, reset] { reset->setEnabled(!m_session->rules().overridden().isEmpty()); });
    reset->setEnabled(false);
    QAction *saveAs =
        add(rulesAction(this, QStringLiteral("saveRulesAs"), tr("&Save Rules As…"),
                        tr("Write the rules in force, overrides included, as a complete "
                           "commented gatehouse.toml")));
    // Under broken rules the values in force are placeholders: never offer to save them.
    connect(m_session, &AnalysisSession::rulesChanged, saveAs,
            [this, saveAs] { saveAs->setEnabled(!m_session->verdictsBlocked()); });
    connect(saveAs, &QAction::triggered, this, [this] {
        if (saveRulesAsDialog(this, m_session->rules()))
            statusBar()->showMessage(tr("Rules saved."), 5000);
    });
    connect(add(rulesAction(this, QStringLiteral("useDefaultRules"), tr("Use &Built-in Defaults"),
                            tr("Judge by the built-in default rules for this session"))),
            &QAction::triggered, m_session, &AnalysisSession::useBuiltInDefaults);
    QAction *help =
        add(rulesAction(this, QStringLiteral("verdictsHelp"), tr("&Reading the Verdicts"),
                        tr("What PASS, FAIL, CV, drift, spikes, RD, RR and the "
                           "false-positive rates mean, and the rule each uses")));
    help->setShortcut(QKeySequence::HelpContents);
    connect(help, &QAction::triggered, this, &MainWindow::showVerdictsHelp);
}

void MainWindow::addRulesMenus(QMenu *file)
{
    file->addAction(action(QStringLiteral("openRules")));
    file->addAction(action(QStringLiteral("openWhitelist")));
    file->addAction(action(QStringLiteral("openBaseline")));
    file->addSeparator();
    QMenu *rules = menuBar()->addMenu(tr("R&ules"));
    rules->setObjectName(QStringLiteral("rulesMenu"));
    rules->addAction(action(QStringLiteral("openRules")));
    rules->addAction(action(QStringLiteral("resetRules")));
    rules->addAction(action(QStringLiteral("saveRulesAs")));
    rules->addSeparator();
    rules->addAction(action(QStringLiteral("useDefaultRules")));
}

void MainWindow::openRulesDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Gate Rules"), QString(),
                                                      tr("Gate rules (*.toml);;All files (*)"));
    if (!path.isEmpty())
        m_session->openRules(path);
}

void MainWindow::openWhitelistDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Whitelist"), QString(),
                                                      tr("Whitelist (*.json);;All files (*)"));
    if (!path.isEmpty() && m_whitelist->maybeSave())
        m_session->openWhitelistFile(path);
}

void MainWindow::openBaselineDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Baseline"), QString(),
                                                      tr("Baseline (*.json);;All files (*)"));
    if (!path.isEmpty())
        m_session->openBaselineFile(path);
}

void MainWindow::showVerdictsHelp()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("verdictsHelpDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Reading the Verdicts"));
    auto *browser = new QTextBrowser(dialog);
    browser->setObjectName(QStringLiteral("verdictsHelpText"));
    browser->setOpenExternalLinks(true);
    const QString html = verdictsHelpHtml();
    browser->setHtml(html.isEmpty() ? tr("The help page is missing.") : html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(browser, 1);
    layout->addWidget(buttons);
    dialog->resize(820, 760);
    dialog->show();
}

} // namespace gatehouse::ui
