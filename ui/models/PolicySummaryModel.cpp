#include "PolicySummaryModel.h"

#include "ModelRoles.h"
#include "common/NumberFormat.h"
#include "i18n/DisplayNumbers.h"

#include <algorithm>

namespace gatehouse::ui {

PolicySummaryModel::PolicySummaryModel(QObject *parent) : QAbstractTableModel(parent) {}

void PolicySummaryModel::setResult(const RolloutResult &result)
{
    const bool samePolicies =
        m_policies.size() == result.policies.size() &&
        std::equal(m_policies.cbegin(), m_policies.cend(), result.policies.cbegin(),
                   [](const PolicySummary &a, const PolicySummary &b) {
                       return a.policyHash == b.policyHash;
                   });
    if (samePolicies && !m_policies.isEmpty()) { // keep the view's selection
        m_policies = result.policies;
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_policies = result.policies;
    endResetModel();
}

int PolicySummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_policies.size());
}

int PolicySummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicySummaryModel::rawValue(const PolicySummary &policy, int column) const
{
    switch (column) {
    case PolicyColumn:
        return policy.policyHash;
    case RunsColumn:
        return policy.runs;
    case MinColumn:
        return policy.unknownRateMin;
    case MedianColumn:
        return policy.unknownRateMedian;
    case MaxColumn:
        return policy.unknownRateMax;
    case MadColumn:
        return policy.unknownRateMad;
    case SpikeThresholdColumn:
        return policy.spikeThreshold;
    case SpikesColumn:
        return policy.spikes;
    case FailsColumn:
        return policy.fails;
    default:
        return QVariant();
    }
}

QVariant PolicySummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const PolicySummary &policy = m_policies.at(index.row());
    const QVariant raw = rawValue(policy, index.column());
    switch (role) {
    case Qt::DisplayRole:
        // Rates as the data has them (shortest round-trip digits); the derived MAD and
        // threshold rounded, since their full digits carry no meaning for a reader.
        if (index.column() == MadColumn || index.column() == SpikeThresholdColumn)
            return uiFixed(raw.toDouble(), 4);
        if (raw.typeId() == QMetaType::Double)
            return uiShortest(raw.toDouble());
        return raw;
    case SortRole:
    case RawValueRole:
        return raw;
    case Qt::TextAlignmentRole:
        if (index.column() != PolicyColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant PolicySummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QVariant();
    if (role == Qt::DisplayRole) {
        static const char *const names[ColumnCount] = {
            QT_TR_NOOP("policy_hash"),     QT_TR_NOOP("runs"),   QT_TR_NOOP("min"),
            QT_TR_NOOP("median"),          QT_TR_NOOP("max"),    QT_TR_NOOP("MAD"),
            QT_TR_NOOP("spike threshold"), QT_TR_NOOP("spikes"), QT_TR_NOOP("FAILs")};
        return tr(names[section]);
    }
    if (role == Qt::ToolTipRole) {
        if (section == MadColumn)
            return tr("Median absolute deviation of unknown_rate (unscaled)");
        if (section == SpikeThresholdColumn)
            return tr("A run of this policy is a spike above this unknown_rate");
    }
    return QVariant();
}

} // namespace gatehouse::ui
