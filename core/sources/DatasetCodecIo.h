#pragma once
// The byte level of DatasetCodec: numbers in host byte order (the header records which),
// strings through a table, arrays of numbers copied whole. The reader checks every count
// against the bytes left, so damaged input fails instead of allocating without bound.
#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <cstring>
#include <type_traits>
#include <vector>

namespace gatehouse::codec {

constexpr quint32 kHostOrder = 0x01020304; // reads back as itself only in the same order

class Writer
{
public:
    void putRaw(const void *data, qsizetype size)
    {
        if (size > 0)
            m_out.append(static_cast<const char *>(data), size);
    }
    void putU32(quint32 v) { putRaw(&v, sizeof v); }
    void putI32(qint32 v) { putRaw(&v, sizeof v); }
    void putI64(qint64 v) { putRaw(&v, sizeof v); }
    void putDouble(double v) { putRaw(&v, sizeof v); }
    void putBool(bool v) { m_out.append(v ? '\1' : '\0'); }
    void putCount(qsizetype n) { putU32(quint32(n)); }
    void putBytes(const QByteArray &b)
    {
        putCount(b.size());
        putRaw(b.constData(), b.size());
    }
    // -1: a null string; an index below the table's size: a string met before; the
    // table's size: a new string, its UTF-16 follows.
    void putString(const QString &s)
    {
        if (s.isNull()) {
            putI32(-1);
            return;
        }
        const auto known = m_table.constFind(s);
        if (known != m_table.cend()) {
            putI32(*known);
            return;
        }
        const qint32 id = qint32(m_table.size());
        m_table.insert(s, id);
        putI32(id);
        putCount(s.size());
        putRaw(s.constData(), s.size() * qsizetype(sizeof(QChar)));
    }
    void putStrings(const QStringList &list)
    {
        putCount(list.size());
        for (const QString &s : list)
            putString(s);
    }
    template <typename T> void putArray(const std::vector<T> &v)
    {
        static_assert(std::is_arithmetic_v<T>);
        putCount(qsizetype(v.size()));
        putRaw(v.data(), qsizetype(v.size() * sizeof(T)));
    }
    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
    QHash<QString, qint32> m_table;
};

class Reader
{
public:
    explicit Reader(const QByteArray &in) : m_at(in.constData()), m_end(in.constData() + in.size())
    {
    }
    bool atEnd() const { return m_at == m_end; }
    bool getRaw(void *data, qsizetype size)
    {
        if (size < 0 || m_end - m_at < size)
            return false;
        if (size > 0) // never memcpy from or to the null data() of an empty vector
            std::memcpy(data, m_at, size_t(size));
        m_at += size;
        return true;
    }
    bool getU32(quint32 &v) { return getRaw(&v, sizeof v); }
    bool getI32(qint32 &v) { return getRaw(&v, sizeof v); }
    bool getI64(qint64 &v) { return getRaw(&v, sizeof v); }
    bool getDouble(double &v) { return getRaw(&v, sizeof v); }
    bool getBool(bool &v)
    {
        char c = 0;
        if (!getRaw(&c, 1) || (c != 0 && c != 1))
            return false;
        v = c != 0;
        return true;
    }
    // A count of items that take at least bytesEach bytes each: more than the bytes left
    // hold is damage.
    bool getCount(qsizetype &n, qsizetype bytesEach)
    {
        quint32 v = 0;
        if (!getU32(v) || qint64(v) * bytesEach > m_end - m_at)
            return false;
        n = qsizetype(v);
        return true;
    }
    bool getBytes(QByteArray &b)
    {
        qsizetype n = 0;
        if (!getCount(n, 1))
            return false;
        b = QByteArray(m_at, n);
        m_at += n;
        return true;
    }
    bool getString(QString &s)
    {
        qint32 id = 0;
        if (!getI32(id) || id < -1 || id > m_table.size())
            return false;
        if (id == -1) {
            s = QString();
        } else if (id < m_table.size()) {
            s = m_table.at(id);
        } else {
            qsizetype n = 0;
            if (!getCount(n, qsizetype(sizeof(QChar))))
                return false;
            // Copied bytewise: the UTF-16 need not be aligned in the input.
            s = n == 0 ? QStringLiteral("") : QString(n, Qt::Uninitialized);
            if (!getRaw(n == 0 ? nullptr : s.data(), n * qsizetype(sizeof(QChar))))
                return false;
            m_table.append(s);
        }
        return true;
    }
    bool getStrings(QStringList &list)
    {
        qsizetype n = 0;
        if (!getCount(n, 4))
            return false;
        list.resize(n);
        for (QString &s : list)
            if (!getString(s))
                return false;
        return true;
    }
    template <typename T> bool getArray(std::vector<T> &v)
    {
        static_assert(std::is_arithmetic_v<T>);
        qsizetype n = 0;
        if (!getCount(n, qsizetype(sizeof(T))))
            return false;
        v.resize(size_t(n));
        return getRaw(v.data(), qsizetype(n * sizeof(T)));
    }

private:
    const char *m_at;
    const char *m_end;
    QStringList m_table;
};

} // namespace gatehouse::codec
