#include "GateStatus.h"

namespace gatehouse {

QString gateStatusName(GateStatus status)
{
    switch (status) {
    case GateStatus::Pass:
        return QStringLiteral("PASS");
    case GateStatus::Fail:
        return QStringLiteral("FAIL");
    case GateStatus::Insufficient:
        return QStringLiteral("INSUFFICIENT");
    case GateStatus::NoData:
        return QStringLiteral("NO_DATA");
    }
    return QString();
}

int exitCodeFor(GateStatus status, GateMode mode)
{
    if (status == GateStatus::NoData)
        return 2;
    if (status == GateStatus::Fail && mode == GateMode::Hard)
        return 1;
    return 0;
}

} // namespace gatehouse
