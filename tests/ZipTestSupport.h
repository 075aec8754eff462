#pragma once
// Builds zip archives at test time with libzip, for the zip-source and limits tests.
#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <zip.h>

namespace gatehouse::zip_test {

struct Entry
{
    QString name; // ending in '/' adds a folder entry
    QByteArray data;
    quint32 unixMode = 0100644; // regular file; 0120777 makes a symlink entry
};

// The bytes of a zip holding entries in order; files are deflated at the best level so a
// zip bomb stays small on disk.
inline QByteArray zipBytes(const QList<Entry> &entries)
{
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("t.zip")));
    int error = 0;
    zip_t *za = zip_open(path.constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!za)
        qFatal("zip_open failed");
    for (const Entry &e : entries) {
        zip_int64_t index = -1;
        if (e.name.endsWith(QLatin1Char('/'))) {
            index = zip_dir_add(za, e.name.toUtf8().constData(), ZIP_FL_ENC_UTF_8);
        } else {
            // libzip reads the buffer at zip_close and frees it then (freep = 1).
            void *copy = malloc(static_cast<size_t>(std::max<qsizetype>(e.data.size(), 1)));
            memcpy(copy, e.data.constData(), static_cast<size_t>(e.data.size()));
            zip_source_t *src =
                zip_source_buffer(za, copy, static_cast<zip_uint64_t>(e.data.size()), 1);
            index = zip_file_add(za, e.name.toUtf8().constData(), src,
                                 ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
            if (index >= 0)
                zip_set_file_compression(za, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 9);
        }
        if (index < 0)
            qFatal("zip_file_add failed: %s", zip_strerror(za));
        zip_file_set_external_attributes(za, static_cast<zip_uint64_t>(index), 0, ZIP_OPSYS_UNIX,
                                         e.unixMode << 16);
    }
    if (zip_close(za) != 0)
        qFatal("zip_close failed");
    QFile f(QString::fromLocal8Bit(path));
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

} // namespace gatehouse::zip_test
