#include "RulesBanner.h"

#include "ThemedIcon.h"
#include "common/StoredText.h"
#include "common/Translate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

RulesBanner::RulesBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("rulesBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // As the issue banner: the tool-tip pair stands out from the window in any palette.
    QPalette p = palette();
    p.setColor(QPalette::Window, p.color(QPalette::ToolTipBase));
    p.setColor(QPalette::WindowText, p.color(QPalette::ToolTipText));
    setPalette(p);
    auto *icon = new QLabel;
    icon->setPixmap(colourIcon(QStringLiteral("status-fail")).pixmap(QSize(22, 22)));
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("rulesBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_defaults = new QPushButton(tr("Use &built-in defaults"));
    m_defaults->setObjectName(QStringLiteral("useDefaultRules"));
    m_defaults->setToolTip(tr("Judge with the built-in default rules for this session; the "
                              "file is not changed"));
    m_open = new QPushButton(tr("Open Rules…"));
    m_open->setObjectName(QStringLiteral("bannerOpenRules"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_defaults);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    connect(m_defaults, &QPushButton::clicked, this, &RulesBanner::useDefaultsRequested);
    connect(m_open, &QPushButton::clicked, this, &RulesBanner::openRulesRequested);
    hide();
}

void RulesBanner::setErrors(const QList<RulesError> &errors)
{
    QStringList lines{Tr::translate("RulesBanner",
                                    "The rules file has %Ln error(s); no gate has a verdict until "
                                    "they are fixed (then Reload) or you use the built-in "
                                    "defaults:",
                                    nullptr, errors.size())};
    for (const RulesError &e : errors) { // the place as it is, the message in the window's language
        RulesError shown = e;
        shown.message = inReportLanguage(e.message);
        lines << shown.text();
    }
    m_text->setText(errors.isEmpty() ? QString() : lines.join(QLatin1Char('\n')));
    setVisible(!errors.isEmpty());
}

QString RulesBanner::text() const
{
    return m_text->text();
}

} // namespace gatehouse::ui
