#pragma once
// The first page: the graduation checklist of all three gates. Three cards give each
// gate's verdict, the numbers behind it and the reasons; below them the full review as
// rendered Markdown (the same text `gatehouse-cli report` writes), which "Copy as
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
    // The verdict shown for a gate: "Not ready · FAIL".
    QString statusText(GateId gate) const;
    void copyMarkdown();

signals:
    void gateDetailsRequested(GateId gate);

private:
    void scheduleRefresh();
    void refresh();

    QList<GateCard *> m_cards;
    QLabel *m_subtitle = nullptr;
    QLabel *m_copied = nullptr;
    QPushButton *m_copy = nullptr;
    QTextBrowser *m_browser = nullptr;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace gatehouse::ui
