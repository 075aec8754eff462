#include "RulesUi.h"

#include "common/AtomicWrite.h"
#include "common/Translate.h"
#include "rules/RulesFile.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QWidget>

// The help page lives in this static library: without this reference the linker would drop
// the object that registers ":/help". Outside any namespace (Qt requirement).
static void registerHelpResources()
{
    Q_INIT_RESOURCE(help);
}

namespace gatehouse::ui {

QString verdictsHelpHtml()
{
    registerHelpResources();
    // In the window's language (verdicts_de.html), else English.
    QFile file(QStringLiteral(":/help/verdicts_%1.html").arg(languageCode(reportLanguage())));
    if (!file.exists())
        file.setFileName(QStringLiteral(":/help/verdicts.html"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void markRuleControl(QWidget *control, const RuleSet &rules, const QString &id, const QString &what)
{
    const RuleKey *key = findRuleKey(id);
    if (!control || !key)
        return;
    const bool overridden = rules.isOverridden(id);
    QFont font = control->font();
    font.setBold(overridden);
    font.setItalic(overridden);
    control->setFont(font);
    control->setProperty("ruleOverridden", overridden); // for tests and style sheets
    const QString rule = ruleValueText(*key, rules.ruleValue(id));
    const QString from = rules.fromFile()
                             ? QFileInfo(rules.source()).fileName()
                             : QObject::tr("defaults", "the rules' source: the built-in defaults");
    QString tip = overridden ? QObject::tr("%1 = %2: override; rules: %3 (%4). "
                                           "Rules > Reset to Rules removes it.")
                                   .arg(id, ruleValueText(*key, rules.value(id)), rule, from)
                             : QObject::tr("%1 = %2 (rules: %3)").arg(id, rule, from);
    if (!what.isEmpty())
        tip = what + QStringLiteral("\n") + tip;
    control->setToolTip(tip);
}

QString rulesSourceText(const RuleSet &rules)
{
    return rules.fromFile() ? QObject::tr("Rules from %1 (%2)")
                                  .arg(QFileInfo(rules.source()).fileName(),
                                       QDir::toNativeSeparators(rules.source()))
                            : QObject::tr("Built-in default rules (no gatehouse.toml)");
}

bool saveRulesFile(const QString &path, const RuleSet &rules, QString *error)
{
    return writeFileAtomically(path, rulesToToml(rules), error);
}

bool saveRulesAsDialog(QWidget *parent, const RuleSet &rules)
{
    const QString start = rules.fromFile() ? rules.source() : QStringLiteral("gatehouse.toml");
    const QString path = QFileDialog::getSaveFileName(parent, QObject::tr("Save Rules As"), start,
                                                      QObject::tr("Gate rules (*.toml)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!saveRulesFile(path, rules, &error)) {
        QMessageBox::warning(
            parent, QObject::tr("Rules not saved"),
            QObject::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    return true;
}

} // namespace gatehouse::ui
