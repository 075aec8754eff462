#include "GatePageParts.h"

#include "AnalysisSession.h"
#include "charts/AllocationsCharts.h"
#include "common/StoredText.h"
#include "i18n/DisplayNumbers.h"

#include <QBoxLayout>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QLabel>
#include <QToolTip>
#include <QXYSeries>

namespace gatehouse::ui {
namespace {

Tone toneOf(GateStatus gate)
{
    switch (gate) {
    case GateStatus::Pass:
        return Tone::Good;
    case GateStatus::Fail:
        return Tone::Bad;
    case GateStatus::Insufficient:
    case GateStatus::NoData:
        break;
    }
    return Tone::Warning;
}

// A tinted background that follows the label's own palette (dark or light).
void tint(QLabel *label, const QColor &color)
{
    label->setAutoFillBackground(true);
    QPalette p = label->palette();
    // Blend the tint over the base so the label stays opaque and readable.
    const QColor base = p.color(QPalette::Base);
    const double a = color.alphaF();
    p.setColor(QPalette::Window, QColor::fromRgbF(base.redF() * (1 - a) + color.redF() * a,
                                                  base.greenF() * (1 - a) + color.greenF() * a,
                                                  base.blueF() * (1 - a) + color.blueF() * a));
    label->setPalette(p);
}

} // namespace

void setupStatusLabels(QLabel *status, QLabel *reasons, QLabel *warnings)
{
    QFont font = status->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    status->setFont(font);
    status->setMargin(6);
    status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    status->setObjectName(QStringLiteral("gateStatus"));
    reasons->setWordWrap(true);
    reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    reasons->setObjectName(QStringLiteral("gateReasons"));
    warnings->setWordWrap(true);
    warnings->setMargin(6);
    warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    warnings->setObjectName(QStringLiteral("gateWarnings"));
    warnings->hide();
}

void showGateStatus(QLabel *status, GateStatus gate, const QString &line)
{
    status->setText(localizedNumbers(line));
    tint(status, toneTint(toneOf(gate), status->palette()));
}

void showWarnings(QLabel *warnings, const QStringList &lines)
{
    QStringList marked;
    for (const QString &line : lines)
        marked.append(QStringLiteral("⚠ ") + localizedNumbers(inReportLanguage(line)));
    warnings->setText(marked.join(QLatin1Char('\n')));
    tint(warnings, toneTint(Tone::Warning, warnings->palette()));
    warnings->setVisible(!lines.isEmpty());
}

void addLabelled(QBoxLayout *layout, const QString &label, QWidget *control)
{
    auto *text = new QLabel(label, control->parentWidget());
    text->setBuddy(control);
    layout->addWidget(text);
    layout->addWidget(control);
    layout->addSpacing(12);
}

void showChartToolTip(QWidget *view, bool on, const QString &text)
{
    if (on && !text.isEmpty())
        QToolTip::showText(QCursor::pos(), text, view);
    else
        QToolTip::hideText();
}

void linkRunPoints(QChart *chart, const QStringList &names, QWidget *view, QObject *context,
                   AnalysisSession *session, std::function<QString(const QPointF &)> tipAt,
                   std::function<QString(const QPointF &)> runAt)
{
    for (QAbstractSeries *s : chart->series()) {
        if (!names.contains(s->objectName()))
            continue;
        auto *xy = static_cast<QXYSeries *>(s);
        QObject::connect(
            xy, &QXYSeries::hovered, context,
            [view, tipAt](const QPointF &p, bool on) { showChartToolTip(view, on, tipAt(p)); });
        QObject::connect(xy, &QXYSeries::clicked, context, [session, runAt](const QPointF &p) {
            const QString runId = runAt(p);
            if (!runId.isEmpty())
                session->selectRun(runId);
        });
    }
}

RebuildOnResize::RebuildOnResize(QWidget *view, std::function<void()> rebuild)
    : QObject(view), m_view(view), m_rebuild(std::move(rebuild))
{
    m_timer.setObjectName(QStringLiteral("rebuildOnResize:") + view->objectName()); // the probe
    m_timer.setSingleShot(true);
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, [this] { m_rebuild(); });
    view->installEventFilter(this);
}

int RebuildOnResize::plotWidthForBuild()
{
    m_builtWidth = m_view->width();
    return std::max(200, m_builtWidth - 90);
}

bool RebuildOnResize::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize &&
        std::abs(m_view->width() - m_builtWidth) > 0.15 * std::max(1, m_builtWidth))
        m_timer.start();
    return QObject::eventFilter(watched, event);
}

} // namespace gatehouse::ui

namespace gatehouse::ui {

QLabel *makePageIntro(const QString &text, QWidget *parent)
{
    auto *intro = new QLabel(text, parent);
    intro->setObjectName(QStringLiteral("pageIntro"));
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    return intro;
}

QString unmetChecksText(const GateChecks &checks)
{
    QStringList lines;
    for (const GateCheck &c : checks)
        if (!c.met)
            lines << localizedNumbers(c.detail.isEmpty()
                                          ? QStringLiteral("✗ %1").arg(c.label)
                                          : QStringLiteral("✗ %1: %2").arg(c.label, c.detail));
    return lines.join(QStringLiteral(" · "));
}

void showNoVerdict(QLabel *status)
{
    showGateStatus(status, GateStatus::NoData,
                   QObject::tr("No verdict: the rules file has errors (see the notice above)"));
}

} // namespace gatehouse::ui
