#include "ChangePointsModel.h"

#include "ModelRoles.h"
#include "bench/AllocationsAnalysis.h"
#include "charts/ChangePointMarks.h"
#include "common/RunIdentity.h"
#include "i18n/DisplayNumbers.h"

namespace gatehouse::ui {

ChangePointsModel::ChangePointsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChangePointsModel::setSeries(const changes::SeriesChangePoints &series, const QString &unit)
{
    beginResetModel();
    m_series = series;
    m_unit = unit;
    endResetModel();
}

int ChangePointsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_series.points.size());
}

int ChangePointsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangePointsModel::rawValue(const changes::ChangePoint &point, int column) const
{
    switch (column) {
    case RunColumn:
        return m_series.runIds.value(point.index);
    case TimeColumn:
        return m_series.timestamps.value(point.index);
    case BeforeColumn:
        return point.meanBefore;
    case AfterColumn:
        return point.meanAfter;
    case ChangeColumn:
        return point.forwardChangePercent;
    case PvalueColumn:
        return point.pvalue;
    case NoteColumn:
        return m_series.startsNewPolicy(point)
                   ? tr("first run of policy %1").arg(m_series.policyHashes.at(point.index))
                   : QString();
    default:
        return QVariant();
    }
}

QVariant ChangePointsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const changes::ChangePoint &point = m_series.points.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn: {
            const QDateTime time = m_series.timestamps.value(point.index);
            return time.isValid() ? uiTimestamp(time) : tr("no timestamp");
        }
        case BeforeColumn:
        case AfterColumn:
            return changeMeanText(rawValue(point, column).toDouble(), m_unit);
        case ChangeColumn:
            return changePercentText(point);
        case PvalueColumn:
            return changePvalueText(point.pvalue);
        default:
            return rawValue(point, column);
        }
    case Qt::ToolTipRole:
        return changePointToolTip(m_series, point, m_unit);
    case SortRole:
    case RawValueRole: {
        const QVariant raw = rawValue(point, column);
        // Runs sort in series order (run order), not as text.
        return column == RunColumn && role == SortRole ? QVariant(point.index) : raw;
    }
    case RunIdRole:
        return m_series.runIds.value(point.index);
    case Qt::TextAlignmentRole:
        if (column >= BeforeColumn && column <= PvalueColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant ChangePointsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QVariant();
    if (role == Qt::DisplayRole) {
        static const char *const names[ColumnCount] = {
            QT_TR_NOOP("change at run"), QT_TR_NOOP("time"),   QT_TR_NOOP("mean before"),
            QT_TR_NOOP("mean after"),    QT_TR_NOOP("change"), QT_TR_NOOP("p"),
            QT_TR_NOOP("note")};
        return tr(names[section]);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RunColumn:
            return tr("The first run of the new segment");
        case ChangeColumn:
            return tr("(mean after / mean before − 1) · 100");
        case PvalueColumn:
            return tr("Two-sided t-test of the two segments (Otava); smaller is surer");
        default:
            break;
        }
    }
    return QVariant();
}

} // namespace gatehouse::ui
