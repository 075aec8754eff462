#pragma once
// Every parse issue of the load: severity, file, line and reason, the whole message of
// the selected one below the table, and "Open containing folder" for files on disk.
#include "Page.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace gatehouse::ui {

class IssuesModel;
class TableView;
class SeverityFilterProxy;

class ProblemsPage : public Page
{
    Q_OBJECT
public:
    explicit ProblemsPage(AnalysisSession *session, QWidget *parent = nullptr);

    QString title() const override { return tr("Problems"); }
    IssuesModel *model() const { return m_model; }
    TableView *view() const { return m_view; }
    // The folder "Open containing folder" would open for the current row; empty if none.
    QString containingFolder() const;

private:
    void onDatasetChanged();
    void onCurrentChanged();
    void openContainingFolder();

    IssuesModel *m_model = nullptr;
    SeverityFilterProxy *m_filter = nullptr;
    TableView *m_view = nullptr;
    QComboBox *m_severity = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_openFolder = nullptr;
};

} // namespace gatehouse::ui
