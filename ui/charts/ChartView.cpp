#include "ChartView.h"

#include <QApplication>
#include <QBuffer>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QMenu>
#include <QMouseEvent>
#include <QRubberBand>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWheelEvent>
#include <cmath>

namespace gatehouse::ui {

ChartView::ChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::RectangleRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(220);
    // QGraphicsView tells its scene "window activated" whenever the view is shown and
    // "deactivated" when hidden, that is on every page switch, and the scene passes it to
    // every item: with 10k runs behind a chart, 20-35 ms of Qt Charts work per chart and
    // switch. No item of a chart takes focus or looks different when inactive.
    if (scene())
        scene()->installEventFilter(this);
}

bool ChartView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == scene() &&
        (event->type() == QEvent::WindowActivate || event->type() == QEvent::WindowDeactivate))
        return true;
    return QChartView::eventFilter(watched, event);
}

bool ChartView::isDarkPalette(const QPalette &palette)
{
    // Qt 6.4 has no colour-scheme API: judge by the base colour's lightness.
    return palette.color(QPalette::Base).lightness() < 128;
}

void ChartView::applyTheme(QChart *chart, const QPalette &palette)
{
    // The theme first, custom colours after (a theme resets series colours).
    chart->setTheme(isDarkPalette(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    if (chart->legend())
        chart->legend()->setLabelColor(palette.color(QPalette::Text));
}

void ChartView::setChartWithTheme(QChart *chart)
{
    QChart *old = this->chart();
    setChart(chart);
    if (old && old != chart)
        delete old;
    applyTheme(chart, palette());
    if (chart->legend())
        m_legendFont = chart->legend()->font();
    fitLegend();
}

void ChartView::fitLegend()
{
    QChart *c = chart();
    QLegend *legend = c ? c->legend() : nullptr;
    if (!legend || !legend->isVisible() || !legend->isAttachedToChart())
        return;
    // A row takes every label side by side; a column beside the plot gets at most 40 % of
    // the chart's width (Qt Charts' AbstractChartLayout) for its widest label.
    const bool row = legend->alignment() & (Qt::AlignTop | Qt::AlignBottom);
    const qreal inner = width() - c->margins().left() - c->margins().right();
    const qreal available = row ? inner : 0.4 * (inner - 18);
    QFont font = m_legendFont;
    for (qreal scale = 1.0; scale >= 0.7; scale -= 0.05) {
        font.setPointSizeF(m_legendFont.pointSizeF() * scale);
        const QFontMetricsF metrics(font);
        qreal needed = 0;
        for (const QLegendMarker *marker : legend->markers()) {
            if (!marker->isVisible())
                continue;
            // the marker box, the label and the gaps around them
            const qreal item = metrics.horizontalAdvance(marker->label()) + metrics.height() + 34;
            needed = row ? needed + item : std::max(needed, item);
        }
        if (needed <= available)
            break;
    }
    if (legend->font() != font)
        legend->setFont(font);
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    fitLegend();
}

void ChartView::resetZoom()
{
    if (chart())
        chart()->zoomReset();
}

void ChartView::wheelEvent(QWheelEvent *event)
{
    if (!chart())
        return;
    const double factor = event->angleDelta().y() > 0 ? 1.25 : 0.8;
    chart()->zoom(factor);
    event->accept();
}

QPointF ChartView::valueAt(const QPoint &viewPos) const
{
    if (!chart())
        return {};
    return chart()->mapToValue(chart()->mapFromScene(mapToScene(viewPos)));
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton;
    m_pressPos = event->position().toPoint();
    m_rangeDrag = m_pressed && (event->modifiers() & Qt::ShiftModifier);
    if (m_rangeDrag) { // no rubber band: the range is for a comparison, not a zoom
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const bool click = m_pressed && event->button() == Qt::LeftButton &&
                       (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance();
    const bool range = m_rangeDrag && event->button() == Qt::LeftButton;
    m_pressed = m_rangeDrag = false;
    if (range) {
        event->accept();
        const double a = valueAt(m_pressPos).x(), b = valueAt(pos).x();
        if (!click)
            emit xRangeSelected(std::min(a, b), std::max(a, b));
        return;
    }
    if (click) {
        // QChartView would zoom into the empty rectangle of a click (and the press never
        // reached the series, so their clicked() stays silent): drop the rubber band.
        for (QRubberBand *band : findChildren<QRubberBand *>())
            band->hide();
        QChartView::mouseReleaseEvent(event);
        if (chart() && chart()->plotArea().contains(chart()->mapFromScene(mapToScene(pos))))
            emit valueClicked(valueAt(pos));
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    if (!chart())
        return QChartView::keyPressEvent(event);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        chart()->zoomIn();
        break;
    case Qt::Key_Minus:
        chart()->zoomOut();
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        chart()->zoomReset();
        break;
    case Qt::Key_Left:
        chart()->scroll(-20, 0);
        break;
    case Qt::Key_Right:
        chart()->scroll(20, 0);
        break;
    case Qt::Key_Up:
        chart()->scroll(0, 20);
        break;
    case Qt::Key_Down:
        chart()->scroll(0, -20);
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Reset zoom"), this, &ChartView::resetZoom);
    menu.addAction(tr("Export image…"), this, &ChartView::exportWithDialog);
    menu.exec(event->globalPos());
}

void ChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && chart()) {
        applyTheme(chart(), palette());
        if (chart()->legend())
            m_legendFont = chart()->legend()->font();
        fitLegend();
    }
    QChartView::changeEvent(event);
}

void ChartView::exportWithDialog()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export chart"), QStringLiteral("chart.png"),
                                     tr("PNG image (*.png);;SVG image (*.svg)"));
    if (!path.isEmpty())
        exportImage(path);
}

bool ChartView::exportImage(const QString &path, QString *error)
{
    QByteArray bytes;
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size());
        generator.setViewBox(rect());
        generator.setTitle(chart() ? chart()->title() : QString());
        QPainter painter(&generator);
        render(&painter);
        painter.end();
    } else {
        const qreal dpr = devicePixelRatioF();
        QImage image(size() * dpr, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(palette().color(QPalette::Base));
        QPainter painter(&image);
        render(&painter);
        painter.end();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString shortCategoryLabel(const QString &name, const QStringList &taken, int maxChars)
{
    if (name.size() <= maxChars)
        return name;
    const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
    const QString tail =
        slash > 0 && name.size() - slash <= maxChars / 2 ? name.mid(slash) : QString();
    const QString text = name.left(maxChars - tail.size() - 1) + QStringLiteral("…") + tail;
    return taken.contains(text) ? name : text;
}

QString commonNameSuffix(const QStringList &names)
{
    if (names.size() < 2)
        return QString();
    const auto head = [](const QString &name) { return name.left(name.indexOf(QLatin1Char('/'))); };
    // The last capitalised word of the first name, as CamelCase writes it.
    const QString first = head(names.first());
    qsizetype start = first.size() - 1;
    while (start > 0 && !first.at(start).isUpper())
        --start;
    const QString suffix = first.mid(start);
    if (start <= 0 || suffix.size() < 4)
        return QString();
    for (const QString &name : names) {
        const QString h = head(name);
        if (!h.endsWith(suffix) || h.size() <= suffix.size())
            return QString();
    }
    return suffix;
}

QString withoutSuffix(const QString &name, const QString &suffix)
{
    if (suffix.isEmpty())
        return name;
    const qsizetype slash = name.indexOf(QLatin1Char('/'));
    const QString head = slash < 0 ? name : name.left(slash);
    if (!head.endsWith(suffix))
        return name;
    return head.left(head.size() - suffix.size()) + (slash < 0 ? QString() : name.mid(slash));
}

double categoryLabelAngle(const QStringList &categories, const QFont &font, double plotWidth)
{
    if (categories.isEmpty())
        return 0;
    const QFontMetricsF metrics(font);
    const double category = plotWidth / categories.size();
    const double height = metrics.height();
    double widest = 0;
    for (const QString &label : categories)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    const double endWidth = std::max(metrics.horizontalAdvance(categories.first()),
                                     metrics.horizontalAdvance(categories.last()));
    for (double angle : {0.0, -30.0, -45.0, -60.0}) {
        const double r = angle * 3.14159265358979 / 180.0;
        const auto tilted = [&](double w) {
            return w * std::fabs(std::cos(r)) + height * std::fabs(std::sin(r));
        };
        // The end labels within the plot, and neighbours apart (a tilted label needs only
        // its height·/sin of room sideways).
        const double room = angle == 0 ? widest : height / std::fabs(std::sin(r));
        if (tilted(endWidth) <= category && room <= category)
            return angle;
    }
    return -90;
}

} // namespace gatehouse::ui
