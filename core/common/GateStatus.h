#pragma once
// The verdict every gate analysis ends in, and the exit codes of SPEC §5.
#include <QString>

namespace gatehouse {

enum class GateStatus { Pass, Fail, Insufficient, NoData };
enum class GateMode { Soft, Hard };

// "PASS", "FAIL", "INSUFFICIENT", "NO_DATA"
QString gateStatusName(GateStatus status);

// 0 pass (or soft mode, or INSUFFICIENT), 1 FAIL in hard mode, 2 NO_DATA.
int exitCodeFor(GateStatus status, GateMode mode);

} // namespace gatehouse
