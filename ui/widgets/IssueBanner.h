#pragma once
// The inline notice above the pages when a load left parse issues: "4 files could not be
// used — Show problems". It never blocks (no modal dialog); it can be dismissed until the
// next load.
#include "common/ParseIssue.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace gatehouse::ui {

class IssueBanner : public QFrame
{
    Q_OBJECT
public:
    explicit IssueBanner(QWidget *parent = nullptr);

    // Shows the banner for these issues, hides it when there are none.
    void setIssues(const ParseIssues &issues);
    QString text() const;
    // Off while the Problems page is the one showing.
    void setShowProblemsVisible(bool visible);
    // "4 files could not be used", "2 warnings about the loaded files"; empty for none.
    static QString describe(const ParseIssues &issues);

signals:
    void showProblemsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_show = nullptr;
    QToolButton *m_close = nullptr;
    bool m_hasErrors = false;
};

} // namespace gatehouse::ui
