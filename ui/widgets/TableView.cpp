#include "TableView.h"

#include "AnalysisSession.h"
#include "models/ModelRoles.h"
#include "models/NumericSortKeys.h"

#include "common/AtomicWrite.h"
#include "common/Csv.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <algorithm>
#include <optional>
#include <vector>

namespace gatehouse::ui {

TableView::TableView(QWidget *parent) : QTableView(parent)
{
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    verticalHeader()->setVisible(false);
    // Fitting a column to its contents measures this many rows (the visible ones and the
    // first), not 1,000: on 10k-row tables each fit was tens of milliseconds.
    horizontalHeader()->setResizeContentsPrecision(kFitRowsMeasured);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
}

namespace {

// Sorts on SortRole, comparing the numbers of a NumericSortKeys model (also behind filter
// proxies set up before this one) directly; everything else as QSortFilterProxyModel does.
// The model and the proxies in between are found once, not per comparison, and each
// row's key is looked up once per sort: mapping both rows through the filter proxy on
// every comparison took 25-35 ms of sorting the 30k rows of 10k runs.
class SortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSourceModel(QAbstractItemModel *model) override
    {
        for (const QMetaObject::Connection &c : std::as_const(m_forget))
            disconnect(c);
        m_forget.clear();
        forgetKeys();
        // Connected before QSortFilterProxyModel connects its own, so the keys are
        // forgotten before it sorts again on the same signal.
        if (model) {
            const auto forget = [this] { forgetKeys(); };
            m_forget = {
                connect(model, &QAbstractItemModel::modelAboutToBeReset, this, forget),
                connect(model, &QAbstractItemModel::modelReset, this, forget),
                connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, forget),
                connect(model, &QAbstractItemModel::layoutChanged, this, forget),
                connect(model, &QAbstractItemModel::rowsInserted, this, forget),
                connect(model, &QAbstractItemModel::rowsRemoved, this, forget),
                connect(model, &QAbstractItemModel::rowsMoved, this, forget),
                connect(model, &QAbstractItemModel::columnsInserted, this, forget),
                connect(model, &QAbstractItemModel::columnsRemoved, this, forget),
                connect(model, &QAbstractItemModel::columnsMoved, this, forget),
                connect(model, &QAbstractItemModel::dataChanged, this, forget),
            };
        }
        QSortFilterProxyModel::setSourceModel(model);
        m_chain.clear();
        const QAbstractItemModel *base = model;
        while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(base)) {
            m_chain.append(proxy);
            base = proxy->sourceModel();
        }
        m_keys = dynamic_cast<const NumericSortKeys *>(base);
    }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (m_keys && !left.parent().isValid()) {
            const std::optional<double> a = keyOf(left);
            if (a) {
                if (const std::optional<double> b = keyOf(right))
                    return *a < *b;
            }
        }
        return QSortFilterProxyModel::lessThan(left, right);
    }

private:
    enum class Key : char
    {
        Unknown,
        Number,
        None
    };

    // The key of a row of this proxy's source model, mapped through the chain once.
    std::optional<double> keyOf(const QModelIndex &index) const
    {
        if (index.column() != m_keysColumn) {
            forgetKeys();
            m_keysColumn = index.column();
        }
        const auto row = static_cast<std::size_t>(index.row());
        if (row >= m_known.size()) {
            const std::size_t rows =
                std::max(row + 1, static_cast<std::size_t>(sourceModel()->rowCount()));
            m_known.resize(rows, Key::Unknown);
            m_values.resize(rows);
        }
        if (m_known.at(row) == Key::Unknown) {
            QModelIndex base = index;
            for (const QAbstractProxyModel *proxy : m_chain)
                base = proxy->mapToSource(base);
            const std::optional<double> key = m_keys->numericSortKey(base.row(), base.column());
            m_known[row] = key ? Key::Number : Key::None;
            m_values[row] = key.value_or(0);
        }
        if (m_known.at(row) == Key::None)
            return std::nullopt;
        return m_values.at(row);
    }
    void forgetKeys() const
    {
        m_known.clear();
        m_values.clear();
        m_keysColumn = -1;
    }

    QList<const QAbstractProxyModel *> m_chain; // from this proxy's source to the model
    const NumericSortKeys *m_keys = nullptr;
    QList<QMetaObject::Connection> m_forget;
    mutable std::vector<Key> m_known; // per row of the source model, for m_keysColumn
    mutable std::vector<double> m_values;
    mutable int m_keysColumn = -1;
};

} // namespace

QSortFilterProxyModel *TableView::setSourceModel(QAbstractItemModel *model)
{
    auto *proxy = new SortProxy(this);
    proxy->setSortRole(SortRole);
    proxy->setSourceModel(model);
    setModel(proxy);
    return proxy;
}

void TableView::linkRunSelection(AnalysisSession *session)
{
    m_session = session;
    connect(session, &AnalysisSession::runSelected, this, &TableView::selectRunRow);
    // One selected row selects its run; a current one does not: a table that gets the
    // focus makes its first row current without selecting it, and re-sorting moves the
    // current row, and either selected a run on every page the operator never chose. Nor
    // does selecting several rows (Ctrl+A to copy, Ctrl-click): no one run was chosen.
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_syncing || !m_session)
            return;
        const QModelIndexList rows = selectionModel()->selectedRows();
        if (rows.size() != 1)
            return;
        const QString runId = rows.first().data(RunIdRole).toString();
        if (!runId.isEmpty())
            m_session->selectRun(runId);
    });
}

void TableView::selectRunRow(const QString &runId)
{
    if (!model() || runId.isEmpty())
        return;
    // Already shown as chosen: the current row, and selected (a current row alone is only
    // where the focus is).
    const QModelIndex current = currentIndex();
    if (current.isValid() && current.data(RunIdRole).toString() == runId &&
        selectionModel()->isRowSelected(current.row(), current.parent()))
        return;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row, 0);
        if (index.data(RunIdRole).toString() == runId) {
            m_syncing = true;
            setCurrentIndex(index);
            scrollTo(index);
            m_syncing = false;
            return;
        }
    }
}

QString TableView::selectionAsTsv() const
{
    if (!model() || !selectionModel())
        return QString();
    QModelIndexList indexes = selectionModel()->selectedIndexes();
    if (indexes.isEmpty())
        return QString();
    std::sort(indexes.begin(), indexes.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() != b.row() ? a.row() < b.row() : a.column() < b.column();
    });
    QList<int> columns;
    for (const QModelIndex &i : indexes)
        if (!columns.contains(i.column()) && !isColumnHidden(i.column()))
            columns.append(i.column());
    std::sort(columns.begin(), columns.end());
    auto clean = [](QString s) {
        return s.replace(QLatin1Char('\t'), QLatin1Char(' '))
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
    };
    QStringList header;
    for (int c : columns)
        header << clean(model()->headerData(c, Qt::Horizontal).toString());
    QString text = header.join(QLatin1Char('\t')) + QLatin1Char('\n');
    int row = -1;
    QStringList cells;
    for (const QModelIndex &i : indexes) {
        if (isColumnHidden(i.column()))
            continue;
        if (i.row() != row) {
            if (row >= 0)
                text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
            row = i.row();
            cells = QStringList();
            for (int k = 0; k < columns.size(); ++k)
                cells << QString();
        }
        cells[columns.indexOf(i.column())] = clean(i.data(Qt::DisplayRole).toString());
    }
    if (row >= 0)
        text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    return text;
}

void TableView::copySelection() const
{
    const QString text = selectionAsTsv();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

QByteArray TableView::tableAsCsv() const
{
    CsvWriter csv;
    if (!model())
        return csv.data();
    QList<int> columns;
    for (int c = 0; c < model()->columnCount(); ++c)
        if (!isColumnHidden(c))
            columns.append(c);
    QStringList header;
    for (int c : columns)
        header << model()->headerData(c, Qt::Horizontal).toString();
    csv.addRow(header);
    for (int row = 0; row < model()->rowCount(); ++row) {
        QStringList cells;
        for (int c : columns)
            cells << model()->index(row, c).data(Qt::DisplayRole).toString();
        csv.addRow(cells);
    }
    return csv.data();
}

bool TableView::exportCsv(const QString &path, QString *error) const
{
    return writeFileAtomically(path, tableAsCsv(), error);
}

void TableView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("Copy"), this, &TableView::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(selectionModel() && selectionModel()->hasSelection());
    menu.addAction(tr("Export Table as CSV…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export table"),
            objectName().isEmpty() ? QStringLiteral("table.csv")
                                   : objectName() + QStringLiteral(".csv"),
            tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!exportCsv(path, &error)) // an export error, not a parse issue: say it now
            QMessageBox::warning(this, tr("Export table"), error);
    });
    menu.exec(event->globalPos());
}

void TableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void TableView::enableColumnMenu(const std::function<void()> &changed)
{
    QHeaderView *header = horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this,
            [this, header, changed](const QPoint &at) {
                QMenu menu(this);
                for (int column = 0; column < model()->columnCount(); ++column) {
                    QString name = model()->headerData(column, Qt::Horizontal).toString();
                    QAction *a = menu.addAction(name.replace(QLatin1Char('\n'), QLatin1Char(' ')));
                    a->setCheckable(true);
                    a->setChecked(!isColumnHidden(column));
                    a->setEnabled(column > 0);
                    connect(a, &QAction::toggled, this, [this, column, changed](bool shown) {
                        setColumnHidden(column, !shown);
                        if (changed)
                            changed();
                    });
                }
                menu.exec(header->mapToGlobal(at));
            });
}

} // namespace gatehouse::ui
