#include "WhitelistCommands.h"

#include "common/Translate.h"
#include "models/WhitelistModel.h"

#include <algorithm>

namespace gatehouse::ui {

namespace {

QString fieldName(WhitelistField field)
{
    switch (field) {
    case WhitelistField::Reason:
        return QStringLiteral("reason");
    case WhitelistField::Note:
        return QStringLiteral("note");
    case WhitelistField::Owner:
        return QStringLiteral("owner");
    case WhitelistField::Added:
        return QStringLiteral("added");
    case WhitelistField::ReviewBy:
        return QStringLiteral("review_by");
    }
    return QString();
}

} // namespace

EditWhitelistFieldCommand::EditWhitelistFieldCommand(WhitelistModel *model, int row,
                                                     WhitelistField field, const QString &value)
    : m_model(model), m_row(row), m_field(field), m_before(model->field(row, field)),
      m_after(value)
{
    const QString reason = model->field(row, WhitelistField::Reason);
    setText(QObject::tr("Edit %1 of \"%2\"").arg(fieldName(field), reason));
}

void EditWhitelistFieldCommand::redo()
{
    m_model->setField(m_row, m_field, m_after);
}

void EditWhitelistFieldCommand::undo()
{
    m_model->setField(m_row, m_field, m_before);
}

AddWhitelistClassCommand::AddWhitelistClassCommand(WhitelistModel *model, int row,
                                                   const WhitelistClass &cls)
    : m_model(model), m_row(row), m_class(cls)
{
    setText(cls.reason.isEmpty() ? QObject::tr("Add class")
                                 : QObject::tr("Add class \"%1\"").arg(cls.reason));
}

void AddWhitelistClassCommand::redo()
{
    m_model->insertClass(m_row, m_class);
}

void AddWhitelistClassCommand::undo()
{
    m_class = m_model->takeClass(m_row);
}

RemoveWhitelistClassesCommand::RemoveWhitelistClassesCommand(WhitelistModel *model,
                                                             QList<int> rows)
    : m_model(model), m_rows(std::move(rows))
{
    std::sort(m_rows.begin(), m_rows.end());
    m_rows.erase(std::unique(m_rows.begin(), m_rows.end()), m_rows.end());
    setText(m_rows.size() == 1
                ? QObject::tr("Remove class \"%1\"")
                      .arg(model->field(m_rows.first(), WhitelistField::Reason))
                : Tr::translate("QObject", "Remove %Ln class(es)", nullptr, m_rows.size()));
}

void RemoveWhitelistClassesCommand::redo()
{
    // Highest row first so that the lower indexes stay valid.
    m_removed.clear();
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it)
        m_removed.prepend(m_model->takeClass(*it));
}

void RemoveWhitelistClassesCommand::undo()
{
    for (int i = 0; i < m_rows.size(); ++i)
        m_model->insertClass(m_rows.at(i), m_removed.at(i));
}

ReplaceWhitelistCommand::ReplaceWhitelistCommand(WhitelistModel *model,
                                                 const Whitelist &replacement,
                                                 const QString &text)
    : m_model(model), m_before(model->whitelist()), m_after(replacement)
{
    setText(text);
}

void ReplaceWhitelistCommand::redo()
{
    m_model->setWhitelist(m_after);
}

void ReplaceWhitelistCommand::undo()
{
    m_model->setWhitelist(m_before);
}

} // namespace gatehouse::ui
