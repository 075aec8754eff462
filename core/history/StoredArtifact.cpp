#include "StoredArtifact.h"

#include <QCryptographicHash>
#include <QUrl>

namespace gatehouse {

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString StoredArtifact::contentHash() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const StoredFile &file : files) {
        hash.addData(file.path.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(QByteArray::number(file.content.size()));
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(file.sha256.toLatin1());
        hash.addData(QByteArrayView("\n", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString StoredArtifact::key() const
{
    QByteArray text = runId.toUtf8();
    text.append('\0').append(name.toUtf8()).append('\0').append(contentHash().toLatin1());
    return sha256Hex(text);
}

QString repositoryFromHtmlUrl(const QString &htmlUrl)
{
    const QStringList parts = QUrl(htmlUrl).path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // GitHub Enterprise Server has the same /OWNER/NAME/actions/... layout.
    if (parts.size() < 3 || parts.at(2) != QLatin1String("actions"))
        return QString();
    return parts.at(0) + QLatin1Char('/') + parts.at(1);
}

} // namespace gatehouse
