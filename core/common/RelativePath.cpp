#include "RelativePath.h"

#include <QHash>
#include <algorithm>
#include <atomic>
#include <cstring>
#include <new>

namespace gatehouse {

struct RelativePath::Block
{
    std::atomic<quint32> ref{1};
    quint32 capacity = 0; // bytes of text after the header
    quint32 used = 0;     // written by the one thread that owns the block as its current one
    quint32 padding = 0;  // keeps the text 8-byte aligned
    char *text() { return reinterpret_cast<char *>(this + 1); }
    const char *text() const { return reinterpret_cast<const char *>(this + 1); }
};

namespace {

using Block = RelativePath::Block;

// 16 KiB a block: at the generator's 40-57 characters a path, a few hundred paths, so one
// block per few tasks, and well below glibc's mmap threshold.
constexpr quint32 kBlockBytes = 16384 - sizeof(Block) - 16;

Block *newBlock(quint32 capacity)
{
    void *memory = ::operator new(sizeof(Block) + capacity);
    Block *block = new (memory) Block;
    block->capacity = capacity;
    return block;
}

void retain(Block *block)
{
    if (block)
        block->ref.fetch_add(1, std::memory_order_relaxed);
}

void release(Block *block)
{
    if (block && block->ref.fetch_sub(1, std::memory_order_acq_rel) == 1) {
        block->~Block();
        ::operator delete(block);
    }
}

// This thread's block being filled; each thread writes only its own, so no lock. A path
// written is never changed again, so other threads may read it while this one writes on.
class BlockWriter
{
public:
    ~BlockWriter() { release(m_current); }

    // Space for bytes with the given alignment; the returned block carries one reference
    // for the caller.
    Block *reserve(quint32 bytes, quint32 alignment, quint32 &offset)
    {
        if (bytes > kBlockBytes / 4) { // a long path gets a block of its own
            offset = 0;
            Block *own = newBlock(bytes);
            own->used = bytes;
            return own;
        }
        quint32 start = m_current ? (m_current->used + alignment - 1) / alignment * alignment : 0;
        if (!m_current || start + bytes > m_current->capacity) {
            release(m_current);
            m_current = newBlock(kBlockBytes);
            start = 0;
        }
        m_current->used = start + bytes;
        offset = start;
        retain(m_current);
        return m_current;
    }

private:
    Block *m_current = nullptr;
};

BlockWriter &threadWriter()
{
    thread_local BlockWriter writer;
    return writer;
}

} // namespace

RelativePath::RelativePath(const QString &path)
{
    if (path.isEmpty())
        return;
    const qsizetype n = path.size();
    Q_ASSERT(n <= qsizetype(kSizeMask / 2));
    const bool latin1 = QtPrivate::isLatin1(QStringView(path));
    const quint32 bytes = static_cast<quint32>(latin1 ? n : n * 2);
    m_block = threadWriter().reserve(bytes, latin1 ? 1 : 2, m_offset);
    char *to = m_block->text() + m_offset;
    if (latin1) {
        const char16_t *from = reinterpret_cast<const char16_t *>(path.utf16());
        for (qsizetype i = 0; i < n; ++i)
            to[i] = static_cast<char>(from[i]);
    } else {
        std::memcpy(to, path.utf16(), bytes);
    }
    m_size = static_cast<quint32>(n) | (latin1 ? 0 : kUtf16Flag);
}

RelativePath::RelativePath(const RelativePath &other) noexcept
    : m_block(other.m_block), m_offset(other.m_offset), m_size(other.m_size)
{
    retain(m_block);
}

RelativePath::RelativePath(RelativePath &&other) noexcept
    : m_block(std::exchange(other.m_block, nullptr)), m_offset(std::exchange(other.m_offset, 0)),
      m_size(std::exchange(other.m_size, 0))
{
}

RelativePath &RelativePath::operator=(const RelativePath &other) noexcept
{
    retain(other.m_block);
    release(m_block);
    m_block = other.m_block;
    m_offset = other.m_offset;
    m_size = other.m_size;
    return *this;
}

RelativePath &RelativePath::operator=(RelativePath &&other) noexcept
{
    if (this != &other) {
        release(m_block);
        m_block = std::exchange(other.m_block, nullptr);
        m_offset = std::exchange(other.m_offset, 0);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

RelativePath::~RelativePath()
{
    release(m_block);
}

const char *RelativePath::bytes() const
{
    return m_block ? m_block->text() + m_offset : nullptr;
}

QLatin1StringView RelativePath::latin1View() const
{
    return QLatin1StringView(bytes(), size());
}

QStringView RelativePath::utf16View() const
{
    return QStringView(reinterpret_cast<const char16_t *>(bytes()), size());
}

QString RelativePath::toString() const
{
    if (isEmpty())
        return QString();
    return isLatin1() ? QString(latin1View()) : utf16View().toString();
}

int RelativePath::compare(const RelativePath &a, const RelativePath &b)
{
    if (a.isLatin1())
        return b.isLatin1() ? QtPrivate::compareStrings(a.latin1View(), b.latin1View())
                            : QtPrivate::compareStrings(a.latin1View(), b.utf16View());
    return b.isLatin1() ? QtPrivate::compareStrings(a.utf16View(), b.latin1View())
                        : QtPrivate::compareStrings(a.utf16View(), b.utf16View());
}

int RelativePath::compare(const RelativePath &a, QStringView b)
{
    return a.isLatin1() ? QtPrivate::compareStrings(a.latin1View(), b)
                        : QtPrivate::compareStrings(a.utf16View(), b);
}

bool operator==(const RelativePath &a, const RelativePath &b)
{
    // A path that fits Latin-1 is always held as Latin-1, so the two forms never hold the
    // same text.
    if (a.m_size != b.m_size)
        return false;
    if (a.m_block == b.m_block && a.m_offset == b.m_offset)
        return true;
    const size_t bytes = a.isLatin1() ? a.size() : a.size() * 2;
    return std::memcmp(a.bytes(), b.bytes(), bytes) == 0;
}

size_t qHash(const RelativePath &path, size_t seed)
{
    return qHash(path.toString(), seed); // equal to a QString's hash of the same text
}

QDebug operator<<(QDebug debug, const RelativePath &path)
{
    return debug << path.toString();
}

QStringList toStringList(const RelativePaths &paths)
{
    QStringList list;
    list.reserve(paths.size());
    for (const RelativePath &path : paths)
        list.append(path.toString());
    return list;
}

bool operator==(const RelativePaths &a, const QStringList &b)
{
    return a.size() == b.size() &&
           std::equal(a.cbegin(), a.cend(), b.cbegin(),
                      [](const RelativePath &x, const QString &y) { return x == y; });
}

} // namespace gatehouse
