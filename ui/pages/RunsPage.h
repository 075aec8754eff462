#pragma once
// Every loaded run (benchmark, install, Gate-V1) with its kind, id, time, source path and
// a link to its CI page when known. Selecting a row selects the run in every view.
#include "Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;

namespace gatehouse::ui {

class RunsModel;
class RunsFilterProxy;
class TableView;

class RunsPage : public Page
{
    Q_OBJECT
public:
    explicit RunsPage(AnalysisSession *session, QWidget *parent = nullptr);

    QString title() const override { return tr("Runs"); }
    RunsModel *model() const { return m_model; }
    TableView *view() const { return m_view; }
    // Shows only runs of this kind ("" = all) whose cells contain text.
    void setFilter(const QString &kind, const QString &text);

private:
    void onDatasetChanged();
    void updateOpenButton();
    void openCiPage(const QModelIndex &index);

    RunsModel *m_model = nullptr;
    RunsFilterProxy *m_filter = nullptr;
    TableView *m_view = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace gatehouse::ui
