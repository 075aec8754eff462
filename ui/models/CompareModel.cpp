#include "CompareModel.h"

#include "ModelRoles.h"
#include "bench/AllocationsAnalysis.h"
#include "charts/AllocationsCharts.h"
#include "charts/ChangePointMarks.h"
#include "common/StoredText.h"
#include "compare/CompareExport.h"
#include "i18n/DisplayNumbers.h"

#include <QBrush>
#include <QPalette>
#include <cmath>

namespace gatehouse::ui {

CompareModel::CompareModel(QObject *parent) : QAbstractTableModel(parent) {}

void CompareModel::setComparison(const compare::CompareResult &result)
{
    beginResetModel();
    m_rows = result.rows;
    m_geomean = result.geomean;
    m_style = DeltaStyle::Percent;
    endResetModel();
}

void CompareModel::setRows(const QList<compare::CompareRow> &rows, DeltaStyle style)
{
    beginResetModel();
    m_rows = rows;
    m_geomean.clear();
    m_style = style;
    endResetModel();
}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size() + m_geomean.size());
}

int CompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CompareModel::summaryText(const compare::MedianSummary &s)
{
    if (s.n == 0)
        return QStringLiteral("—");
    const QString median = uiCompact(s.median, 4);
    if (!s.low || !s.high || s.median == 0)
        return median + QStringLiteral(" ± ∞"); // benchstat's mark for "too few samples"
    const double spread = std::max(*s.high - s.median, s.median - *s.low) / std::fabs(s.median);
    return QStringLiteral("%1 ± %2 %").arg(median, uiCompact(spread * 100, 0));
}

QString CompareModel::deltaText(const compare::CompareRow &row) const
{
    if (m_style == DeltaStyle::Percent)
        return localizedNumbers(compare::formatDelta(row));
    if (!row.significant)
        return QStringLiteral("~");
    const double d = row.newSummary.median - row.oldSummary.median;
    return (d >= 0 ? QStringLiteral("+") : QStringLiteral("−")) + uiCompact(std::fabs(d), 4);
}

QVariant CompareModel::rowData(const compare::CompareRow &row, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case SeriesColumn:
            return row.key.name;
        case UnitColumn:
            return row.unit;
        case OldColumn:
            return summaryText(row.oldSummary);
        case OldNColumn:
            return row.oldSummary.n;
        case NewColumn:
            return summaryText(row.newSummary);
        case NewNColumn:
            return row.newSummary.n;
        case DeltaColumn:
            return deltaText(row);
        case PvalueColumn:
            return changePvalueText(row.pvalue);
        case NoteColumn: { // benchstat's English notes (as the CSV), in the window's language
            QStringList notes;
            for (const QString &w : row.warnings)
                notes << localizedNumbers(inReportLanguage(w));
            return notes.join(QStringLiteral("; "));
        }
        default:
            return QVariant();
        }
    }
    if (role == SortRole || role == RawValueRole) {
        switch (column) {
        case OldColumn:
            return row.oldSummary.median;
        case NewColumn:
            return row.newSummary.median;
        case DeltaColumn:
            return m_style == DeltaStyle::Percent
                       ? QVariant(row.deltaPercent.value_or(0))
                       : QVariant(row.newSummary.median - row.oldSummary.median);
        case PvalueColumn:
            return row.pvalue;
        default:
            return rowData(row, column, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == SeriesColumn && !row.key.pkg.isEmpty())
            return row.key.pkg + QLatin1Char(' ') + row.key.name;
        if (column == DeltaColumn && !row.significant)
            return tr("Not significant: p = %1 > alpha").arg(changePvalueText(row.pvalue));
        if (column == OldColumn || column == NewColumn) {
            const compare::MedianSummary &s = column == OldColumn ? row.oldSummary : row.newSummary;
            if (s.low && s.high)
                return tr("median %1, %2 % interval [%3, %4]")
                    .arg(uiCompact(s.median, 6), uiCompact(s.confidence * 100, 1),
                         uiCompact(*s.low, 6), uiCompact(*s.high, 6));
            {
                QStringList notes;
                for (const QString &w : s.warnings)
                    notes << localizedNumbers(inReportLanguage(w));
                return notes.join(QLatin1Char('\n'));
            }
        }
    }
    if (role == Qt::ForegroundRole && column == DeltaColumn) {
        // A significant regression reads as bad, an improvement as good; "~" stays plain.
        if (row.isRegression())
            return QBrush(toneColor(Tone::Bad, QPalette()));
        if (row.isImprovement())
            return QBrush(toneColor(Tone::Good, QPalette()));
    }
    return QVariant();
}

QVariant CompareModel::geomeanData(const compare::GeomeanRow &row, int column, int role) const
{
    if (role != Qt::DisplayRole && role != SortRole && role != RawValueRole)
        return QVariant();
    switch (column) {
    case SeriesColumn:
        return tr("[geomean]");
    case UnitColumn:
        return row.unit;
    case OldColumn:
        return role == Qt::DisplayRole ? QVariant(uiCompact(row.oldValue, 4))
                                       : QVariant(row.oldValue);
    case NewColumn:
        return role == Qt::DisplayRole ? QVariant(uiCompact(row.newValue, 4))
                                       : QVariant(row.newValue);
    case DeltaColumn:
        if (role != Qt::DisplayRole)
            return row.deltaPercent.value_or(0);
        if (!row.deltaPercent)
            return QStringLiteral("?");
        return (*row.deltaPercent >= 0 ? QStringLiteral("+") : QString()) +
               uiCompact(*row.deltaPercent, 2) + QStringLiteral(" %");
    case NoteColumn:
        return role == Qt::DisplayRole ? QVariant(tr("over %n rows", nullptr, row.rows))
                                       : QVariant(row.rows);
    default:
        return QVariant();
    }
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    if (role == Qt::TextAlignmentRole)
        return index.column() >= OldColumn && index.column() <= PvalueColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    const int row = index.row();
    if (row < m_rows.size())
        return rowData(m_rows.at(row), index.column(), role);
    return geomeanData(m_geomean.at(row - m_rows.size()), index.column(), role);
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QVariant();
    if (role == Qt::DisplayRole) {
        static const char *const names[ColumnCount] = {QT_TR_NOOP("series"),
                                                       QT_TR_NOOP("unit"),
                                                       QT_TR_NOOP("old (median ± CI)"),
                                                       QT_TR_NOOP("n"),
                                                       QT_TR_NOOP("new (median ± CI)"),
                                                       QT_TR_NOOP("n"),
                                                       QT_TR_NOOP("vs old"),
                                                       QT_TR_NOOP("p"),
                                                       QT_TR_NOOP("notes")};
        return tr(names[section]);
    }
    if (role == Qt::ToolTipRole && section == DeltaColumn)
        return tr("Change of the median; \"~\" when the Mann–Whitney U test finds no significant "
                  "difference (p > alpha)");
    return QVariant();
}

} // namespace gatehouse::ui
