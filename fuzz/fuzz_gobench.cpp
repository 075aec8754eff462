// libFuzzer target: the Go benchmark parser (parseGoBench) on arbitrary bytes, with a small
// line cap so long-line handling is reached with short inputs. Seeds: corpus/gobench/.
// Differential too: files on disk are parsed from memory (the QByteArrayView overload), zip
// entries and large logs from a device; the two must agree, or the target aborts.
#include "bench/GoBenchParser.h"

#include <QBuffer>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    gatehouse::GoBenchOptions options;
    options.maxLineBytes = 256; // the default 1 MiB is out of reach of fuzz input sizes
    options.maxLineWarnings = 5;
    const gatehouse::GoBenchFile file =
        gatehouse::parseGoBench(device, QStringLiteral("f.txt"), options);
    const gatehouse::GoBenchFile fromBytes =
        gatehouse::parseGoBench(QByteArrayView(bytes), QStringLiteral("f.txt"), options);
    const bool same = file.samples == fromBytes.samples && file.failures == fromBytes.failures &&
                      file.machines == fromBytes.machines &&
                      file.resultLines == fromBytes.resultLines &&
                      file.issues.size() == fromBytes.issues.size();
    if (!same)
        __builtin_trap();
    for (const QByteArray &line : bytes.split('\n'))
        (void)gatehouse::detectorNameFromBenchmark(QString::fromUtf8(line));
    return 0;
}
