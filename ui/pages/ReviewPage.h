#pragma once
// The first page: the graduation checklist of all three gates. The rules in force and
// their overrides; three cards give each gate's verdict and its checks (SPEC §8); below them the
// full review as rendered Markdown (the same text `gatehouse-cli report` writes), which "Copy as
// Markdown" puts on the clipboard, ready to paste into a pull request.
#include "Page.h"
#include "models/ReviewModel.h"

class QLabel;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace gatehouse::ui {

class GateCard;

class ReviewPage : public Page
{
    Q_OBJECT
public:
    explicit ReviewPage(AnalysisSession *session, QWidget *parent = nullptr);

    QString title() const override { return tr("Review"); }
    QString markdown() const;
    // The verdict shown for a gate: "not ready · FAIL".
    QString statusText(GateId gate) const;
    // The card's checklist as checkLine() writes it ("✓ label: detail").
    QStringList checkLines(GateId gate) const;
    // The rules in force and every override, as the page states them.
    QString rulesText() const;
    void copyMarkdown();

signals:
    void gateDetailsRequested(GateId gate);

private:
    void scheduleRefresh();
    void refresh();
    void showDocument(); // the review as Markdown, in the browser

    QList<GateCard *> m_cards;
    QLabel *m_subtitle = nullptr;
    QLabel *m_copied = nullptr;
    QLabel *m_rules = nullptr;
    QPushButton *m_resetRules = nullptr;
    QPushButton *m_saveRules = nullptr;
    QPushButton *m_copy = nullptr;
    QTextBrowser *m_browser = nullptr;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace gatehouse::ui
