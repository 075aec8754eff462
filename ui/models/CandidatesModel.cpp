#include "CandidatesModel.h"

#include "ModelRoles.h"
#include "bench/AllocationsAnalysis.h"
#include "common/NumberFormat.h"
#include "common/Translate.h"
#include "i18n/DisplayNumbers.h"

namespace gatehouse::ui {

CandidatesModel::CandidatesModel(QObject *parent) : QAbstractTableModel(parent) {}

void CandidatesModel::setCandidates(const QList<WhitelistCandidate> &candidates)
{
    // A reset, not a diff: the list is re-ranked by every edit and is a few dozen rows.
    beginResetModel();
    m_candidates = candidates;
    endResetModel();
}

int CandidatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_candidates.size());
}

int CandidatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const WhitelistCandidate &c = m_candidates.at(index.row());
    const bool display = role == Qt::DisplayRole || role == RawValueRole;
    switch (index.column()) {
    case ReasonColumn:
        if (display || role == SortRole)
            return c.reason;
        break;
    case RunsColumn:
        if (display || role == SortRole)
            return c.runs;
        break;
    case SpikesColumn:
        if (display || role == SortRole)
            return c.spikes;
        break;
    case FailsColumn:
        if (display || role == SortRole)
            return c.fails;
        if (role == Qt::ToolTipRole && c.fails > 0)
            return Tr::translate("CandidatesModel",
                                 "Whitelisting this reason would hide %Ln FAIL run(s)", nullptr,
                                 c.fails);
        break;
    case FpRateIfAddedColumn:
        if (role == Qt::DisplayRole)
            return c.fpRateIfAdded ? uiCompact(*c.fpRateIfAdded * 100.0, 1) + QStringLiteral(" %")
                                   : tr("undefined");
        if (role == SortRole || role == RawValueRole)
            // Undefined ranks last, as core ranks it.
            return c.fpRateIfAdded ? *c.fpRateIfAdded : 2.0;
        break;
    default:
        break;
    }
    if (role == Qt::TextAlignmentRole && index.column() != ReasonColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return QVariant();
}

QVariant CandidatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QVariant();
    if (role == Qt::DisplayRole) {
        static const char *const names[ColumnCount] = {QT_TR_NOOP("reason"), QT_TR_NOOP("runs"),
                                                       QT_TR_NOOP("spikes"), QT_TR_NOOP("FAILs"),
                                                       QT_TR_NOOP("FP if added")};
        return tr(names[section]);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ReasonColumn:
            return tr("A top reason that no whitelist class matches");
        case RunsColumn:
            return tr("Loaded runs listing this reason");
        case SpikesColumn:
            return tr("Spikes among those runs");
        case FailsColumn:
            return tr("FAIL runs among those runs: whitelisting them hides real signals");
        case FpRateIfAddedColumn:
            return tr("FP rate if added: the WARN false-positive rate at the threshold in "
                      "force with this reason added as a class");
        default:
            break;
        }
    }
    return QVariant();
}

} // namespace gatehouse::ui
