#include "PackedValues.h"

#include <cstring>

namespace gatehouse {

namespace {

void putVarint(std::vector<unsigned char> &out, qint64 value)
{
    // Zigzag: small magnitudes of either sign take few bytes.
    quint64 u = (quint64(value) << 1) ^ quint64(value >> 63);
    while (u >= 0x80) {
        out.push_back(static_cast<unsigned char>(u | 0x80));
        u >>= 7;
    }
    out.push_back(static_cast<unsigned char>(u));
}

qint64 getVarint(const unsigned char *&at)
{
    quint64 u = 0;
    for (int shift = 0;; shift += 7) {
        const unsigned char byte = *at++;
        u |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            break;
    }
    return qint64(u >> 1) ^ -qint64(u & 1);
}

} // namespace

PackedValues PackedValues::pack(const std::vector<double> &values,
                                const std::vector<quint32> &counts)
{
    PackedValues packed;
    packed.m_count = static_cast<quint32>(values.size());
    thread_local std::vector<unsigned char> scratch; // keeps its capacity between files
    scratch.clear();
    thread_local EncodedValues series;
    size_t next = 0;
    for (const quint32 count : counts) {
        const SampleSpan own(values.data() + next, count);
        next += count;
        ValueFormatChooser chooser;
        chooser.add(own);
        series.reset(chooser.format());
        series.append(own); // a value that does not come back bit for bit makes them doubles
        const ValueFormat &format = series.format();
        scratch.push_back(static_cast<unsigned char>(format.width));
        if (!format.isRaw()) {
            scratch.push_back(static_cast<unsigned char>(format.scale));
            putVarint(scratch, format.base);
        }
        const unsigned char *bytes = series.rawBytes();
        scratch.insert(scratch.end(), bytes, bytes + series.size() * size_t(format.width));
    }
    packed.m_bytes.assign(scratch.cbegin(), scratch.cend());
    // The scratch buffers live as long as the worker thread: not at the size of a huge file.
    constexpr size_t kKeptScratch = 1 << 20;
    if (scratch.capacity() > kKeptScratch || series.byteSize() > kKeptScratch) {
        std::vector<unsigned char>().swap(scratch);
        series = EncodedValues();
    }
    return packed;
}

SampleSpan PackedValues::Reader::next(quint32 count)
{
    ValueFormat format;
    format.width = *m_at++;
    if (!format.isRaw()) {
        format.scale = *m_at++;
        format.base = getVarint(m_at);
    }
    const SampleSpan span(m_at, qsizetype(count), format);
    m_at += size_t(count) * size_t(format.width);
    return span;
}

} // namespace gatehouse
