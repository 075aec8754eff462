#include "StoreKeychain.h"

#include "history/StorePasswords.h"
#include "history/StoreUrl.h"

#include <memory>
#ifdef GATEHOUSE_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace gatehouse::ui {

namespace {

const QLatin1String kService("Gatehouse history store");

std::optional<StoreUrl> postgresWithoutPassword(const QString &source)
{
    QString error;
    std::optional<StoreUrl> url = parseStoreUrl(source, &error);
    if (!url || url->backend != StoreUrl::Backend::Postgres || !url->password.isEmpty() ||
        !rememberedStorePassword(*url).isEmpty())
        return std::nullopt;
    return url;
}

} // namespace

void saveStorePassword(const QString &storeUrl, const QString &password, QObject *context)
{
#ifdef GATEHOUSE_HAVE_KEYCHAIN
    QString error;
    const std::optional<StoreUrl> url = parseStoreUrl(storeUrl, &error);
    if (!url)
        return;
    auto *job = new QKeychain::WritePasswordJob(kService, context);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(passwordKey(*url));
    job->setTextData(password);
    job->start();
#else
    Q_UNUSED(storeUrl)
    Q_UNUSED(password)
    Q_UNUSED(context)
#endif
}

void loadStorePasswords(const QStringList &sources, QObject *context,
                        const std::function<void()> &done)
{
#ifdef GATEHOUSE_HAVE_KEYCHAIN
    QList<StoreUrl> wanted;
    for (const QString &source : sources)
        if (const auto url = postgresWithoutPassword(source))
            wanted.append(*url);
    if (wanted.isEmpty()) {
        done();
        return;
    }
    auto pending = std::make_shared<int>(int(wanted.size()));
    for (const StoreUrl &url : std::as_const(wanted)) {
        auto *job = new QKeychain::ReadPasswordJob(kService, context);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(passwordKey(url));
        QObject::connect(job, &QKeychain::Job::finished, context, [job, url, pending, done] {
            if (job->error() == QKeychain::NoError && !job->textData().isEmpty())
                rememberStorePassword(url, job->textData());
            if (--*pending == 0)
                done(); // with or without: libpq may still find one
        });
        job->start();
    }
#else
    Q_UNUSED(sources)
    Q_UNUSED(context)
    done();
#endif
}

} // namespace gatehouse::ui
