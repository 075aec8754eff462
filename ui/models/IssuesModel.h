#pragma once
// The parse issues of a load (SPEC §1): one row per issue with its severity, file, line
// and plain-language reason, and where the file really is on disk when it is a real file
// (not a zip entry or an embedded demo file), for "Open containing folder".
#include "common/ParseIssue.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace gatehouse::ui {

class IssuesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, File, Line, Reason, ColumnCount };
    // Absolute path of the file on disk (for a zip entry: the zip), empty when there is
    // none (an embedded resource, a source that does not exist).
    static constexpr int LocalFileRole = Qt::UserRole + 100;

    explicit IssuesModel(QObject *parent = nullptr);

    // sources: as loaded, to turn the issues' source-relative paths into real ones.
    void setIssues(const ParseIssues &issues, const QStringList &sources);
    const ParseIssue &issueAt(int row) const { return m_issues.at(row); }
    int countOf(Severity severity) const;
    // Distinct files with at least one error: the files that could not be used.
    int unusableFiles() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ParseIssues m_issues;
    QStringList m_localFiles; // per row, see LocalFileRole
};

// Where the file of an issue path lies on disk: the path is relative to a folder source,
// or to the folder holding a zip or file source, or is a source as given. A path inside
// a zip ("a.zip/dir/x.json") resolves to the zip. Empty when no existing file matches.
QString localFileForIssue(const QString &issuePath, const QStringList &sources);

// Distinct paths of error issues (files that could not be used).
int unusableFileCount(const ParseIssues &issues);

} // namespace gatehouse::ui
