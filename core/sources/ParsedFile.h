#pragma once
// What reading one artifact file produced, before runs are put together. Parsing happens
// in parallel tasks that each fill a TaskOutput; the merge (RunMerge.h) then works on all
// of them in a fixed order.
#include "ArtifactKind.h"
#include "RunSidecar.h"
#include "bench/Baseline.h"
#include "bench/BenchTypes.h"
#include "bench/PackedValues.h"
#include "common/ParseIssue.h"
#include "install/InstallTypes.h"
#include "rollout/RolloutTypes.h"

#include <QIODevice>
#include <variant>
#include <vector>

namespace gatehouse {

// A parsed benchmark file as the merge needs it: flat series over small per-file tables
// of detector keys and units, values of the kept units back to back, no nested maps (a
// load holds every parsed file until the merge, so this is what 100k runs cost).
struct BenchFileData
{
    struct Series
    {
        int key = 0;       // index into keys
        int unit = 0;      // index into units
        quint32 count = 0; // samples; their values follow the previous kept series' ones
        bool kept = true;  // values stored (LoadOptions::benchUnits)
        bool operator==(const Series &o) const
        {
            return key == o.key && unit == o.unit && count == o.count && kept == o.kept;
        }
    };
    QList<DetectorKey> keys;
    QStringList units;
    QList<Series> series; // in (detector, unit) order; shared by files of the same shape
    PackedValues values;  // of the kept series, in series order, each in its own format
    QMap<DetectorKey, int> failures;
    QList<MachineInfo> machines; // distinct, sorted
};

// Turns a parser result into the flat form, keeping the values of keptUnits only (all
// when empty); the other units keep their sample counts.
BenchFileData compactBenchFile(GoBenchFile &&file, const QStringList &keptUnits);

// The parsed content: which alternative is set follows the file's kind; monostate when the
// file was unusable (its issues say why) or turned out to be no artifact.
using ArtifactPayload = std::variant<std::monostate, BenchFileData, qint64, RunMetadata, GateRun,
                                     Whitelist, Baseline, RunSidecar>;

struct ParsedFile
{
    QString path;      // source-relative
    QString sourceKey; // canonical source path
    ArtifactKind kind = ArtifactKind::Ignored;
    bool atRoot = false;
    ArtifactPayload payload;
    ParseIssues issues;
    bool hasData() const { return !std::holds_alternative<std::monostate>(payload); }
};

// A usable bench file as the merge needs it: where it was read, and its data.
struct ReadBenchFile
{
    RelativePath path; // source-relative
    QString sourceKey; // canonical source path
    BenchFileData data;
};

struct TaskOutput
{
    QStringList benchUnits;  // set before reading: the units whose bench values are kept
    QList<ParsedFile> files; // artifacts read (usable or not); ignored files are only counted
    // The three kinds a large load is made of, once compactOutput moved them out of files:
    // the runs as the merge will keep them, their identities holding only path, source and
    // the file's own run id and timestamp (resolved in the merge, SPEC §1). A ParsedFile
    // entry is 256 bytes; 100k runs held 320k of them until the merge (82 MB).
    QList<InstallRun> installs;
    QList<GateRun> gates;
    QList<ReadBenchFile> benches;
    ParseIssues issues; // problems not tied to an artifact (broken zip, skipped entry),
                        // and after compactOutput those of the files moved out
    int filesSeen = 0;
    int filesIgnored = 0;
    int zipsRead = 0;
    int symlinksSkipped = 0;
    int filesSkippedByKind = 0;
    int filesReused = 0;  // taken from a LoadCache without being opened
    int storesFailed = 0; // history stores that could not be read in full (StoreSource)
};

// Moves every usable install, gate result and bench file out of out.files into the
// lists above, their issues into out.issues; what is left in files is what the merge
// needs as a whole (metadata, sidecars, whitelists, baselines, unusable files).
// Idempotent; the merge calls it on every output it is given.
void compactOutput(TaskOutput &out);

// Parses bytes that were read already (zip entries, small JSON files). A bench candidate
// without benchmark lines is counted as ignored and produces no ParsedFile.
void parseArtifactBytes(const QByteArray &data, ParsedFile file, TaskOutput &out);
// Same for a device (a file on disk): bench output is streamed, everything else read whole.
// maxBytes bounds the read; the device must be open.
void parseArtifactDevice(QIODevice &device, qint64 maxBytes, ParsedFile file, TaskOutput &out);

} // namespace gatehouse
