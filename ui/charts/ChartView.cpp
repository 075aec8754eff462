#include "ChartView.h"

#include <QBuffer>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QMenu>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWheelEvent>

namespace gatehouse::ui {

ChartView::ChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::RectangleRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(220);
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
    if (event->type() == QEvent::PaletteChange && chart())
        applyTheme(chart(), palette());
    QChartView::changeEvent(event);
}

void ChartView::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), QStringLiteral("chart.png"),
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

} // namespace gatehouse::ui
