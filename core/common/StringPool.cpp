#include "StringPool.h"

namespace gatehouse {

QString StringPool::intern(const QString &s)
{
    if (s.isEmpty())
        return QString();
    const auto found = m_strings.constFind(s);
    if (found != m_strings.cend())
        return *found;
    m_strings.insert(s);
    return s;
}

void StringPool::internAll(QStringList &list)
{
    for (QString &s : list)
        s = intern(s);
}

StringPool &threadStringPool()
{
    thread_local StringPool pool;
    return pool;
}

} // namespace gatehouse
