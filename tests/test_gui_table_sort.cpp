// TableView's sorting proxy keeps each row's numeric sort key for one sort (mapping both
// rows through the filter proxies on every comparison was most of a 30k-row sort). The
// keys must be forgotten on every change of the rows beneath: after each change below the
// order shown is the order of the values, as a fresh sort would give.
#include "models/ModelRoles.h"
#include "models/NumericSortKeys.h"
#include "widgets/TableView.h"

#include <QAbstractItemModelTester>
#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QtTest>
#include <algorithm>
#include <functional>

using namespace gatehouse::ui;

namespace {

// One column of numbers; SortRole and numericSortKey agree, as NumericSortKeys requires.
class NumbersModel : public QAbstractTableModel, public NumericSortKeys
{
public:
    QList<double> values;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(values.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 1;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        if (role == Qt::DisplayRole)
            return QString::number(values.at(index.row()));
        if (role == SortRole)
            return values.at(index.row());
        return {};
    }
    std::optional<double> numericSortKey(int row, int) const override { return values.at(row); }

    void reset(const QList<double> &v)
    {
        beginResetModel();
        values = v;
        endResetModel();
    }
    void set(int row, double v)
    {
        values[row] = v;
        emit dataChanged(index(row, 0), index(row, 0));
    }
    void insert(int row, double v)
    {
        beginInsertRows({}, row, row);
        values.insert(row, v);
        endInsertRows();
    }
    void remove(int row)
    {
        beginRemoveRows({}, row, row);
        values.removeAt(row);
        endRemoveRows();
    }
};

QList<double> shown(const QAbstractItemModel &view)
{
    QList<double> out;
    for (int row = 0; row < view.rowCount(); ++row)
        out.append(view.index(row, 0).data(SortRole).toDouble());
    return out;
}

} // namespace

using Change = std::function<void(NumbersModel &, QSortFilterProxyModel &)>;
Q_DECLARE_METATYPE(Change)

class TestGuiTableSort : public QObject
{
    Q_OBJECT
private slots:
    void orderFollowsEveryChange_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QList<double>>("expected"); // ascending, as shown
        QTest::addRow("reset with new values")
            << Change([](NumbersModel &m, QSortFilterProxyModel &) {
                   m.reset({9, 1, 5, 3});
               })
            << QList<double>{1, 3, 5, 9};
        QTest::addRow("one value changed")
            << Change([](NumbersModel &m, QSortFilterProxyModel &) { m.set(0, 100); })
            << QList<double>{10, 20, 30, 40, 100};
        QTest::addRow("row inserted")
            << Change([](NumbersModel &m, QSortFilterProxyModel &) { m.insert(0, 25); })
            << QList<double>{10, 20, 25, 30, 40, 50};
        QTest::addRow("row removed")
            << Change([](NumbersModel &m, QSortFilterProxyModel &) { m.remove(1); })
            << QList<double>{10, 30, 40, 50};
        QTest::addRow("filter changed") << Change([](NumbersModel &, QSortFilterProxyModel &f) {
            f.setFilterRegularExpression(QStringLiteral("^[^3]"));
        }) << QList<double>{10, 20, 40, 50};
        QTest::addRow("filter changed, then a value")
            << Change([](NumbersModel &m, QSortFilterProxyModel &f) {
                   f.setFilterRegularExpression(QStringLiteral("^[^3]"));
                   m.set(4, 5);
               })
            << QList<double>{5, 10, 20, 40, 50};
    }

    void orderFollowsEveryChange()
    {
        QFETCH(Change, change);
        QFETCH(QList<double>, expected);
        NumbersModel model;
        model.values = {50, 20, 40, 10, 30};
        QSortFilterProxyModel filter; // a filter proxy between the model and the sort proxy
        filter.setSourceModel(&model);
        TableView view;
        QSortFilterProxyModel *sorted = view.setSourceModel(&filter);
        QAbstractItemModelTester tester(sorted);
        view.sortByColumn(0, Qt::AscendingOrder);
        QCOMPARE(shown(*sorted), (QList<double>{10, 20, 30, 40, 50}));
        change(model, filter);
        QCOMPARE(shown(*sorted), expected);
        view.sortByColumn(0, Qt::DescendingOrder);
        std::reverse(expected.begin(), expected.end());
        QCOMPARE(shown(*sorted), expected);
    }
};

QTEST_MAIN(TestGuiTableSort)
#include "test_gui_table_sort.moc"
