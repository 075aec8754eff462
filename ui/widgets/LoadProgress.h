#pragma once
// Load progress for the status bar: files done of total, the time left once it can be
// estimated, and a Cancel button. Visible only while the session loads.
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace gatehouse::ui {

class AnalysisSession;

class LoadProgress : public QWidget
{
    Q_OBJECT
public:
    explicit LoadProgress(AnalysisSession *session, QWidget *parent = nullptr);

    QString text() const;
    // "120 of 480 files · about 12 s left"; msecsLeft < 0 while unknown.
    static QString describe(int done, int total, qint64 msecsLeft);

private:
    void onProgress(int done, int total, qint64 msecsLeft);

    QProgressBar *m_bar = nullptr;
    QLabel *m_label = nullptr;
    QToolButton *m_cancel = nullptr;
};

} // namespace gatehouse::ui
