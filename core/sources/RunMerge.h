#pragma once
// Turns the parsed files of every task into the Dataset: run identities (SPEC §1), bench
// files merged per run, one install and one gate result per run id, the whitelist and the
// baseline chosen. Works on the files sorted by (path, source), so the result never depends
// on thread timing, disk order or the order sources were given in.
#include "Dataset.h"
#include "ParsedFile.h"

#include <QHash>

namespace gatehouse {

// sourceBases maps a source key to the folder its relative paths start from (the source
// folder itself, or the folder holding a zip or single file given as source); it turns the
// chosen whitelist's and baseline's relative paths into absolute locations. benchUnits:
// the units whose bench values the store keeps (all when empty), as the files were read.
// The outputs are consumed: empty on return.
void mergeIntoDataset(QList<TaskOutput> &outputs, const QHash<QString, QString> &sourceBases,
                      const QStringList &benchUnits, Dataset &dataset);

} // namespace gatehouse
