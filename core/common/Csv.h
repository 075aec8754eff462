#pragma once
// RFC 4180 CSV text: UTF-8, "\n" line ends, quoting only where needed, and spreadsheet
// formula injection defused (SPEC §4.4).
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace gatehouse {

// A cell as written: a leading ' when it starts with = + - @ tab or CR, then quoted when
// it holds a comma, a quote, CR or LF.
QString csvCell(const QString &value);

class CsvWriter
{
public:
    void addRow(const QStringList &cells);
    const QByteArray &data() const { return m_data; }

private:
    QByteArray m_data;
};

} // namespace gatehouse
