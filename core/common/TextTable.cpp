#include "TextTable.h"

#include <algorithm>

namespace gatehouse {

void TextTable::addColumn(const QString &header, Align align)
{
    m_headers.append(header);
    m_aligns.append(align);
}

void TextTable::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

QString TextTable::render() const
{
    const int columns = static_cast<int>(m_headers.size());
    QList<int> widths(columns, 0);
    for (int c = 0; c < columns; ++c) {
        widths[c] = static_cast<int>(m_headers.at(c).size());
        for (const QStringList &row : m_rows)
            if (c < row.size())
                widths[c] = std::max(widths[c], static_cast<int>(row.at(c).size()));
    }
    auto renderRow = [&](const QStringList &cells) {
        QString line;
        for (int c = 0; c < columns; ++c) {
            const QString cell = c < cells.size() ? cells.at(c) : QString();
            if (c > 0)
                line += QStringLiteral("  ");
            line += m_aligns.at(c) == Align::Right ? cell.rightJustified(widths.at(c))
                                                   : cell.leftJustified(widths.at(c));
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        return line + QLatin1Char('\n');
    };
    QString out = renderRow(m_headers);
    for (const QStringList &row : m_rows)
        out += renderRow(row);
    return out;
}

} // namespace gatehouse
