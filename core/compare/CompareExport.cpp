#include "CompareExport.h"

#include "common/Csv.h"
#include "common/NumberFormat.h"
#include "common/TextTable.h"

#include <QJsonArray>
#include <cmath>

namespace gatehouse::compare {
namespace {

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? jsonNumber(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject summaryJson(const MedianSummary &s)
{
    return QJsonObject{{QStringLiteral("n"), s.n},
                       {QStringLiteral("median"), jsonNumber(s.median)},
                       {QStringLiteral("ci_low"), jsonNumber(s.low)},
                       {QStringLiteral("ci_high"), jsonNumber(s.high)}};
}

// Four significant digits for the terminal (units are never rescaled, so 1234567 ns/op
// stays 1234567); exports carry every digit.
QString tableNumber(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("?");
    if (value == 0)
        return QStringLiteral("0");
    const int magnitude = static_cast<int>(std::floor(std::log10(std::fabs(value))));
    const int decimals = std::max(0, 3 - magnitude);
    return formatFixed(value, std::min(decimals, 12));
}

// benchstat's "± 3%": the wider side of the interval relative to the median, "∞" when a
// bound is missing, "?" when a bound has another sign than the median.
QString rangeText(const MedianSummary &s)
{
    if (!s.low || !s.high)
        return QStringLiteral("± ∞");
    const auto sign = [](double x) { return (x > 0) - (x < 0); };
    if (sign(s.median) != sign(*s.low) || sign(s.median) != sign(*s.high))
        return QStringLiteral("± ?");
    if (s.median == 0)
        return QStringLiteral("± 0%");
    const double v = std::max(*s.high / s.median - 1, 1 - *s.low / s.median);
    return QStringLiteral("± ") + formatFixed(100 * v, 0) + QLatin1Char('%');
}

QString sampleSizes(const CompareRow &row)
{
    if (row.oldSummary.n == row.newSummary.n)
        return QStringLiteral("n=%1").arg(row.oldSummary.n);
    return QStringLiteral("n=%1+%2").arg(row.oldSummary.n).arg(row.newSummary.n);
}

QString numberCell(double value)
{
    return formatShortest(value); // empty for NaN/inf; a plain number is no formula
}

QString numberCell(const std::optional<double> &value)
{
    return value ? formatShortest(*value) : QString();
}

} // namespace

QString formatDelta(const CompareRow &row)
{
    if (!row.significant)
        return QStringLiteral("~");
    if (row.oldSummary.median == row.newSummary.median)
        return QStringLiteral("0.00%");
    if (!row.deltaPercent)
        return QStringLiteral("?");
    const QString text = formatFixed(*row.deltaPercent, 2);
    return (text.startsWith(QLatin1Char('-')) ? text : QLatin1Char('+') + text) + QLatin1Char('%');
}

QString compareTable(const CompareResult &result)
{
    QString out;
    out += QStringLiteral("old: %1 run(s), new: %2 run(s); medians with %3 % intervals, "
                          "Mann-Whitney U test, alpha %4\n")
               .arg(result.oldRuns)
               .arg(result.newRuns)
               .arg(formatShortest(result.options.confidence * 100))
               .arg(formatShortest(result.options.alpha));
    if (result.rows.isEmpty()) {
        out += QStringLiteral("no benchmark present in both old and new\n");
        return out;
    }
    QStringList notes;
    int regressions = 0;
    int improvements = 0;
    for (const QString &unit : result.units) {
        TextTable table;
        table.addColumn(unit);
        table.addColumn(QStringLiteral("old"), TextTable::Align::Right);
        table.addColumn(QString());
        table.addColumn(QStringLiteral("new"), TextTable::Align::Right);
        table.addColumn(QString());
        table.addColumn(QStringLiteral("delta"), TextTable::Align::Right);
        table.addColumn(QStringLiteral("p"));
        table.addColumn(QStringLiteral("n"));
        table.addColumn(QStringLiteral("notes"));
        bool any = false;
        QString lastPkg;
        for (const CompareRow &row : result.rows) {
            if (row.unit != unit)
                continue;
            any = true;
            if (row.key.pkg != lastPkg || lastPkg.isNull()) {
                table.addRow({QStringLiteral("pkg: ") + row.key.pkg});
                lastPkg = row.key.pkg;
            }
            QStringList marks;
            for (const QString &w : row.warnings) {
                qsizetype i = notes.indexOf(w);
                if (i < 0) {
                    notes.append(w);
                    i = notes.size() - 1;
                }
                marks.append(QStringLiteral("[%1]").arg(i + 1));
            }
            regressions += row.isRegression() ? 1 : 0;
            improvements += row.isImprovement() ? 1 : 0;
            QString delta = formatDelta(row);
            if (row.isRegression())
                delta += QStringLiteral(" (worse)");
            else if (row.isImprovement())
                delta += QStringLiteral(" (better)");
            table.addRow({QStringLiteral("  ") + row.key.name, tableNumber(row.oldSummary.median),
                          rangeText(row.oldSummary), tableNumber(row.newSummary.median),
                          rangeText(row.newSummary), delta,
                          QStringLiteral("p=") + formatFixed(row.pvalue, 3), sampleSizes(row),
                          marks.join(QLatin1Char(' '))});
        }
        if (!any)
            continue;
        for (const GeomeanRow &g : result.geomean) {
            if (g.unit != unit)
                continue;
            QString delta = QStringLiteral("?");
            if (g.deltaPercent) {
                const QString text = formatFixed(*g.deltaPercent, 2);
                delta = (text.startsWith(QLatin1Char('-')) ? text : QLatin1Char('+') + text) +
                        QLatin1Char('%');
            }
            table.addRow({QStringLiteral("geomean"), tableNumber(g.oldValue), QString(),
                          tableNumber(g.newValue), QString(), delta});
        }
        out += QLatin1Char('\n') + table.render();
    }
    if (!notes.isEmpty()) {
        out += QLatin1Char('\n');
        for (qsizetype i = 0; i < notes.size(); ++i)
            out += QStringLiteral("[%1] %2\n").arg(i + 1).arg(notes.at(i));
    }
    out += QStringLiteral("\n%1 significant regression(s), %2 significant improvement(s), "
                          "%3 row(s)\n")
               .arg(regressions)
               .arg(improvements)
               .arg(result.rows.size());
    if (!result.onlyOld.isEmpty() || !result.onlyNew.isEmpty())
        out += QStringLiteral("not compared: %1 series only in old, %2 only in new\n")
                   .arg(result.onlyOld.size())
                   .arg(result.onlyNew.size());
    return out;
}

QJsonObject compareRowToJson(const CompareRow &row)
{
    QJsonArray warnings;
    for (const QString &w : row.warnings)
        warnings.append(w);
    return QJsonObject{{QStringLiteral("old"), summaryJson(row.oldSummary)},
                       {QStringLiteral("new"), summaryJson(row.newSummary)},
                       {QStringLiteral("delta_percent"), jsonNumber(row.deltaPercent)},
                       {QStringLiteral("pvalue"), jsonNumber(row.pvalue)},
                       {QStringLiteral("significant"), row.significant},
                       {QStringLiteral("warnings"), warnings}};
}

QJsonObject compareToJson(const CompareResult &result)
{
    QJsonArray rows;
    for (const CompareRow &row : result.rows) {
        QJsonObject json = compareRowToJson(row);
        json.insert(QStringLiteral("pkg"), row.key.pkg);
        json.insert(QStringLiteral("name"), row.key.name);
        json.insert(QStringLiteral("unit"), row.unit);
        rows.append(json);
    }
    QJsonArray geomean;
    for (const GeomeanRow &g : result.geomean)
        geomean.append(QJsonObject{{QStringLiteral("unit"), g.unit},
                                   {QStringLiteral("old"), jsonNumber(g.oldValue)},
                                   {QStringLiteral("new"), jsonNumber(g.newValue)},
                                   {QStringLiteral("delta_percent"), jsonNumber(g.deltaPercent)}});
    return QJsonObject{{QStringLiteral("rows"), rows}, {QStringLiteral("geomean"), geomean}};
}

QByteArray compareCsv(const CompareResult &result)
{
    // Text cells go through csvCell (quoting, formula defusing); number cells are
    // written as numbers so that "-2.5" stays a number in a spreadsheet.
    QByteArray data;
    const auto line = [&data](const QStringList &text, const QStringList &numbers) {
        QStringList cells;
        for (const QString &t : text)
            cells.append(csvCell(t));
        cells += numbers;
        data += cells.join(QLatin1Char(',')).toUtf8() + '\n';
    };
    data += "pkg,name,unit,old_n,old_median,old_ci_low,old_ci_high,new_n,new_median,"
            "new_ci_low,new_ci_high,delta_percent,pvalue,significant,regression,warnings\n";
    for (const CompareRow &row : result.rows) {
        line({row.key.pkg, row.key.name, row.unit},
             {QString::number(row.oldSummary.n), numberCell(row.oldSummary.median),
              numberCell(row.oldSummary.low), numberCell(row.oldSummary.high),
              QString::number(row.newSummary.n), numberCell(row.newSummary.median),
              numberCell(row.newSummary.low), numberCell(row.newSummary.high),
              numberCell(row.deltaPercent), numberCell(row.pvalue),
              row.significant ? QStringLiteral("yes") : QStringLiteral("no"),
              row.isRegression() ? QStringLiteral("yes") : QStringLiteral("no"),
              csvCell(row.warnings.join(QStringLiteral("; ")))});
    }
    for (const GeomeanRow &g : result.geomean)
        line({QString(), QStringLiteral("[geomean]"), g.unit},
             {QString::number(g.rows), numberCell(g.oldValue), QString(), QString(),
              QString::number(g.rows), numberCell(g.newValue), QString(), QString(),
              numberCell(g.deltaPercent), QString(), QString(), QString(), QString()});
    return data;
}

} // namespace gatehouse::compare
