#pragma once
// A source-relative artifact path as the runs of a load keep it (RunIdentity::path,
// BenchRun::files). Why not a QString: 100k runs keep 300k paths for as long as the
// dataset lives. As QStrings each was a heap block of its own (UTF-16 plus a header:
// 112-144 bytes for "gate-result-<id>/gate_result.json"), allocated by the parse threads
// between their short-lived blocks, so what the parse freed became holes of a few hundred
// bytes no page of which could be handed back.
//
// A RelativePath is 16 bytes pointing into a shared, reference-counted block of text that
// holds the paths one thread made one after the other (Latin-1 when the path is, as CI
// artifact paths are; UTF-16 otherwise). It compares and converts exactly like the QString
// it was made from: equality and order are those of QString (UTF-16 code units).
#include <QDebug>
#include <QString>
#include <QStringList>

namespace gatehouse {

class RelativePath
{
public:
    RelativePath() noexcept = default;
    RelativePath(const QString &path); // implicit on purpose: a QString path is one
    RelativePath(const RelativePath &other) noexcept;
    RelativePath(RelativePath &&other) noexcept;
    RelativePath &operator=(const RelativePath &other) noexcept;
    RelativePath &operator=(RelativePath &&other) noexcept;
    ~RelativePath();

    QString toString() const;
    bool isEmpty() const { return size() == 0; }
    qsizetype size() const { return m_size & kSizeMask; }
    bool isLatin1() const { return !(m_size & kUtf16Flag); }

    // Three-way comparison with QString's order (UTF-16 code units).
    static int compare(const RelativePath &a, const RelativePath &b);
    static int compare(const RelativePath &a, QStringView b);

    friend bool operator==(const RelativePath &a, const RelativePath &b);
    friend bool operator!=(const RelativePath &a, const RelativePath &b) { return !(a == b); }
    friend bool operator<(const RelativePath &a, const RelativePath &b)
    {
        return compare(a, b) < 0;
    }
    friend bool operator>(const RelativePath &a, const RelativePath &b)
    {
        return compare(a, b) > 0;
    }
    friend bool operator<=(const RelativePath &a, const RelativePath &b)
    {
        return compare(a, b) <= 0;
    }
    friend bool operator>=(const RelativePath &a, const RelativePath &b)
    {
        return compare(a, b) >= 0;
    }
    friend bool operator==(const RelativePath &a, const QString &b)
    {
        return compare(a, QStringView(b)) == 0;
    }
    friend bool operator==(const QString &a, const RelativePath &b)
    {
        return compare(b, QStringView(a)) == 0;
    }
    friend bool operator!=(const RelativePath &a, const QString &b)
    {
        return compare(a, QStringView(b)) != 0;
    }
    friend bool operator!=(const QString &a, const RelativePath &b)
    {
        return compare(b, QStringView(a)) != 0;
    }

    // Test hook: whether the two hold their text in the same block.
    static bool shareBlock(const RelativePath &a, const RelativePath &b)
    {
        return a.m_block && a.m_block == b.m_block;
    }

    struct Block; // reference count, then text (RelativePath.cpp)

private:
    static constexpr quint32 kUtf16Flag = 0x80000000u;
    static constexpr quint32 kSizeMask = 0x7fffffffu;
    const char *bytes() const;
    QLatin1StringView latin1View() const;
    QStringView utf16View() const;

    Block *m_block = nullptr;
    quint32 m_offset = 0; // into the block's text, in bytes
    quint32 m_size = 0;   // in characters; kUtf16Flag set when the text is UTF-16
};

size_t qHash(const RelativePath &path, size_t seed = 0);
QDebug operator<<(QDebug debug, const RelativePath &path);

using RelativePaths = QList<RelativePath>;
QStringList toStringList(const RelativePaths &paths);
bool operator==(const RelativePaths &a, const QStringList &b);
inline bool operator!=(const RelativePaths &a, const QStringList &b)
{
    return !(a == b);
}

} // namespace gatehouse
