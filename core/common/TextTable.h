#pragma once
// Plain-text tables for the terminal and CI logs: a header row, columns separated by two
// spaces, numbers right-aligned, no trailing blanks. Width counts characters, so keep
// cells ASCII or single-width.
#include <QList>
#include <QString>
#include <QStringList>

namespace gatehouse {

class TextTable
{
public:
    enum class Align { Left, Right };
    void addColumn(const QString &header, Align align = Align::Left);
    void addRow(const QStringList &cells); // missing cells are blank
    QString render() const;                // ends with "\n" when it has rows or a header

private:
    QStringList m_headers;
    QList<Align> m_aligns;
    QList<QStringList> m_rows;
};

} // namespace gatehouse
