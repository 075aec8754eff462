#pragma once
// The table view of every page: sorting through a proxy on SortRole, Ctrl+C copies the
// selection as TSV (header row included), and rows that are runs follow the session's
// selected run both ways (linked views).
#include <QTableView>
#include <functional>

class QSortFilterProxyModel;

namespace gatehouse::ui {

class AnalysisSession;

class TableView : public QTableView
{
    Q_OBJECT
public:
    static constexpr int kFitRowsMeasured = 100;
    explicit TableView(QWidget *parent = nullptr);

    // Wraps model in a sorting proxy (SortRole) and shows it. Returns the proxy.
    QSortFilterProxyModel *setSourceModel(QAbstractItemModel *model);
    // Selecting a row selects its run (RunIdRole) in the session, and a run selected
    // elsewhere selects its row here.
    void linkRunSelection(AnalysisSession *session);
    // The selected cells as tab-separated text with a header row.
    QString selectionAsTsv() const;
    void copySelection() const;
    // Every row of the table as shown (sorted, filtered, visible columns) as RFC 4180 CSV
    // with a header row, numbers as displayed.
    QByteArray tableAsCsv() const;
    // Writes tableAsCsv() atomically; false with *error on failure.
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    // Makes the row of this run current (no-op when the table has no such run).
    void selectRunRow(const QString &runId);
    // A context menu on the header that shows or hides any column but the first;
    // changed() runs after each toggle (to fit the columns again).
    void enableColumnMenu(const std::function<void()> &changed = {});

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    AnalysisSession *m_session = nullptr;
    bool m_syncing = false;
};

} // namespace gatehouse::ui
