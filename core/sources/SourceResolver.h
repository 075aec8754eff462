#pragma once
// The sources a load is given, as it resolves them: each a folder, a zip or a single file,
// by canonical path, sorted, without duplicates and without sources inside another
// (internal to core/sources: Loader.cpp and the stamp walk of LoaderStamps.cpp).
#include "common/ParseIssue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gatehouse {

enum class SourceType
{
    Folder,
    Zip,
    SingleFile
};

struct Source
{
    QString given; // as the user wrote it, for messages
    QString key;   // canonical path (cleaned path for ":/" resources)
    QString base;  // folder the relative paths start from
    SourceType type = SourceType::Folder;
};

// Unusable paths become issues; the rest come back in key order.
QList<Source> resolveSources(const QStringList &given, ParseIssues &issues);

} // namespace gatehouse
