#pragma once
// Undoable edits of the whitelist editor. Each command changes the model only through its
// direct mutators and remembers what it replaced, so undo restores the exact previous
// document (unknown fields included) and the session re-runs the analysis after each step.
#include "WhitelistValidation.h"
#include "rollout/RolloutTypes.h"

#include <QList>
#include <QUndoCommand>

namespace gatehouse::ui {

class WhitelistModel;

class EditWhitelistFieldCommand : public QUndoCommand
{
public:
    EditWhitelistFieldCommand(WhitelistModel *model, int row, WhitelistField field,
                              const QString &value);
    void redo() override;
    void undo() override;

private:
    WhitelistModel *m_model;
    int m_row;
    WhitelistField m_field;
    QString m_before, m_after;
};

class AddWhitelistClassCommand : public QUndoCommand
{
public:
    AddWhitelistClassCommand(WhitelistModel *model, int row, const WhitelistClass &cls);
    void redo() override;
    void undo() override;
    int row() const { return m_row; }

private:
    WhitelistModel *m_model;
    int m_row;
    WhitelistClass m_class;
};

class RemoveWhitelistClassesCommand : public QUndoCommand
{
public:
    RemoveWhitelistClassesCommand(WhitelistModel *model, QList<int> rows);
    void redo() override;
    void undo() override;

private:
    WhitelistModel *m_model;
    QList<int> m_rows; // ascending
    QList<WhitelistClass> m_removed; // parallel to m_rows
};

// Swaps the whole document, e.g. for Revert or a reload after a change on disk, so that
// even discarding edits can be undone.
class ReplaceWhitelistCommand : public QUndoCommand
{
public:
    ReplaceWhitelistCommand(WhitelistModel *model, const Whitelist &replacement,
                            const QString &text);
    void redo() override;
    void undo() override;

private:
    WhitelistModel *m_model;
    Whitelist m_before, m_after;
};

} // namespace gatehouse::ui
