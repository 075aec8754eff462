#include "ClassFrequencyModel.h"

#include "ModelRoles.h"

#include <algorithm>

namespace gatehouse::ui {

ClassFrequencyModel::ClassFrequencyModel(QObject *parent) : QAbstractTableModel(parent) {}

void ClassFrequencyModel::setResult(const RolloutResult &result)
{
    QList<Row> rows;
    for (const PolicySummary &policy : result.policies)
        for (const ReasonFrequency &frequency : policy.reasons)
            rows.append({policy.policyHash, frequency});
    // Same (policy, reason) rows after a whitelist edit: update in place so the selected
    // row stays selected and "Whitelist this reason" can be pressed again at once.
    const bool sameRows =
        m_rows.size() == rows.size() &&
        std::equal(m_rows.cbegin(), m_rows.cend(), rows.cbegin(), [](const Row &a, const Row &b) {
            return a.policyHash == b.policyHash && a.frequency.reason == b.frequency.reason;
        });
    if (sameRows && !m_rows.isEmpty()) {
        m_rows = rows;
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void ClassFrequencyModel::setStaleBackground(const QColor &color)
{
    m_staleBackground = color;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::BackgroundRole});
}

int ClassFrequencyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ClassFrequencyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClassFrequencyModel::displayValue(const Row &row, int column) const
{
    const ReasonFrequency &f = row.frequency;
    switch (column) {
    case PolicyColumn:
        return row.policyHash;
    case ReasonColumn:
        return f.reason;
    case RunsColumn:
        return f.runs;
    case SpikesColumn:
        return f.spikes;
    case FailsColumn:
        return f.fails;
    case WhitelistedColumn:
        if (!f.whitelisted)
            return tr("no");
        // Name the class when a glob decided, so the operator knows which entry to edit.
        return f.whitelistPattern == f.reason ? tr("yes") : tr("yes (%1)").arg(f.whitelistPattern);
    case StaleColumn:
        return f.stale ? tr("stale") : QString();
    default:
        return QVariant();
    }
}

QVariant ClassFrequencyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case SortRole:
    case RawValueRole:
        if (index.column() == WhitelistedColumn)
            return row.frequency.whitelisted ? 1 : 0;
        if (index.column() == StaleColumn)
            return row.frequency.stale ? 1 : 0;
        return displayValue(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= RunsColumn && index.column() <= FailsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::BackgroundRole:
        if (row.frequency.stale && m_staleBackground.isValid())
            return m_staleBackground;
        return QVariant();
    case Qt::ToolTipRole:
        if (row.frequency.stale)
            return tr("Whitelisted by \"%1\", which is past its review_by date: it still "
                      "applies, but is due for review")
                .arg(row.frequency.whitelistPattern);
        if (!row.frequency.whitelisted)
            return tr("Not whitelisted: select and press \"Whitelist this reason\"");
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant ClassFrequencyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QVariant();
    if (role == Qt::DisplayRole) {
        static const char *const names[ColumnCount] = {
            QT_TR_NOOP("policy_hash"), QT_TR_NOOP("reason"), QT_TR_NOOP("runs"),
            QT_TR_NOOP("spikes"),      QT_TR_NOOP("FAILs"),  QT_TR_NOOP("whitelisted"),
            QT_TR_NOOP("stale")};
        return tr(names[section]);
    }
    if (role == Qt::ToolTipRole && section == RunsColumn)
        return tr("Runs listing the reason among their top reasons");
    return QVariant();
}

} // namespace gatehouse::ui
