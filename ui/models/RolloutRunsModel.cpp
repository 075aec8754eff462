#include "RolloutRunsModel.h"

#include "ModelRoles.h"
#include "common/NumberFormat.h"
#include "i18n/DisplayNumbers.h"

#include <QCoreApplication>

#include <algorithm>

namespace gatehouse::ui {

namespace {

QString yesOrEmpty(bool value)
{
    return value ? QCoreApplication::translate("RolloutRunsModel", "yes") : QString();
}

constexpr int kRowSignalsMax = 200; // more changed rows: one dataChanged over their span

// Whether every cell this model shows of a run is the same in both rows.
bool sameCells(const RolloutRunRow &a, const RolloutRunRow &b)
{
    return a.runClass == b.runClass && a.spike == b.spike && a.wouldWarn == b.wouldWarn &&
           a.wouldWarnWithWhitelist == b.wouldWarnWithWhitelist &&
           a.usesStaleClass == b.usesStaleClass && a.spikeThreshold == b.spikeThreshold &&
           a.run.unknownRate == b.run.unknownRate && a.run.outcome == b.run.outcome &&
           a.run.policyHash == b.run.policyHash && a.run.topReasons == b.run.topReasons &&
           a.run.identity.timestamp == b.run.identity.timestamp &&
           a.run.identity.path == b.run.identity.path;
}

} // namespace

RolloutRunsModel::RolloutRunsModel(QObject *parent) : QAbstractTableModel(parent) {}

void RolloutRunsModel::setResult(const RolloutResult &result)
{
    // The same runs re-analysed (a new WARN threshold, a whitelist edit): update in place
    // so the view keeps its selection and scroll position while a slider moves.
    const bool sameRuns = m_rows.size() == result.rows.size() &&
                          std::equal(m_rows.cbegin(), m_rows.cend(), result.rows.cbegin(),
                                     [](const RolloutRunRow &a, const RolloutRunRow &b) {
                                         return a.run.identity.runId == b.run.identity.runId;
                                     });
    if (sameRuns && !m_rows.isEmpty()) {
        // Only the rows whose cells changed: a slider step changes a handful, and a
        // dataChanged over all 10k rows makes the sorting proxy re-sort every one.
        QList<int> changed;
        for (int i = 0; i < m_rows.size(); ++i)
            if (!sameCells(m_rows.at(i), result.rows.at(i)))
                changed.append(i);
        m_rows = result.rows;
        if (changed.size() > kRowSignalsMax)
            emit dataChanged(index(changed.first(), 0), index(changed.last(), ColumnCount - 1));
        else
            for (const int row : std::as_const(changed))
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = result.rows;
    endResetModel();
}

void RolloutRunsModel::setStaleBackground(const QColor &color)
{
    m_staleBackground = color;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::BackgroundRole});
}

QString RolloutRunsModel::classText(const RolloutRunRow &row)
{
    // runClassName() is the CSV's word; this is the window's.
    QString name;
    switch (row.runClass) {
    case RunClass::Whitelisted:
        name = tr("whitelisted");
        break;
    case RunClass::Unlisted:
        name = tr("unlisted");
        break;
    case RunClass::None:
        name = tr("none");
        break;
    }
    return row.usesStaleClass ? tr("%1 (stale)").arg(name) : name;
}

int RolloutRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RolloutRunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RolloutRunsModel::displayValue(const RolloutRunRow &row, int column) const
{
    switch (column) {
    case RunIdColumn:
        return row.run.identity.runId;
    case TimeColumn:
        return uiTimestamp(row.run.identity.timestamp);
    case PolicyColumn:
        return row.run.policyHash;
    case OutcomeColumn:
        return row.run.outcome;
    case UnknownRateColumn:
        return uiShortest(row.run.unknownRate);
    case ReasonsColumn:
        return row.run.topReasons.join(QStringLiteral("; "));
    case ClassColumn:
        return classText(row);
    case SpikeColumn:
        return yesOrEmpty(row.spike);
    case WouldWarnColumn:
        return yesOrEmpty(row.wouldWarn);
    case WouldWarnWithWhitelistColumn:
        return yesOrEmpty(row.wouldWarnWithWhitelist);
    default:
        return QVariant();
    }
}

QVariant RolloutRunsModel::sortValue(const RolloutRunRow &row, int column) const
{
    // One set of keys: the numeric ones the table view sorts by, then time and text.
    const int index = static_cast<int>(&row - m_rows.constData());
    if (const std::optional<double> key = numericSortKey(index, column))
        return *key;
    if (column == TimeColumn)
        return row.run.identity.timestamp;
    return displayValue(row, column);
}

std::optional<double> RolloutRunsModel::numericSortKey(int row, int column) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    const RolloutRunRow &r = m_rows.at(row);
    switch (column) {
    case RunIdColumn:
        return row; // run order: the natural order of this table, the row index carries it
    case UnknownRateColumn:
        return r.run.unknownRate;
    case SpikeColumn:
        return r.spike ? 1 : 0;
    case WouldWarnColumn:
        return r.wouldWarn ? 1 : 0;
    case WouldWarnWithWhitelistColumn:
        return r.wouldWarnWithWhitelist ? 1 : 0;
    default:
        return std::nullopt;
    }
}

QVariant RolloutRunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const RolloutRunRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case RawValueRole:
        if (index.column() == TimeColumn)
            return formatTimestamp(row.run.identity.timestamp);
        return index.column() == UnknownRateColumn ? QVariant(row.run.unknownRate)
                                                   : displayValue(row, index.column());
    case RunIdRole:
        return row.run.identity.runId;
    case Qt::TextAlignmentRole:
        if (index.column() == UnknownRateColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::BackgroundRole:
        if (row.usesStaleClass && m_staleBackground.isValid())
            return m_staleBackground;
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == SpikeColumn && row.spike)
            return tr("unknown_rate %1 > spike threshold %2 of policy %3")
                .arg(uiShortest(row.run.unknownRate), uiFixed(row.spikeThreshold, 4),
                     row.run.policyHash);
        if (index.column() == ClassColumn && row.usesStaleClass)
            return tr("A reason matched a whitelist class past its review_by date");
        if (index.column() == TimeColumn || index.column() == RunIdColumn)
            return row.run.identity.path.toString();
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant RolloutRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QVariant();
    if (role == Qt::DisplayRole) {
        static const char *const names[ColumnCount] = {
            QT_TR_NOOP("run id"),       QT_TR_NOOP("time"),
            QT_TR_NOOP("policy_hash"),  QT_TR_NOOP("outcome"),
            QT_TR_NOOP("unknown_rate"), QT_TR_NOOP("reasons"),
            QT_TR_NOOP("class"),        QT_TR_NOOP("spike"),
            QT_TR_NOOP("would WARN"),   QT_TR_NOOP("WARN with whitelist")};
        return tr(names[section]);
    }
    if (role == Qt::ToolTipRole && section == WouldWarnWithWhitelistColumn)
        return tr("Would WARN once whitelisted runs are exempt");
    return QVariant();
}

} // namespace gatehouse::ui
