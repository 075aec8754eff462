#pragma once
// Numbers as the window shows them: core formats every number locale-independently
// ('.' as the decimal point, no grouping) for CSV, JSON and Markdown; the tables, cards,
// tool tips and chart labels show the same digits in the display locale (German: decimal
// comma, "14.09.2026 08:00 UTC"). The display locale is set by UiLanguage:
// the German locale in German (the system's under System), QLocale::c() in English and
// until a language is chosen, so English and widgets built without a language (the GUI
// tests) show exactly core's text in any system locale.
#include <QLocale>
#include <QString>

class QChart;
class QDate;
class QDateTime;

namespace gatehouse::ui {

QLocale displayLocale();
void setDisplayLocale(const QLocale &locale);

// Core's text of one number ("-1234.5", "0.1243", "inf") in the display locale.
QString localizedNumber(const QString &number);
// Every plain decimal number inside a sentence core wrote ("CV 3.2 % < 5 %", "0.1243"),
// in the display locale; words, dates, versions ("1.2.3") and identifiers stay as they are.
QString localizedNumbers(const QString &sentence);

QString uiCompact(double value, int decimals = 4);
QString uiSigned(double value, int decimals = 4);
QString uiAgainstThreshold(double value, double threshold, int decimals = 2);
QString uiFixed(double value, int decimals);
QString uiShortest(double value);
QString uiInteger(qint64 value);

// A run's time: core's ISO text ("2026-09-14T08:00:00Z") under QLocale::c(), else the
// display locale's date and the time in UTC ("14.09.2026 08:00 UTC"); `seconds` adds them.
QString uiTimestamp(const QDateTime &timestamp, bool seconds = true);
QString uiDate(const QDate &date);

// A date axis format ("MMM d", "yyyy-MM-dd") in the display language's order ("d. MMM").
QString axisDateFormat(const QString &format);

// Chart axes format their labels with the display locale (decimal comma).
void localizeChart(QChart *chart);

} // namespace gatehouse::ui
