#pragma once
// Line-level reader of Go benchmark output, used by GoBenchParser.cpp only (kept apart so
// both files stay readable). Hot path: this runs over every .txt/.out/.log file of a
// source, possibly 100k of them, so lines are handled as raw bytes (std::string_view,
// std::from_chars) and only detector names, units and configuration values ever become
// QStrings. No regular expressions.
#include "GoBenchParser.h"
#include "common/StringPool.h"

#include <QVarLengthArray>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <set>
#include <string_view>

namespace gatehouse::gobench_detail {

inline constexpr std::string_view kBenchmarkPrefix = "Benchmark";
inline constexpr std::string_view kFailMarker = "--- FAIL";

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

inline std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && isBlank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back()))
        s.remove_suffix(1);
    return s;
}

inline QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// The first character of s (UTF-8) is a lower-case letter, as Go's unicode.IsLower says.
inline bool startsLowercase(std::string_view s)
{
    if (s.empty())
        return false;
    const auto first = static_cast<unsigned char>(s.front());
    if (first < 0x80)
        return first >= 'a' && first <= 'z';
    const QString decoded = toQString(s.substr(0, std::min<size_t>(s.size(), 4)));
    return !decoded.isEmpty() && QChar::isLower(decoded.toUcs4().value(0));
}

// A benchmark name: "Benchmark" followed by the end or a non-lowercase character.
inline bool isBenchmarkName(std::string_view field)
{
    if (field.substr(0, kBenchmarkPrefix.size()) != kBenchmarkPrefix)
        return false;
    return !startsLowercase(field.substr(kBenchmarkPrefix.size()));
}

using Fields = QVarLengthArray<std::string_view, 16>;

inline void splitFields(std::string_view line, Fields &fields)
{
    fields.clear();
    size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && isBlank(line[i]))
            ++i;
        const size_t start = i;
        while (i < line.size() && !isBlank(line[i]))
            ++i;
        if (i > start)
            fields.append(line.substr(start, i - start));
    }
}

inline bool parseIterations(std::string_view field)
{
    if (field.empty() || field.front() < '0' || field.front() > '9')
        return false;
    long long value = 0;
    const auto res = std::from_chars(field.data(), field.data() + field.size(), value);
    return res.ec == std::errc() && res.ptr == field.data() + field.size();
}

inline bool parseValue(std::string_view field, double &value)
{
    const auto res = std::from_chars(field.data(), field.data() + field.size(), value);
    return res.ec == std::errc() && res.ptr == field.data() + field.size() && std::isfinite(value);
}

class GoBenchReader
{
public:
    GoBenchReader(const QString &path, const GoBenchOptions &options, GoBenchFile &out)
        : m_path(path), m_options(options), m_out(out)
    {
    }

    void processLine(std::string_view line, int lineNumber)
    {
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
            line.remove_suffix(1); // LF and CRLF line ends alike
        if (line.empty())
            return;
        if (line.front() == 'B' && isBenchmarkName(line.substr(0, fieldEnd(line)))) {
            handleBenchmarkLine(line, lineNumber);
            return;
        }
        if (handleStandaloneFailure(line, lineNumber))
            return;
        handleConfigLine(line, lineNumber);
    }

    void lineTooLong(int lineNumber, qint64 bytes)
    {
        warnLine(lineNumber, QStringLiteral("line of %1 bytes is longer than the %2-byte limit: "
                                            "skipped")
                                 .arg(bytes)
                                 .arg(m_options.maxLineBytes));
    }

    void finish()
    {
        reportStandaloneFailures();
        reportShortDetectors();
        m_out.machines = QList<MachineInfo>(m_machines.cbegin(), m_machines.cend());
        reportMixedMachines();
        if (m_suppressedWarnings > 0)
            m_out.issues.append({m_path, 0,
                                 QStringLiteral("%1 more line warnings in this file not listed")
                                     .arg(m_suppressedWarnings),
                                 Severity::Warning});
    }

private:
    static size_t fieldEnd(std::string_view line)
    {
        size_t i = 0;
        while (i < line.size() && !isBlank(line[i]))
            ++i;
        return i;
    }

    void warnLine(int lineNumber, const QString &message)
    {
        if (m_lineWarnings >= m_options.maxLineWarnings) {
            ++m_suppressedWarnings;
            return;
        }
        ++m_lineWarnings;
        m_out.issues.append({m_path, lineNumber, message, Severity::Warning});
    }

    // Lines of one benchmark come together, so remembering the last name saves a
    // conversion per line.
    const QString &detectorFor(std::string_view rawName)
    {
        if (rawName != std::string_view(m_lastRawName.constData(),
                                        static_cast<size_t>(m_lastRawName.size()))) {
            m_lastRawName = QByteArray(rawName.data(), static_cast<qsizetype>(rawName.size()));
            m_lastDetector =
                threadStringPool().intern(detectorNameFromBenchmark(toQString(rawName)));
        }
        return m_lastDetector;
    }

    // Index of a unit in m_units (a file names only a handful), added when new.
    qsizetype unitIndex(std::string_view rawUnit)
    {
        for (qsizetype i = 0; i < m_units.size(); ++i)
            if (std::string_view(m_units.at(i).first.constData(),
                                 static_cast<size_t>(m_units.at(i).first.size())) == rawUnit)
                return i;
        m_units.append({QByteArray(rawUnit.data(), static_cast<qsizetype>(rawUnit.size())),
                        threadStringPool().intern(toQString(rawUnit))});
        return m_units.size() - 1;
    }

    // The sample list of a unit of the current detector. Looked up once per detector and
    // unit, not once per value; a new list is sized like the previous detector's (go test
    // -count N gives every detector N samples), so it is allocated once and holds no slack.
    QVector<double> &samplesFor(qsizetype unit)
    {
        if (unit >= m_unitSlots.size())
            m_unitSlots.resize(unit + 1, nullptr);
        QVector<double> *&slot = m_unitSlots[unit];
        if (!slot) {
            slot = &(*m_currentSamples)[m_units.at(unit).second];
            if (slot->isEmpty() && m_lastDetectorSamples > 1)
                slot->reserve(m_lastDetectorSamples);
        }
        return *slot;
    }

    void switchDetector(const DetectorKey &key)
    {
        if (m_currentSamples && !m_currentSamples->isEmpty())
            m_lastDetectorSamples = std::min<qsizetype>(m_currentSamples->first().size(), 4096);
        m_currentSamples = &m_out.samples[key];
        m_currentKey = key;
        std::fill(m_unitSlots.begin(), m_unitSlots.end(), nullptr);
    }

    void handleBenchmarkLine(std::string_view line, int lineNumber)
    {
        splitFields(line, m_fields);
        const std::string_view rawName = m_fields.at(0);
        const DetectorKey key{m_pkg, detectorFor(rawName)};
        const std::string_view rest = line.substr(rawName.size());
        if (rest.find(kFailMarker) != std::string_view::npos) {
            // `BenchmarkFoo-8   \t--- FAIL: BenchmarkFoo-8`: this run of the benchmark
            // failed; whatever numbers the line holds are not results.
            ++m_out.failures[key];
            warnLine(lineNumber, QStringLiteral("benchmark %1 failed (--- FAIL): no values used "
                                                "from this line")
                                     .arg(key.name));
            return;
        }
        if (m_fields.size() == 1) {
            // `go test -v` prints the bare name before running a benchmark; without -v the
            // name is padded with blanks, so trailing blanks mean the result was cut off.
            if (rest.size() > 0)
                warnLine(lineNumber, QStringLiteral("result line for %1 has no values (cut by "
                                                    "log output?): nothing used")
                                         .arg(key.name));
            return;
        }
        if (rest.find("--- SKIP") != std::string_view::npos)
            return; // b.Skip: not a result and not a failure
        if (!acceptResult(key))
            warnLine(lineNumber, QStringLiteral("result line for %1 is broken (log output mixed "
                                                "into it?): no values used")
                                     .arg(key.name));
    }

    // BenchmarkName iterations value unit [value unit]...; all or nothing.
    bool acceptResult(const DetectorKey &key)
    {
        const qsizetype count = m_fields.size();
        if (count < 4 || count % 2 != 0 || !parseIterations(m_fields.at(1)))
            return false;
        QVarLengthArray<double, 8> values;
        for (qsizetype i = 2; i < count; i += 2) {
            double value = 0;
            if (!parseValue(m_fields.at(i), value))
                return false;
            values.append(value);
        }
        // Consecutive lines usually belong to one detector: skip the map search then.
        // (std::map-backed QMap nodes stay put; m_out.samples is never shared meanwhile.)
        if (!m_currentSamples || key != m_currentKey)
            switchDetector(key);
        for (qsizetype i = 2, v = 0; i < count; i += 2, ++v)
            samplesFor(unitIndex(m_fields.at(i + 1))).append(values.at(v));
        ++m_out.resultLines;
        if (!m_machineRecorded) {
            m_machines.insert(m_machine);
            m_machineRecorded = true;
        }
        return true;
    }

    // "--- FAIL: BenchmarkFoo-8" on its own line: after a cut result line it only repeats
    // that failure; in `go test -v` output it is the only trace of one. Remember it and
    // decide in finish().
    bool handleStandaloneFailure(std::string_view line, int lineNumber)
    {
        const std::string_view text = trimmed(line);
        constexpr std::string_view marker = "--- FAIL:";
        if (text.substr(0, marker.size()) != marker)
            return false;
        const std::string_view rest = trimmed(text.substr(marker.size()));
        const std::string_view rawName = rest.substr(0, fieldEnd(rest));
        if (isBenchmarkName(rawName)) {
            const DetectorKey key{m_pkg, detectorFor(rawName)};
            if (!m_standaloneFailureLine.contains(key))
                m_standaloneFailureLine.insert(key, lineNumber);
        }
        return true;
    }

    // `key: value` configuration (Go benchmark format). Only the keys below matter here,
    // all plain ASCII, so the format's key rules reduce to an exact key followed by ':' and
    // a blank or the end. panic:, signal: and coverage: look like configuration but are not.
    void handleConfigLine(std::string_view line, int lineNumber)
    {
        const size_t colon = line.find(':');
        if (colon == std::string_view::npos || colon > 6 ||
            (colon + 1 < line.size() && line[colon + 1] != ' ' && line[colon + 1] != '\t'))
            return; // also the fast exit for result-free lines: PASS, ok, log text...
        const std::string_view key = line.substr(0, colon);
        const std::string_view value = trimmed(line.substr(colon + 1));
        if (key == "panic" || key == "signal") {
            // The test binary died: the results after this point are suspect.
            warnLine(lineNumber, QStringLiteral("%1: %2 (the benchmark binary crashed or was "
                                                "killed)")
                                     .arg(toQString(key), toQString(value).left(200)));
        } else if (key == "pkg") {
            m_pkg = threadStringPool().intern(toQString(value));
        } else if (key == "goos" || key == "goarch" || key == "cpu") {
            QString &field = key == "goos"     ? m_machine.goos
                             : key == "goarch" ? m_machine.goarch
                                               : m_machine.cpu;
            field = threadStringPool().intern(toQString(value));
            m_machineRecorded = false;
        }
    }

    // True when the map holds a sub-benchmark of key ("X/..." in the same pkg); QMap order
    // puts those right after "X/".
    template <typename Map> static bool hasSubBenchmark(const Map &map, const DetectorKey &key)
    {
        const QString prefix = key.name + QLatin1Char('/');
        const auto it = map.lowerBound({key.pkg, prefix});
        return it != map.cend() && it.key().pkg == key.pkg && it.key().name.startsWith(prefix);
    }

    void reportStandaloneFailures()
    {
        for (auto it = m_standaloneFailureLine.cbegin(); it != m_standaloneFailureLine.cend();
             ++it) {
            const DetectorKey &key = it.key();
            if (m_out.failures.contains(key))
                continue; // already counted from its cut result line
            if (hasSubBenchmark(m_out.samples, key) || hasSubBenchmark(m_out.failures, key) ||
                hasSubBenchmark(m_standaloneFailureLine, key))
                continue; // a parent benchmark fails when one of its sub-benchmarks does
            // -v output repeats failure lines unpredictably, so count one failure only.
            m_out.failures.insert(key, 1);
            warnLine(it.value(), QStringLiteral("benchmark %1 failed (--- FAIL, go test -v "
                                                "output): the failed runs give no values")
                                     .arg(key.name));
        }
    }

    void reportShortDetectors()
    {
        QMap<DetectorKey, int> counts;
        int top = 0, second = 0;
        for (auto it = m_out.samples.cbegin(); it != m_out.samples.cend(); ++it) {
            int count = 0;
            for (const QVector<double> &values : it.value())
                count = std::max(count, static_cast<int>(values.size()));
            counts.insert(it.key(), count);
            if (count > top) {
                second = top;
                top = count;
            } else if (count > second) {
                second = count;
            }
        }
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const int othersMax = (it.value() == top) ? second : top;
            // A failed run explains a missing sample; only unexplained gaps are suspicious.
            const int accounted = it.value() + m_out.failures.value(it.key());
            if (accounted < othersMax)
                m_out.issues.append(
                    {m_path, 0,
                     QStringLiteral("detector %1 has %2 samples, others have %3 (a result line "
                                    "may have been broken by log output)")
                         .arg(it.key().name)
                         .arg(it.value())
                         .arg(othersMax),
                     Severity::Warning});
        }
    }

    void reportMixedMachines()
    {
        const QList<MachineInfo> &machines = m_out.machines;
        bool conflict = false;
        for (qsizetype i = 0; i < machines.size() && !conflict; ++i)
            for (qsizetype j = i + 1; j < machines.size() && !conflict; ++j)
                conflict = machinesConflict(machines.at(i), machines.at(j));
        if (!conflict)
            return;
        QStringList names;
        for (const MachineInfo &machine : machines)
            names.append(describeMachine(machine));
        m_out.issues.append({m_path, 0,
                             QStringLiteral("results come from %1 machines (%2): numbers from "
                                            "different machines are not comparable")
                                 .arg(machines.size())
                                 .arg(names.join(QStringLiteral("; "))),
                             Severity::Warning});
    }

    QString m_path;
    GoBenchOptions m_options;
    GoBenchFile &m_out;
    QString m_pkg;
    MachineInfo m_machine;
    std::set<MachineInfo> m_machines;
    bool m_machineRecorded = false; // m_machine is in m_machines already
    DetectorKey m_currentKey;
    UnitSamples *m_currentSamples = nullptr;
    QVarLengthArray<QVector<double> *, 8> m_unitSlots; // by unit index, current detector
    qsizetype m_lastDetectorSamples = 0;
    QByteArray m_lastRawName;
    QString m_lastDetector;
    QList<QPair<QByteArray, QString>> m_units;
    QMap<DetectorKey, int> m_standaloneFailureLine;
    Fields m_fields;
    int m_lineWarnings = 0;
    int m_suppressedWarnings = 0;
};

inline qint64 contentLength(const char *data, qint64 size)
{
    while (size > 0 && (data[size - 1] == '\n' || data[size - 1] == '\r'))
        --size;
    return size;
}

} // namespace gatehouse::gobench_detail
