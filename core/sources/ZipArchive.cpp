#include "ZipArchive.h"

#include <QFile>
#include <QStringList>
#include <zip.h>

namespace gatehouse {

namespace {

QString libzipError(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

QString archiveError(zip_t *archive)
{
    return QString::fromUtf8(zip_strerror(archive));
}

// Unix file type bits as zip tools store them in the high half of the external attributes.
constexpr zip_uint32_t kTypeMask = 0170000;
constexpr zip_uint32_t kRegular = 0100000;
constexpr zip_uint32_t kDirectory = 0040000;
constexpr zip_uint32_t kSymlink = 0120000;

} // namespace

QString normaliseZipEntryName(const QString &rawName, QString *problem)
{
    // Zips made on Windows use '\' as separator; treat it as one so that "..\x" is caught.
    QString name = rawName;
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    const bool driveLetter =
        name.size() >= 2 && name.at(1) == QLatin1Char(':') && name.at(0).isLetter();
    if (name.startsWith(QLatin1Char('/')) || driveLetter) {
        *problem = QStringLiteral("skipped zip entry with an absolute path: %1").arg(rawName);
        return QString();
    }
    QStringList kept;
    for (const QString &part : name.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("..")) {
            *problem =
                QStringLiteral("skipped zip entry that climbs out with '..': %1").arg(rawName);
            return QString();
        }
        if (part != QLatin1String("."))
            kept.append(part);
    }
    return kept.join(QLatin1Char('/'));
}

ZipArchive::~ZipArchive()
{
    if (m_archive)
        zip_discard(m_archive); // read-only: nothing to write back
}

bool ZipArchive::openFile(const QString &path, QString *error)
{
    int code = 0;
    m_archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!m_archive) {
        *error = QStringLiteral("cannot read zip: %1").arg(libzipError(code));
        return false;
    }
    return true;
}

bool ZipArchive::openBuffer(const QByteArray &data, QString *error)
{
    m_buffer = data;
    zip_error_t zerror;
    zip_error_init(&zerror);
    zip_source_t *source = zip_source_buffer_create(
        m_buffer.constData(), static_cast<zip_uint64_t>(m_buffer.size()), 0, &zerror);
    if (source)
        m_archive = zip_open_from_source(source, ZIP_RDONLY, &zerror);
    if (!m_archive) {
        *error = QStringLiteral("cannot read zip: %1")
                     .arg(QString::fromUtf8(zip_error_strerror(&zerror)));
        if (source)
            zip_source_free(source); // the archive did not take ownership
    }
    zip_error_fini(&zerror);
    return m_archive != nullptr;
}

qint64 ZipArchive::entryCount() const
{
    return m_archive ? zip_get_num_entries(m_archive, 0) : 0;
}

ZipEntry ZipArchive::entry(qint64 index) const
{
    ZipEntry e;
    const auto zindex = static_cast<zip_uint64_t>(index);
    const char *rawName = zip_get_name(m_archive, zindex, ZIP_FL_ENC_GUESS);
    if (!rawName) {
        e.problem =
            QStringLiteral("skipped zip entry #%1: %2").arg(index).arg(archiveError(m_archive));
        return e;
    }
    const QString raw = QString::fromUtf8(rawName);
    e.isDirectory = raw.endsWith(QLatin1Char('/')) || raw.endsWith(QLatin1Char('\\'));
    e.name = normaliseZipEntryName(raw, &e.problem);
    if (!e.problem.isEmpty())
        return e;
    if (e.name.isEmpty())
        e.isDirectory = true; // "./" and the like name no file

    zip_uint8_t opsys = 0;
    zip_uint32_t attributes = 0;
    if (zip_file_get_external_attributes(m_archive, zindex, 0, &opsys, &attributes) == 0 &&
        opsys == ZIP_OPSYS_UNIX) {
        const zip_uint32_t type = (attributes >> 16) & kTypeMask;
        if (type == kSymlink)
            e.problem = QStringLiteral("skipped zip entry stored as a symlink: %1").arg(raw);
        else if (type == kDirectory)
            e.isDirectory = true;
        else if (type != 0 && type != kRegular)
            e.problem = QStringLiteral("skipped zip entry that is not a regular file: %1").arg(raw);
    }
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_archive, zindex, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE))
        e.size = static_cast<qint64>(st.size);
    return e;
}

std::optional<QByteArray> ZipArchive::read(qint64 index, qint64 maxBytes, QString *error) const
{
    zip_stat_t st;
    zip_stat_init(&st);
    qint64 declaredSize = 0;
    if (zip_stat_index(m_archive, static_cast<zip_uint64_t>(index), 0, &st) == 0 &&
        (st.valid & ZIP_STAT_SIZE))
        declaredSize = static_cast<qint64>(st.size);
    if (declaredSize > maxBytes) {
        *error = QStringLiteral("skipped: %1 bytes uncompressed, more than the limit of %2")
                     .arg(declaredSize)
                     .arg(maxBytes);
        return std::nullopt;
    }
    zip_file_t *file = zip_fopen_index(m_archive, static_cast<zip_uint64_t>(index), 0);
    if (!file) {
        *error = QStringLiteral("cannot read zip entry: %1").arg(archiveError(m_archive));
        return std::nullopt;
    }
    // Trust the declared size only as a first guess: reads past it go through a small
    // buffer and stop at maxBytes + 1, so a lying header cannot make us read without bound.
    QByteArray data;
    data.resize(declaredSize);
    qint64 filled = 0;
    bool failed = false;
    auto fail = [&](zip_file_t *f) {
        *error = QStringLiteral("cannot read zip entry: %1")
                     .arg(QString::fromUtf8(zip_error_strerror(zip_file_get_error(f))));
        failed = true;
    };
    while (filled < data.size()) {
        const zip_int64_t n =
            zip_fread(file, data.data() + filled, static_cast<zip_uint64_t>(data.size() - filled));
        if (n < 0)
            fail(file);
        if (n <= 0)
            break;
        filled += n;
    }
    data.truncate(filled);
    char more[16 * 1024];
    while (!failed && filled <= maxBytes) {
        const zip_int64_t n = zip_fread(file, more, sizeof more);
        if (n < 0)
            fail(file);
        if (n <= 0)
            break;
        data.append(more, static_cast<qsizetype>(n));
        filled += n;
    }
    zip_fclose(file);
    if (failed)
        return std::nullopt;
    if (filled > maxBytes) {
        *error =
            QStringLiteral("skipped: more than the limit of %1 bytes uncompressed").arg(maxBytes);
        return std::nullopt;
    }
    return data;
}

} // namespace gatehouse
