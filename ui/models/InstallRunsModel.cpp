#include "InstallRunsModel.h"

#include "charts/AllocationsCharts.h"
#include "charts/InstallCharts.h"
#include "i18n/DisplayNumbers.h"
#include "models/ModelRoles.h"

#include <QFont>
#include <limits>

namespace gatehouse::ui {

InstallRunsModel::InstallRunsModel(QObject *parent) : QAbstractTableModel(parent) {}

void InstallRunsModel::setResult(const InstallResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

void InstallRunsModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::BackgroundRole, Qt::ForegroundRole});
}

int InstallRunsModel::rowOf(const QString &runId) const
{
    for (qsizetype i = 0; i < m_result.series.size(); ++i)
        if (m_result.series.at(i).runId == runId)
            return static_cast<int>(i);
    return -1;
}

int InstallRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_result.series.size());
}

int InstallRunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstallRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RollingMedian:
            return tr("median of the window of %1 runs ending at this run")
                .arg(m_result.options.runs);
        case OverBudget:
            return tr("more than the budget of %1 s")
                .arg(uiCompact(m_result.options.budgetSeconds));
        case Used:
            return tr("one of the last %1 runs: part of the gate median")
                .arg(m_result.options.runs);
        default:
            return QVariant();
        }
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Run:
        return tr("Run");
    case Time:
        return tr("Time (UTC)");
    case Branch:
        return tr("Branch");
    case Conclusion:
        return tr("Conclusion");
    case Seconds:
        return tr("Seconds");
    case RollingMedian:
        return tr("Rolling median");
    case OverBudget:
        return tr("Over budget");
    case Used:
        return tr("Used");
    case HeadSha:
        return tr("Head SHA");
    default:
        return QVariant();
    }
}

QVariant InstallRunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const InstallPoint &point = m_result.series.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(point, column);
    case SortRole:
    case RawValueRole:
        return sortValue(point, index.row(), column);
    case RunIdRole:
        return point.runId;
    case Qt::ToolTipRole:
        return toolTip(point, column);
    case Qt::TextAlignmentRole:
        return column == Seconds || column == RollingMedian
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (column == OverBudget && point.overBudget)
            return toneTint(Tone::Bad, m_palette);
        if ((column == Branch && point.branchUnknown) ||
            (column == Conclusion && point.conclusionUnknown))
            return toneTint(Tone::Warning, m_palette);
        return QVariant();
    case Qt::FontRole:
        if (point.used && column == Run) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant InstallRunsModel::display(const InstallPoint &point, int column) const
{
    switch (column) {
    case Run:
        return point.runId;
    case Time:
        return point.timestamp.isValid() ? uiTimestamp(point.timestamp) : QStringLiteral("–");
    case Branch:
        return point.branchUnknown ? tr("unknown") : point.branch;
    case Conclusion:
        return point.conclusionUnknown ? tr("unknown") : point.conclusion;
    case Seconds:
        return point.seconds;
    case RollingMedian:
        return uiCompact(point.rollingMedian, 1);
    case OverBudget:
        return point.overBudget ? tr("OVER") : QString();
    case Used:
        return point.used ? tr("used") : QString();
    case HeadSha:
        return point.headSha;
    default:
        return QVariant();
    }
}

QVariant InstallRunsModel::sortValue(const InstallPoint &point, int row, int column) const
{
    switch (column) {
    case Run:
        return row; // run order, which is what "the last N" means
    case Time:
        return point.timestamp.isValid() ? point.timestamp.toMSecsSinceEpoch()
                                         : std::numeric_limits<qint64>::min();
    case Branch:
        return point.branch;
    case Conclusion:
        return point.conclusion;
    case Seconds:
        return point.seconds;
    case RollingMedian:
        return point.rollingMedian;
    case OverBudget:
        return point.overBudget;
    case Used:
        return point.used;
    case HeadSha:
        return point.headSha;
    default:
        return QVariant();
    }
}

QVariant InstallRunsModel::toolTip(const InstallPoint &point, int column) const
{
    switch (column) {
    case Run:
        return installPointToolTip(point);
    case Branch:
        return point.branchUnknown ? tr("no metadata.json or no head_branch in it") : QVariant();
    case RollingMedian:
        return tr("median of the %1 runs ending here").arg(point.rollingWindow);
    case HeadSha:
        return point.htmlUrl.isEmpty() ? QVariant()
                                       : QVariant(tr("double-click opens %1").arg(point.htmlUrl));
    default:
        return QVariant();
    }
}

} // namespace gatehouse::ui
