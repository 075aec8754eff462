#include "StorePasswords.h"

#include <QHash>
#include <QMutex>

namespace gatehouse {

namespace {

struct Passwords
{
    QMutex mutex; // loads read it from worker threads
    QHash<QString, QString> byStore;
};

Passwords &passwords()
{
    static Passwords p;
    return p;
}

} // namespace

QString passwordKey(const StoreUrl &url)
{
    StoreUrl bare = url;
    bare.filter = StoreFilter();
    return bare.display();
}

void rememberStorePassword(const StoreUrl &url, const QString &password)
{
    QMutexLocker lock(&passwords().mutex);
    passwords().byStore.insert(passwordKey(url), password);
}

QString rememberedStorePassword(const StoreUrl &url)
{
    QMutexLocker lock(&passwords().mutex);
    return passwords().byStore.value(passwordKey(url));
}

} // namespace gatehouse

namespace gatehouse {

QString storeSourceForSettings(const QString &source)
{
    QString error;
    const std::optional<StoreUrl> url = parseStoreUrl(source, &error);
    if (!url)
        return withoutPassword(source); // kept as given, but never with its password
    if (!url->password.isEmpty())
        rememberStorePassword(*url, url->password);
    return url->display();
}

} // namespace gatehouse
