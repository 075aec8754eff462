#pragma once
// The whitelist editor's table: one row per class in file order, editable in place.
// Edits made through setData go on the undo stack (when one is set) as commands that call
// the direct mutators below; every change re-validates and emits classesEdited() so the
// page can hand the new whitelist to the session at once.
#include "rollout/RolloutAnalysis.h"
#include "whitelist/WhitelistValidation.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>
#include <QHash>

class QUndoStack;

namespace gatehouse::ui {

class WhitelistModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ReasonColumn,
        NoteColumn,
        OwnerColumn,
        AddedColumn,
        ReviewByColumn,
        MatchedRunsColumn, // read-only: runs this class decided (from the analysis)
        StatusColumn,      // read-only: "stale" past review_by, else "active"
        OtherFieldsColumn, // read-only: unknown fields kept for the round trip
        ColumnCount
    };

    explicit WhitelistModel(QObject *parent = nullptr);

    // When set, setData() pushes an undoable command instead of editing directly.
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    void setToday(const QDate &today);
    void setHighlightColors(const QColor &errorBackground, const QColor &staleBackground);

    // Replaces the whole document (classes, version, top-level unknown fields).
    void setWhitelist(const Whitelist &whitelist);
    Whitelist whitelist() const;
    const QList<WhitelistClass> &classes() const { return m_whitelist.classes; }
    // Row of the class whose reason is exactly `reason`, or -1.
    int rowOfReason(const QString &reason) const;

    // How the analysis applied each class (RolloutResult::whitelistClasses, file order).
    // Ignored while it does not describe the current rows (an analysis still pending).
    void setClassUse(const QList<WhitelistClassUse> &uses);

    const QList<WhitelistProblem> &problems() const { return m_problems; }
    QString problemAt(int row, int column) const;
    bool isStaleRow(int row) const;

    // Direct mutators, used by the undo commands (ui/whitelist/WhitelistCommands.h).
    QString field(int row, WhitelistField field) const;
    void setField(int row, WhitelistField field, const QString &value);
    void insertClass(int row, const WhitelistClass &cls);
    WhitelistClass takeClass(int row);

    static int columnOf(WhitelistField field) { return static_cast<int>(field); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // The classes changed (an edit, an undo, a redo, a replace).
    void classesEdited();

private:
    void revalidateAndRefresh();
    bool usesMatchRows() const;
    QString otherFieldsText(int row) const;

    Whitelist m_whitelist;
    QList<WhitelistClassUse> m_uses;
    QList<WhitelistProblem> m_problems;
    QHash<quint64, QString> m_problemByCell; // (row << 32 | column) -> message
    QDate m_today;
    QColor m_errorBackground, m_staleBackground;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace gatehouse::ui
