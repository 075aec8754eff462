#pragma once
// Test hook: how many files and zip entries the loader opened to read, per artifact kind,
// counted process-wide where the open or read happens (FileReader, ZipWalker). It lets a
// test prove that a command reads only the kinds it asked for, without timing anything.
// Counting costs one relaxed atomic add per file; nothing here reaches any output unless
// the CLI is run with GATEHOUSE_DEBUG_OPENED set (see CliCommon.cpp).
#include "ArtifactKind.h"

#include <array>

namespace gatehouse {

struct OpenedCounts
{
    std::array<int, kArtifactKindCount> byKind{};
    int of(ArtifactKind kind) const { return byKind[static_cast<size_t>(kind)]; }
    // "bench=3 install=0 metadata=3 gate=0 whitelist=0 baseline=1 zip=1 sidecar=0"
    QString text() const;
};

void noteOpened(ArtifactKind kind);
OpenedCounts openedCounts();
void resetOpenedCounts();

} // namespace gatehouse
