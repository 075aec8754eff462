#pragma once
// The kept values of one parsed bench file until the merge copies them into the sample
// store, each series (detector and unit) in the narrowest format its own values fit
// (EncodedValues.h). One format for the whole file has to span every detector's range of
// every unit: 2 bytes a value on the generator's set (36 MB at 100k runs), where the
// store, by column, needs 1.
#include "EncodedValues.h"

#include <vector>

namespace gatehouse {

class PackedValues
{
public:
    PackedValues() = default;
    // values: those of every kept series, back to back; counts: how many each has.
    static PackedValues pack(const std::vector<double> &values, const std::vector<quint32> &counts);

    size_t size() const { return m_count; } // values
    size_t byteSize() const { return m_bytes.size(); }

    // Reads the series back in the order they were packed.
    class Reader
    {
    public:
        explicit Reader(const PackedValues &values) : m_at(values.m_bytes.data()) {}
        // The next series, which holds `count` values.
        SampleSpan next(quint32 count);

    private:
        const unsigned char *m_at;
    };

private:
    // Per series: its width (1, 2, 4 or 8), for widths below 8 its scale and its base
    // (zigzag varint), then its values. One allocation a file.
    std::vector<unsigned char> m_bytes;
    quint32 m_count = 0;
};

} // namespace gatehouse
