// What an allocations result says of itself: status names and detector counts.
#include "AllocationsAnalysis.h"

#include <algorithm>

namespace gatehouse {

QString detectorStatusName(DetectorStatus status)
{
    switch (status) {
    case DetectorStatus::Ok:
        return QStringLiteral("OK");
    case DetectorStatus::Over:
        return QStringLiteral("OVER");
    case DetectorStatus::NoData:
        return QStringLiteral("NO_DATA");
    }
    return QString();
}

int AllocationsResult::detectorsOver() const
{
    return static_cast<int>(std::count_if(detectors.cbegin(), detectors.cend(), [](const auto &d) {
        return d.status == DetectorStatus::Over;
    }));
}

int AllocationsResult::detectorsOutsideBaseline() const
{
    return static_cast<int>(std::count_if(detectors.cbegin(), detectors.cend(),
                                          [](const auto &d) { return !d.within; }));
}

int AllocationsResult::detectorsWithBaseline() const
{
    return static_cast<int>(std::count_if(detectors.cbegin(), detectors.cend(), [](const auto &d) {
        return d.baseline.has_value() && !d.fromBaselineOnly;
    }));
}

} // namespace gatehouse
