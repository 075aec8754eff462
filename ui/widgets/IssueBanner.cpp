#include "IssueBanner.h"

#include "ThemedIcon.h"
#include "common/Translate.h"
#include "models/IssuesModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <algorithm>

namespace gatehouse::ui {

IssueBanner::IssueBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("issueBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_icon = new QLabel;
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("issueBannerText"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_show = new QPushButton(tr("Show problems"));
    m_show->setObjectName(QStringLiteral("showProblems"));
    m_show->setIcon(themedIcon(QStringLiteral("page-problems")));
    m_close = new QToolButton;
    m_close->setIcon(themedIcon(QStringLiteral("close")));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Hide this notice until the next load"));
    m_close->setAccessibleName(tr("Hide notice"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_show);
    layout->addWidget(m_close);

    connect(m_show, &QPushButton::clicked, this, &IssueBanner::showProblemsRequested);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    applyPalette();
    hide();
}

QString IssueBanner::describe(const ParseIssues &issues)
{
    if (issues.isEmpty())
        return QString();
    const int unusable = unusableFileCount(issues);
    const int other = static_cast<int>(std::count_if(issues.cbegin(), issues.cend(),
                                                     [](const ParseIssue &i) {
                                                         return i.severity != Severity::Error;
                                                     }));
    QString text;
    if (unusable > 0)
        text = Tr::translate("IssueBanner", "%Ln file(s) could not be used", nullptr, unusable);
    if (other > 0) {
        const QString notes =
            Tr::translate("IssueBanner", "%Ln warning(s) about the loaded files", nullptr, other);
        text = text.isEmpty() ? notes : tr("%1, %2").arg(text, notes);
    }
    return text;
}

void IssueBanner::setIssues(const ParseIssues &issues)
{
    const QString text = describe(issues);
    m_hasErrors = std::any_of(issues.cbegin(), issues.cend(),
                              [](const ParseIssue &i) { return i.severity == Severity::Error; });
    m_text->setText(text);
    m_icon->setPixmap(colourIcon(m_hasErrors ? QStringLiteral("severity-error")
                                             : QStringLiteral("severity-warning"))
                          .pixmap(QSize(20, 20), devicePixelRatioF()));
    setAccessibleDescription(text);
    setVisible(!text.isEmpty());
}

void IssueBanner::setShowProblemsVisible(bool visible)
{
    m_show->setVisible(visible);
}

QString IssueBanner::text() const
{
    return m_text->text();
}

void IssueBanner::applyPalette()
{
    // The tool-tip pair is the palette's one colour pair meant to stand out from the
    // window and still be readable, in light and dark palettes alike.
    QPalette p = palette();
    p.setColor(QPalette::Window, p.color(QPalette::ToolTipBase));
    p.setColor(QPalette::WindowText, p.color(QPalette::ToolTipText));
    setPalette(p);
}

void IssueBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
    QFrame::changeEvent(event);
}

} // namespace gatehouse::ui
