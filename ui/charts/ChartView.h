#pragma once
// The one chart widget every page uses: a thin adapter over Qt Charts (deprecated after
// Qt 6.10, so nothing else in ui/ should depend on it directly more than it must).
// Rubber-band zoom, wheel zoom, keys (+ - arrows, 0 resets), PNG/SVG export, and a theme
// that follows the palette (dark when the base colour is dark). A click (press and release
// without a drag) is not a zoom: it is reported as valueClicked, so pages can select the run
// under it; Shift+drag reports an x range (xRangeSelected) instead of zooming.
#include <QChartView>
#include <QFont>
#include <QStringList>

namespace gatehouse::ui {

class ChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);

    // Takes ownership of chart, applies the palette theme.
    void setChartWithTheme(QChart *chart);
    // Exports as PNG or SVG by file extension; false with *error on failure.
    bool exportImage(const QString &path, QString *error = nullptr);
    void resetZoom();
    static bool isDarkPalette(const QPalette &palette);
    static void applyTheme(QChart *chart, const QPalette &palette);
    // The chart value (first series' axes) under a view position.
    QPointF valueAt(const QPoint &viewPos) const;

signals:
    // A left click inside the plot area, in chart values.
    void valueClicked(const QPointF &value);
    // A Shift+drag along x, in chart values (from < to).
    void xRangeSelected(double from, double to);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void exportWithDialog();
    // Qt truncates legend labels ("Baseli…") that do not fit: a row above or below the
    // plot wider than the chart, a column beside it wider than 40 % of the chart. The
    // legend's font shrinks (to 70 % at most) until every label fits, which the narrow
    // charts need at the window's minimum size and in German.
    void fitLegend();

    QPoint m_pressPos;
    bool m_pressed = false;
    bool m_rangeDrag = false;
    QFont m_legendFont; // the theme's, before fitLegend
};

// Qt Charts centres a tilted category label on its tick and hides the first (and last)
// label when its tilted box would cross the plot's edge: a long first detector name was
// dropped. The steepest tilt needed so that the end labels fit half a category, for a
// plot at least about plotWidth pixels wide (0, -30, -45, -60 or -90 degrees).
double categoryLabelAngle(const QStringList &categories, const QFont &font, double plotWidth = 360);

// A category label short enough to stand tilted under a plot: names over maxChars keep
// their start and their last "/" part ("FilelessExec…/memfd"); the tooltip has the whole.
// Falls back to the whole name when the short form is already among `taken`.
QString shortCategoryLabel(const QString &name, const QStringList &taken, int maxChars = 20);

// The word every detector name ends with ("Detector" in ConnectDetector, DNSExfilDetector,
// FilelessExecDetector/memfd: before any "/"), when there are two names or more and each
// has more than that word; "" otherwise. Left out of the labels under a chart, it made
// them short enough to stand whole (a vertical label was cut at the chart's edge).
QString commonNameSuffix(const QStringList &names);
// name without that suffix (the part before any "/" loses it).
QString withoutSuffix(const QString &name, const QString &suffix);

} // namespace gatehouse::ui
