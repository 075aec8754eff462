#pragma once
// The inline notice when the rules file has errors (SPEC §7): every error with
// file:line:column, and the two ways on: fix the file and reload, or "Use built-in
// defaults" for this session. While it shows, no gate has a verdict.
#include "rules/RulesFile.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace gatehouse::ui {

class RulesBanner : public QFrame
{
    Q_OBJECT
public:
    explicit RulesBanner(QWidget *parent = nullptr);

    // Shown for errors, hidden when there are none.
    void setErrors(const QList<RulesError> &errors);
    QString text() const;

signals:
    void useDefaultsRequested();
    void openRulesRequested();

private:
    QLabel *m_text = nullptr;
    QPushButton *m_defaults = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace gatehouse::ui
