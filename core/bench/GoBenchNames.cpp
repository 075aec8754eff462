// Names and machines of Go benchmark output (SPEC §2.1, §2.2).
#include "GoBenchParser.h"

namespace gatehouse {

QString detectorNameFromBenchmark(const QString &benchmarkName)
{
    QString name = benchmarkName.trimmed();
    const QString prefix = QStringLiteral("Benchmark");
    if (name.startsWith(prefix) &&
        (name.size() == prefix.size() || !name.at(prefix.size()).isLower()))
        name.remove(0, prefix.size());
    const qsizetype dash = name.lastIndexOf(QLatin1Char('-'));
    if (dash >= 0 && dash + 1 < name.size()) {
        bool digits = true;
        for (qsizetype i = dash + 1; i < name.size() && digits; ++i)
            digits = name.at(i) >= QLatin1Char('0') && name.at(i) <= QLatin1Char('9');
        if (digits)
            name.truncate(dash);
    }
    return name;
}

bool machinesConflict(const MachineInfo &a, const MachineInfo &b)
{
    auto differ = [](const QString &x, const QString &y) {
        return !x.isEmpty() && !y.isEmpty() && x != y;
    };
    return differ(a.goos, b.goos) || differ(a.goarch, b.goarch) || differ(a.cpu, b.cpu);
}

QString describeMachine(const MachineInfo &machine)
{
    auto orUnknown = [](const QString &s) { return s.isEmpty() ? QStringLiteral("?") : s; };
    return orUnknown(machine.goos) + QLatin1Char('/') + orUnknown(machine.goarch) +
           QLatin1Char(' ') + orUnknown(machine.cpu);
}

} // namespace gatehouse
