#pragma once
// The merge's last step: the bench values of every parsed file copied into one column
// store (BenchSamples.h), rows in run order, and each file's values freed once copied.
#include "ParsedFile.h"

#include <vector>

namespace gatehouse {

// Each run's bench files, by the run's index before sorting, in path order (CSR: the files
// of run r are files[first[r]] up to files[first[r + 1]]).
struct FilesOfRun
{
    std::vector<qsizetype> first;
    std::vector<BenchFileData *> files;
};

// The samples of every run into one column store, rows in run order (runs[i].row is the
// run's index before sorting, into filesOfRun), each run's files in path order; every file's
// values are freed once copied. Sets each run's store and row.
void buildSampleStore(QList<BenchRun> &runs, FilesOfRun &filesOfRun, const QStringList &benchUnits);

} // namespace gatehouse
