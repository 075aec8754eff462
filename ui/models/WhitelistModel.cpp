#include "WhitelistModel.h"

#include "ModelRoles.h"
#include "common/StoredText.h"
#include "rollout/WhitelistFile.h"
#include "whitelist/WhitelistCommands.h"

#include <QUndoStack>

namespace gatehouse::ui {

namespace {

quint64 cellKey(int row, int column)
{
    return (quint64(quint32(row)) << 32) | quint32(column);
}

bool isEditableColumn(int column)
{
    return column <= WhitelistModel::ReviewByColumn;
}

} // namespace

WhitelistModel::WhitelistModel(QObject *parent) : QAbstractTableModel(parent) {}

void WhitelistModel::setToday(const QDate &today)
{
    m_today = today;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void WhitelistModel::setHighlightColors(const QColor &errorBackground,
                                        const QColor &staleBackground)
{
    m_errorBackground = errorBackground;
    m_staleBackground = staleBackground;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::BackgroundRole});
}

void WhitelistModel::setWhitelist(const Whitelist &whitelist)
{
    beginResetModel();
    m_whitelist = whitelist;
    m_uses.clear();
    m_problems = validateWhitelist(m_whitelist.classes);
    m_problemByCell.clear();
    for (const WhitelistProblem &problem : qAsConst(m_problems))
        m_problemByCell.insert(cellKey(problem.row, columnOf(problem.field)),
                               inReportLanguage(problem.message));
    endResetModel();
    emit classesEdited();
}

Whitelist WhitelistModel::whitelist() const
{
    return m_whitelist;
}

int WhitelistModel::rowOfReason(const QString &reason) const
{
    for (int row = 0; row < m_whitelist.classes.size(); ++row)
        if (m_whitelist.classes.at(row).reason == reason)
            return row;
    return -1;
}

bool WhitelistModel::usesMatchRows() const
{
    if (m_uses.size() != m_whitelist.classes.size())
        return false;
    for (int row = 0; row < m_uses.size(); ++row)
        if (m_uses.at(row).reason != m_whitelist.classes.at(row).reason)
            return false;
    return true;
}

void WhitelistModel::setClassUse(const QList<WhitelistClassUse> &uses)
{
    m_uses = uses;
    if (rowCount() > 0)
        emit dataChanged(index(0, MatchedRunsColumn), index(rowCount() - 1, MatchedRunsColumn));
}

QString WhitelistModel::problemAt(int row, int column) const
{
    return m_problemByCell.value(cellKey(row, column));
}

bool WhitelistModel::isStaleRow(int row) const
{
    return row >= 0 && row < m_whitelist.classes.size() &&
           isStale(m_whitelist.classes.at(row), m_today);
}

QString WhitelistModel::field(int row, WhitelistField field) const
{
    const WhitelistClass &cls = m_whitelist.classes.at(row);
    switch (field) {
    case WhitelistField::Reason:
        return cls.reason;
    case WhitelistField::Note:
        return cls.note;
    case WhitelistField::Owner:
        return cls.owner;
    case WhitelistField::Added:
        return cls.added;
    case WhitelistField::ReviewBy:
        return cls.reviewBy;
    }
    return QString();
}

void WhitelistModel::setField(int row, WhitelistField field, const QString &value)
{
    WhitelistClass &cls = m_whitelist.classes[row];
    switch (field) {
    case WhitelistField::Reason:
        cls.reason = value;
        break;
    case WhitelistField::Note:
        cls.note = value;
        break;
    case WhitelistField::Owner:
        cls.owner = value;
        break;
    case WhitelistField::Added:
        cls.added = value;
        break;
    case WhitelistField::ReviewBy:
        cls.reviewBy = value;
        break;
    }
    revalidateAndRefresh();
}

void WhitelistModel::insertClass(int row, const WhitelistClass &cls)
{
    beginInsertRows(QModelIndex(), row, row);
    m_whitelist.classes.insert(row, cls);
    endInsertRows();
    revalidateAndRefresh();
}

WhitelistClass WhitelistModel::takeClass(int row)
{
    beginRemoveRows(QModelIndex(), row, row);
    const WhitelistClass cls = m_whitelist.classes.takeAt(row);
    endRemoveRows();
    revalidateAndRefresh();
    return cls;
}

void WhitelistModel::revalidateAndRefresh()
{
    // A change in one row can create or clear a problem in another (duplicates), so the
    // whole table is re-checked and repainted; whitelists are a few dozen rows at most.
    m_problems = validateWhitelist(m_whitelist.classes);
    m_problemByCell.clear();
    for (const WhitelistProblem &problem : qAsConst(m_problems))
        m_problemByCell.insert(cellKey(problem.row, columnOf(problem.field)),
                               inReportLanguage(problem.message));
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit classesEdited();
}

QString WhitelistModel::otherFieldsText(int row) const
{
    return m_whitelist.classes.at(row).extra.keys().join(QStringLiteral(", "));
}

int WhitelistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_whitelist.classes.size());
}

int WhitelistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WhitelistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int row = index.row();
    const int column = index.column();
    const bool stale = isStaleRow(row);
    const QString problem = problemAt(row, column);

    if (isEditableColumn(column)) {
        const QString text = field(row, static_cast<WhitelistField>(column));
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case SortRole:
        case RawValueRole:
            return text;
        default:
            break;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
        if (column == MatchedRunsColumn)
            return usesMatchRows() ? QVariant(m_uses.at(row).runsMatched) : QVariant();
        if (column == StatusColumn)
            return stale ? tr("stale") : tr("active");
        if (column == OtherFieldsColumn)
            return otherFieldsText(row);
        break;
    case SortRole:
        if (column == MatchedRunsColumn)
            return usesMatchRows() ? m_uses.at(row).runsMatched : -1;
        if (column == StatusColumn)
            return stale ? 1 : 0;
        if (column == OtherFieldsColumn)
            return otherFieldsText(row);
        break;
    case Qt::TextAlignmentRole:
        if (column == MatchedRunsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::BackgroundRole:
        if (!problem.isEmpty() && m_errorBackground.isValid())
            return m_errorBackground;
        if (stale && m_staleBackground.isValid())
            return m_staleBackground;
        break;
    case Qt::ToolTipRole:
        if (!problem.isEmpty())
            return problem;
        if (stale)
            return tr("Stale: past its review_by date %1. The class still applies; review "
                      "it or move review_by.")
                .arg(m_whitelist.classes.at(row).reviewBy);
        if (column == ReasonColumn && isGlobPattern(m_whitelist.classes.at(row).reason))
            return tr("Glob pattern: * matches any text, ? one character.");
        if (column == OtherFieldsColumn && !otherFieldsText(row).isEmpty())
            return tr("Fields this editor does not know; they are kept when saving.");
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant WhitelistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QVariant();
    if (role == Qt::DisplayRole) {
        static const char *const names[ColumnCount] = {
            QT_TR_NOOP("reason"), QT_TR_NOOP("note"),        QT_TR_NOOP("owner"),
            QT_TR_NOOP("added"),  QT_TR_NOOP("review_by"),   QT_TR_NOOP("matched runs"),
            QT_TR_NOOP("status"), QT_TR_NOOP("other fields")};
        return tr(names[section]);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ReasonColumn:
            return tr("A top reason, matched exactly, or a glob when it holds * or ?");
        case AddedColumn:
        case ReviewByColumn:
            return tr("A date as YYYY-MM-DD");
        case MatchedRunsColumn:
            return tr("Loaded runs with a reason this class decided");
        case StatusColumn:
            return tr("Stale once today is after review_by; a stale class still applies");
        default:
            break;
        }
    }
    return QVariant();
}

Qt::ItemFlags WhitelistModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (isEditableColumn(index.column()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool WhitelistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isEditableColumn(index.column()) ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const auto whichField = static_cast<WhitelistField>(index.column());
    const QString before = field(index.row(), whichField);
    const QString after = value.toString();
    if (before == after)
        return true; // no empty undo entries for an editor closed without a change
    if (m_undoStack)
        m_undoStack->push(new EditWhitelistFieldCommand(this, index.row(), whichField, after));
    else
        setField(index.row(), whichField, after);
    return true;
}

} // namespace gatehouse::ui
