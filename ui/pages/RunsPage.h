#pragma once
// Every loaded run (benchmark, install, Gate-V1) with its kind, id, time, source path and
// a link to its CI page when known. Selecting a row selects the run in every view.
#include "Page.h"
#include "models/RunsModel.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;

namespace gatehouse::ui {

class RunsFilterProxy;
class TableView;

class RunsPage : public Page
{
    Q_OBJECT
public:
    explicit RunsPage(AnalysisSession *session, QWidget *parent = nullptr);

    QString title() const override { return tr("Runs"); }
    RunsModel *model() const;
    TableView *view() const;
    // Shows only runs of this kind ("" = all) whose cells contain text.
    void setFilter(const QString &kind, const QString &text);

private:
    void onDatasetChanged();
    // Fills the table from the session: 30k rows take long enough to be felt (40 ms), so
    // a hidden page waits until it is shown (then fills a turn later, Page::stage) or
    // asked for its model.
    void makeRows();
    void fill();
    void updateOpenButton();
    void openCiPage(const QModelIndex &index);

    RunsModel::Rows m_rows; // made by makeRows(), for fill()
    RunsModel *m_model = nullptr;
    RunsFilterProxy *m_filter = nullptr;
    TableView *m_view = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace gatehouse::ui
