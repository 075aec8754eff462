// libFuzzer target: the zip source from memory. The input is opened as a zip with
// core/sources/ZipArchive (as a nested zip is), every entry name is checked, every entry is
// read under a cap and, when its name makes it an artifact, parsed as the loader would.
// Seeds: corpus/zip_source/ (small zips: artifacts, nested zip, unsafe names, symlink).
#include "sources/ArtifactKind.h"
#include "sources/ParsedFile.h"
#include "sources/ZipArchive.h"

#include <cstddef>
#include <cstdint>

using namespace gatehouse;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    ZipArchive archive;
    QString error;
    if (!archive.openBuffer(bytes, &error))
        return 0;
    const qint64 count = archive.entryCount();
    TaskOutput out;
    qint64 budget = 4 << 20; // uncompressed bytes read per input, as maxZipTotalBytes
    for (qint64 i = 0; i < count && i < 1000 && budget > 0; ++i) {
        const ZipEntry entry = archive.entry(i);
        if (entry.isDirectory || !entry.problem.isEmpty())
            continue;
        const auto content = archive.read(i, 1 << 20, &error);
        if (!content)
            continue;
        budget -= content->size();
        ParsedFile file;
        file.path = QStringLiteral("z.zip/") + entry.name;
        file.sourceKey = QStringLiteral("/fuzz");
        file.kind = classifyArtifact(fileNameOf(entry.name));
        file.atRoot = !entry.name.contains(QLatin1Char('/'));
        if (isReadable(file.kind) && file.kind != ArtifactKind::Zip)
            parseArtifactBytes(*content, file, out);
    }
    return 0;
}
