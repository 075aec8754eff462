#include "EncodedValues.h"

#include <cmath>
#include <limits>

namespace gatehouse {

namespace {

constexpr int kMaxScale = 6;
constexpr double kPow10[kMaxScale + 1] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};
// Whole numbers up to 2^53 convert to double and back without loss.
constexpr double kMaxWhole = 9007199254740992.0;

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

// v as a whole number of 10^-scale units, when that number is small enough to be exact.
bool scaledWhole(double v, int scale, qint64 &whole)
{
    const double scaled = v * kPow10[scale];
    if (!(std::fabs(scaled) < kMaxWhole)) // NaN fails here too
        return false;
    whole = std::llround(scaled);
    return true;
}

// The smallest scale at which v decodes back bit for bit, or -1 (NaN, infinities, -0.0,
// more than six decimals).
int scaleOf(double v)
{
    for (int scale = 0; scale <= kMaxScale; ++scale) {
        qint64 whole = 0;
        if (!scaledWhole(v, scale, whole))
            return -1;
        const ValueFormat format{1, scale, whole};
        const unsigned char zero = 0;
        if (sameBits(format.decode(&zero), v))
            return scale;
    }
    return -1;
}

} // namespace

void ValueFormatChooser::add(double v)
{
    if (m_raw)
        return;
    const int scale = scaleOf(v);
    if (scale < 0) {
        m_raw = true;
        return;
    }
    m_scale = std::max(m_scale, scale);
    m_min = m_any ? std::min(m_min, v) : v;
    m_max = m_any ? std::max(m_max, v) : v;
    m_any = true;
}

void ValueFormatChooser::add(SampleSpan values)
{
    for (double v : values)
        add(v);
}

ValueFormat ValueFormatChooser::format() const
{
    qint64 low = 0, high = 0;
    if (m_raw || !m_any || !scaledWhole(m_min, m_scale, low) || !scaledWhole(m_max, m_scale, high))
        return {};
    const quint64 range = quint64(high - low);
    if (range <= std::numeric_limits<quint8>::max())
        return {1, m_scale, low};
    if (range <= std::numeric_limits<quint16>::max())
        return {2, m_scale, low};
    if (range <= std::numeric_limits<quint32>::max())
        return {4, m_scale, low};
    return {};
}

EncodedValues EncodedValues::encode(SampleSpan values)
{
    ValueFormatChooser chooser;
    chooser.add(values);
    EncodedValues encoded(chooser.format());
    encoded.reserve(size_t(values.size()));
    encoded.append(values);
    encoded.shrink_to_fit();
    return encoded;
}

void EncodedValues::append(double v)
{
    const auto put = [this](const void *bytes) {
        const auto *at = static_cast<const unsigned char *>(bytes);
        m_bytes.insert(m_bytes.end(), at, at + m_format.width);
    };
    if (m_format.isRaw()) {
        put(&v);
        return;
    }
    qint64 whole = 0;
    if (scaledWhole(v, m_format.scale, whole)) {
        // Below the base the difference wraps to far above every limit.
        const quint64 offset = quint64(whole - m_format.base);
        const quint64 limit =
            m_format.width == 4 ? 0xffffffffULL : (1ULL << (8 * m_format.width)) - 1;
        if (offset <= limit) {
            const auto o8 = quint8(offset);
            const auto o16 = quint16(offset);
            const auto o32 = quint32(offset);
            put(m_format.width == 1   ? static_cast<const void *>(&o8)
                : m_format.width == 2 ? static_cast<const void *>(&o16)
                                      : static_cast<const void *>(&o32));
            if (sameBits(m_format.decode(m_bytes.data() + m_bytes.size() - size_t(m_format.width)),
                         v))
                return;
            m_bytes.resize(m_bytes.size() - size_t(m_format.width));
        }
    }
    becomeRaw();
    put(&v);
}

void EncodedValues::append(SampleSpan values)
{
    for (double v : values)
        append(v);
}

std::vector<double> EncodedValues::toDoubles() const
{
    const SampleSpan values = all();
    return std::vector<double>(values.begin(), values.end());
}

void EncodedValues::becomeRaw()
{
    const size_t count = size();
    const size_t capacity = m_bytes.capacity() / size_t(m_format.width);
    const std::vector<double> values = toDoubles();
    m_format = ValueFormat();
    m_bytes.clear();
    m_bytes.shrink_to_fit();
    m_bytes.reserve(std::max(capacity, count) * sizeof(double));
    const auto *at = reinterpret_cast<const unsigned char *>(values.data());
    m_bytes.insert(m_bytes.end(), at, at + count * sizeof(double));
}

} // namespace gatehouse
