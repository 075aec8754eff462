#pragma once
// The one chart widget every page uses: a thin adapter over Qt Charts (deprecated after
// Qt 6.10, so nothing else in ui/ should depend on it directly more than it must).
// Rubber-band zoom, wheel zoom, keys (+ - arrows, 0 resets), PNG/SVG export, and a theme
// that follows the palette (dark when the base colour is dark).
#include <QChartView>

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

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void exportWithDialog();
};

} // namespace gatehouse::ui
