#pragma once
// Benchmark values kept exactly in fewer bytes (issue 10: 100k runs hold 18M samples).
// Go prints ns/op, B/op and allocs/op as decimals with few digits, and one column's values
// lie close together. So a column is stored as unsigned offsets from its smallest value,
// scaled to whole numbers by a power of ten, in 1, 2 or 4 bytes each. Decoding divides by
// the same power of ten: IEEE division rounds correctly, so m / 10^s is the double nearest
// to the decimal, which is what parsing its text gave. Every value is checked as it is
// stored; one that does not come back bit for bit turns the whole column into doubles.
#include <QVector>
#include <cstring>
#include <iterator>
#include <vector>

namespace gatehouse {

// How a run of values is laid out: width 8 is plain doubles; 1, 2 or 4 are offsets from
// base, in units of 10^-scale.
struct ValueFormat
{
    int width = 8;
    int scale = 0;
    qint64 base = 0;

    bool isRaw() const { return width == 8; }
    double decode(const unsigned char *at) const;
    bool operator==(const ValueFormat &o) const
    {
        return width == o.width && scale == o.scale && base == o.base;
    }
};

// A read-only view of some values, in file order; iterating decodes them.
class SampleSpan
{
public:
    class Iterator
    {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = double;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = double;

        Iterator() = default;
        Iterator(const unsigned char *at, ValueFormat format) : m_at(at), m_format(format) {}
        double operator*() const { return m_format.decode(m_at); }
        double operator[](difference_type n) const { return *(*this + n); }
        Iterator &operator++() { return *this += 1; }
        Iterator operator++(int)
        {
            Iterator was = *this;
            *this += 1;
            return was;
        }
        Iterator &operator--() { return *this -= 1; }
        Iterator operator--(int)
        {
            Iterator was = *this;
            *this -= 1;
            return was;
        }
        Iterator &operator+=(difference_type n)
        {
            m_at += n * m_format.width;
            return *this;
        }
        Iterator &operator-=(difference_type n) { return *this += -n; }
        friend Iterator operator+(Iterator it, difference_type n) { return it += n; }
        friend Iterator operator+(difference_type n, Iterator it) { return it += n; }
        friend Iterator operator-(Iterator it, difference_type n) { return it -= n; }
        friend difference_type operator-(const Iterator &a, const Iterator &b)
        {
            return (a.m_at - b.m_at) / a.m_format.width;
        }
        friend bool operator==(const Iterator &a, const Iterator &b) { return a.m_at == b.m_at; }
        friend bool operator!=(const Iterator &a, const Iterator &b) { return a.m_at != b.m_at; }
        friend bool operator<(const Iterator &a, const Iterator &b) { return a.m_at < b.m_at; }
        friend bool operator>(const Iterator &a, const Iterator &b) { return a.m_at > b.m_at; }
        friend bool operator<=(const Iterator &a, const Iterator &b) { return a.m_at <= b.m_at; }
        friend bool operator>=(const Iterator &a, const Iterator &b) { return a.m_at >= b.m_at; }

    private:
        const unsigned char *m_at = nullptr;
        ValueFormat m_format; // by value: an iterator outlives the span it came from
    };

    SampleSpan() = default;
    // Plain doubles (hand-made runs, tests).
    SampleSpan(const double *begin, qsizetype size)
        : m_at(reinterpret_cast<const unsigned char *>(begin)), m_size(size)
    {
    }
    SampleSpan(const unsigned char *at, qsizetype size, ValueFormat format)
        : m_at(at), m_size(size), m_format(format)
    {
    }
    Iterator begin() const { return Iterator(m_at, m_format); }
    Iterator end() const { return Iterator(m_at + m_size * m_format.width, m_format); }
    Iterator cbegin() const { return begin(); }
    Iterator cend() const { return end(); }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    double operator[](qsizetype i) const { return m_format.decode(m_at + i * m_format.width); }
    double at(qsizetype i) const { return (*this)[i]; }
    QVector<double> toVector() const { return QVector<double>(begin(), end()); }

private:
    const unsigned char *m_at = nullptr;
    qsizetype m_size = 0;
    ValueFormat m_format;
};

// Chooses the narrowest format that holds a set of values exactly (see the top).
class ValueFormatChooser
{
public:
    void add(double v);
    void add(SampleSpan values);
    ValueFormat format() const;

private:
    bool m_any = false;
    bool m_raw = false;
    int m_scale = 0;
    double m_min = 0;
    double m_max = 0;
};

// Values stored in one format, appended in order. Appending a value the format cannot hold
// exactly rewrites what is stored as doubles first.
class EncodedValues
{
public:
    EncodedValues() = default;
    explicit EncodedValues(ValueFormat format) : m_format(format) {}
    // In the narrowest format that holds them all.
    static EncodedValues encode(SampleSpan values);
    static EncodedValues encode(const std::vector<double> &values)
    {
        return encode(SampleSpan(values.data(), qsizetype(values.size())));
    }

    void reserve(size_t count) { m_bytes.reserve(count * size_t(m_format.width)); }
    // Empty, in `format`; keeps its capacity (a scratch buffer used again and again).
    void reset(ValueFormat format)
    {
        m_format = format;
        m_bytes.clear();
    }
    void append(double v);
    void append(SampleSpan values);
    void shrink_to_fit() { m_bytes.shrink_to_fit(); }

    size_t size() const { return m_bytes.size() / size_t(m_format.width); }
    bool empty() const { return m_bytes.empty(); }
    const ValueFormat &format() const { return m_format; }
    size_t byteSize() const { return m_bytes.capacity(); }
    SampleSpan span(size_t from, size_t count) const
    {
        return SampleSpan(m_bytes.data() + from * size_t(m_format.width), qsizetype(count),
                          m_format);
    }
    SampleSpan all() const { return span(0, size()); }
    const unsigned char *rawBytes() const { return m_bytes.data(); } // size() * width bytes
    std::vector<double> toDoubles() const;

private:
    void becomeRaw();
    ValueFormat m_format;
    std::vector<unsigned char> m_bytes;
};

inline double ValueFormat::decode(const unsigned char *at) const
{
    static constexpr double kPow10[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};
    quint64 offset = 0;
    switch (width) {
    case 8: {
        double v;
        std::memcpy(&v, at, sizeof v);
        return v;
    }
    case 1:
        offset = *at;
        break;
    case 2: {
        quint16 u;
        std::memcpy(&u, at, sizeof u);
        offset = u;
        break;
    }
    default: {
        quint32 u;
        std::memcpy(&u, at, sizeof u);
        offset = u;
        break;
    }
    }
    const double whole = static_cast<double>(base + static_cast<qint64>(offset));
    return scale == 0 ? whole : whole / kPow10[scale];
}

} // namespace gatehouse
