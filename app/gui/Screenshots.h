#pragma once
// `gatehouse --screenshots DIR`: loads the sources, waits for the load, shows each page
// at 1400x900 and saves DIR/<page>.png, then quits. For docs/screenshots and for looking
// at the GUI under xvfb (scripts/screenshots.sh).
#include <QObject>
#include <QStringList>

namespace gatehouse::ui {
class MainWindow;
}

namespace gatehouse::app {

class ScreenshotRunner : public QObject
{
    Q_OBJECT
public:
    ScreenshotRunner(ui::MainWindow *window, const QString &dir, QObject *parent = nullptr);
    // Loads, then grabs one page per event-loop turn; the application quits when done
    // (exit code 1 if a file could not be written).
    void start(const QStringList &sources);

private:
    void showPage(int index);
    void grabPage(int index);

    ui::MainWindow *m_window;
    QString m_dir;
    bool m_failed = false;
};

} // namespace gatehouse::app
