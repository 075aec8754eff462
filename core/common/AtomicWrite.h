#pragma once
// Every file Gatehouse writes goes through QSaveFile: readers see the old file or the
// new one, never a mix.
#include <QByteArray>
#include <QString>

namespace gatehouse {

// Writes data to path atomically, creating parent folders. On failure returns false and
// sets *error (when given) to a plain-language reason naming the path.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error = nullptr);

} // namespace gatehouse
