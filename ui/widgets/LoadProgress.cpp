#include "LoadProgress.h"

#include "AnalysisSession.h"
#include "ThemedIcon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace gatehouse::ui {

LoadProgress::LoadProgress(AnalysisSession *session, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("loadProgress"));
    m_label = new QLabel;
    m_bar = new QProgressBar;
    // Permille, as the session reports steps of 0.1 %.
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(180);
    m_bar->setAccessibleName(tr("Loading progress"));
    m_cancel = new QToolButton;
    m_cancel->setIcon(themedIcon(QStringLiteral("cancel")));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancel->setAutoRaise(true);
    m_cancel->setToolTip(tr("Stop loading (Esc)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);

    connect(m_cancel, &QToolButton::clicked, session, &AnalysisSession::cancel);
    connect(session, &AnalysisSession::loadStarted, this, [this] {
        m_bar->setRange(0, 0); // busy until the file count is known
        m_label->setText(tr("Scanning…"));
        show();
    });
    connect(session, &AnalysisSession::loadProgress, this, &LoadProgress::onProgress);
    connect(session, &AnalysisSession::loadFinished, this, &QWidget::hide);
    hide();
}

QString LoadProgress::describe(int done, int total, qint64 msecsLeft)
{
    // Parts, not files: the number of files is only known once every folder is walked.
    const int percent = total > 0 ? static_cast<int>(qint64(done) * 100 / total) : 100;
    QString text = tr("%1 % loaded").arg(percent);
    if (msecsLeft >= 0) {
        const qint64 seconds = (msecsLeft + 999) / 1000;
        text += seconds >= 120 ? tr(" · about %1 min left").arg((seconds + 59) / 60)
                               : tr(" · about %1 s left").arg(seconds);
    }
    return text;
}

void LoadProgress::onProgress(int done, int total, qint64 msecsLeft)
{
    m_bar->setRange(0, 1000);
    m_bar->setValue(total > 0 ? static_cast<int>(qint64(done) * 1000 / total) : 1000);
    m_label->setText(describe(done, total, msecsLeft));
}

QString LoadProgress::text() const
{
    return m_label->text();
}

} // namespace gatehouse::ui
