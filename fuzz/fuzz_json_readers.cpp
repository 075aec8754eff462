// libFuzzer target: every JSON (and one-number) reader on the same input: parseGateResult,
// parseRunMetadata, parseWhitelist (plus a save/load round trip of what it accepted),
// parseBaseline (plus its lookups) and parseInstallSeconds. Seeds: corpus/json_readers/.
#include "bench/Baseline.h"
#include "install/InstallParser.h"
#include "rollout/GateResultParser.h"
#include "rollout/WhitelistFile.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace gatehouse;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString path = QStringLiteral("fuzz.json");
    ParseIssues issues;
    (void)parseGateResult(bytes, path, issues);
    (void)parseRunMetadata(bytes, path, issues);
    (void)parseInstallSeconds(bytes, path, issues);
    if (const auto whitelist = parseWhitelist(bytes, path, issues)) {
        // What was accepted must survive its own save format.
        ParseIssues again;
        if (!parseWhitelist(serializeWhitelist(*whitelist), path, again))
            std::abort();
        for (const WhitelistClass &cls : whitelist->classes)
            (void)matchingClass(*whitelist, cls.reason);
    }
    if (const auto baseline = parseBaseline(bytes, path, issues)) {
        for (const BaselineEntry &entry : baseline->entries())
            (void)baseline->valueFor(entry.detector, QStringLiteral("allocs/op"));
    }
    return 0;
}
