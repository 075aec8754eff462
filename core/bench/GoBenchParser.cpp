#include "GoBenchParser.h"

#include "GoBenchLineReader.h"

namespace gatehouse {

using namespace gobench_detail;

namespace {

// Cuts bytes, fed in blocks of any size, into lines for the reader. Memory stays bounded by
// one line of at most the limit: a longer line is counted, not collected.
class LineFeeder
{
public:
    LineFeeder(GoBenchReader &reader, qint64 limit) : m_reader(reader), m_limit(limit) {}

    void feed(const char *cursor, qint64 size)
    {
        const char *const end = cursor + size;
        while (cursor < end) {
            const auto *newline = static_cast<const char *>(
                std::memchr(cursor, '\n', static_cast<size_t>(end - cursor)));
            const char *const stop = newline ? newline + 1 : end;
            const qint64 length = stop - cursor;
            m_lineBytes += length;
            if (newline && m_pending.isEmpty() && !m_tooLong) {
                endLine(cursor, length); // the common case: the whole line inside the block
            } else {
                if (!m_tooLong) {
                    m_pending.append(cursor, length);
                    if (m_pending.size() > m_limit + 2) { // stop collecting: it cannot be used
                        m_tooLong = true;
                        m_pending.clear();
                    }
                }
                if (newline)
                    endLine(m_pending.constData(), m_pending.size());
            }
            cursor = stop;
        }
    }

    void finish()
    {
        if (m_tooLong || !m_pending.isEmpty())
            endLine(m_pending.constData(), m_pending.size()); // last line without a line end
        m_reader.finish();
    }

private:
    void endLine(const char *data, qint64 size)
    {
        ++m_lineNumber;
        const qint64 content = m_tooLong ? m_lineBytes : contentLength(data, size);
        if (content > m_limit)
            m_reader.lineTooLong(m_lineNumber, content);
        else
            m_reader.processLine(std::string_view(data, static_cast<size_t>(size)), m_lineNumber);
        m_pending.resize(0);
        m_lineBytes = 0;
        m_tooLong = false;
    }

    GoBenchReader &m_reader;
    const qint64 m_limit;
    QByteArray m_pending; // a line that spans blocks, being put together
    qint64 m_lineBytes = 0;
    bool m_tooLong = false;
    int m_lineNumber = 0;
};

} // namespace

GoBenchFile parseGoBench(QIODevice &device, const QString &path, const GoBenchOptions &options)
{
    GoBenchFile out;
    if (!device.isOpen() || !device.isReadable()) {
        out.issues.append({path, 0, QStringLiteral("cannot read the file"), Severity::Error});
        return out;
    }
    GoBenchReader reader(path, options, out);
    LineFeeder feeder(reader, std::max<qint64>(0, options.maxLineBytes));
    // Blocks, not QIODevice::readLine: unbuffered devices such as QBuffer (zip entries)
    // answer readLine one byte at a time.
    qint64 blockSize = 64 * 1024;
    if (!device.isSequential()) // small files, the usual case, need no large block
        blockSize = std::clamp<qint64>(device.bytesAvailable() + 1, 4096, blockSize);
    QByteArray block(blockSize, Qt::Uninitialized);
    for (;;) {
        const qint64 got = device.read(block.data(), blockSize);
        if (got <= 0) {
            if (got == 0 && device.isSequential() && device.waitForReadyRead(30000))
                continue;
            break;
        }
        feeder.feed(block.constData(), got);
    }
    feeder.finish();
    return out;
}

GoBenchFile parseGoBench(QByteArrayView data, const QString &path, const GoBenchOptions &options)
{
    GoBenchFile out;
    GoBenchReader reader(path, options, out);
    LineFeeder feeder(reader, std::max<qint64>(0, options.maxLineBytes));
    feeder.feed(data.data(), data.size());
    feeder.finish();
    return out;
}

} // namespace gatehouse
