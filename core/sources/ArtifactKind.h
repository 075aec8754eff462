#pragma once
// Which artifact a file may be, decided by its file NAME only (SPEC §1): folder names never
// make a file an artifact, so a stray README.md in an artifact folder is simply ignored.
#include <QString>

#include <initializer_list>

namespace gatehouse {

enum class ArtifactKind
{
    Ignored,        // no artifact kind: counted, not read
    BenchCandidate, // *.txt, *.out, *.log: a benchmark file if it holds a benchmark line
    InstallSeconds, // install_to_ready_seconds.txt
    RunMetadata,    // metadata.json: run id, timestamp and branch of its folder's artifacts
    GateResult,     // gate_result.json
    Whitelist,      // unknown_whitelist.json (used only at a source root)
    Baseline,       // baselines.json (anywhere)
    Zip,            // *.zip: read in place
    RunSidecar,     // .gatehouse/runs/<run_id>.json at a folder source's root, written by
                    // fetch: the one kind decided by its path (see RunSidecar.h)
};

constexpr int kArtifactKindCount = 9; // the enumerators above

// The kinds a load reads (LoadOptions::kinds): a command asks only for what its analyses
// use, so a bench run never opens a gate_result.json. Zips are always opened (their
// entries are filtered like files); Ignored files are never read, whatever the set says.
class ArtifactKindSet
{
public:
    constexpr ArtifactKindSet() = default; // empty: only zips are opened
    constexpr ArtifactKindSet(std::initializer_list<ArtifactKind> kinds)
    {
        for (ArtifactKind k : kinds)
            m_bits |= bit(k);
    }
    static constexpr ArtifactKindSet all()
    {
        ArtifactKindSet s;
        s.m_bits = (1u << kArtifactKindCount) - 1u;
        return s;
    }
    constexpr bool contains(ArtifactKind kind) const
    {
        return kind == ArtifactKind::Zip || (m_bits & bit(kind)) != 0;
    }
    constexpr bool operator==(const ArtifactKindSet &o) const { return m_bits == o.m_bits; }
    constexpr bool operator!=(const ArtifactKindSet &o) const { return m_bits != o.m_bits; }

private:
    static constexpr quint32 bit(ArtifactKind k) { return 1u << static_cast<int>(k); }
    quint32 m_bits = 0;
};

// A short name for messages and the opened-files debug line: "bench", "install", ...
QString artifactKindName(ArtifactKind kind);

// fileName is the last path component. The special names are matched exactly (they are
// written by CI scripts, never by hand); extensions ignore case (.TXT, .Zip).
ArtifactKind classifyArtifact(const QString &fileName);

// Whether a file of this kind is read at all (the content decides for bench candidates).
inline bool isReadable(ArtifactKind kind)
{
    return kind != ArtifactKind::Ignored;
}

// The last component of a '/'-separated path.
QString fileNameOf(const QString &relativePath);
// Everything before the last '/', or "" for a file at the top.
QString parentOf(const QString &relativePath);

} // namespace gatehouse
