#include "IssuesModel.h"

#include "ModelRoles.h"
#include "common/StoredText.h"
#include "i18n/DisplayNumbers.h"
#include "widgets/ThemedIcon.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <algorithm>

namespace gatehouse::ui {

namespace {

bool isResource(const QString &path)
{
    return path.startsWith(QLatin1Char(':'));
}

// The deepest existing regular file or folder on the way from `base` down `relative`:
// for "a.zip/dir/x.json" that is the zip.
QString existingPrefix(const QString &base, const QString &relative)
{
    const QStringList parts = relative.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype n = parts.size(); n > 0; --n) {
        const QFileInfo info(QDir(base).filePath(parts.mid(0, n).join(QLatin1Char('/'))));
        if (info.exists() && (info.isFile() || n < parts.size()))
            return info.absoluteFilePath();
    }
    return QString();
}

} // namespace

QString localFileForIssue(const QString &issuePath, const QStringList &sources)
{
    if (issuePath.isEmpty() || isResource(issuePath))
        return QString();
    // A source named in the issue itself ("source not found", "skipped: already read").
    for (const QString &source : sources)
        if (source == issuePath && !isResource(source) && QFileInfo::exists(source))
            return QFileInfo(source).absoluteFilePath();
    for (const QString &source : sources) {
        if (isResource(source))
            continue;
        const QFileInfo info(source);
        if (!info.exists())
            continue;
        const QString base =
            info.isDir() ? info.canonicalFilePath() : QFileInfo(info.canonicalFilePath()).path();
        const QString found = existingPrefix(base, issuePath);
        if (!found.isEmpty())
            return found;
    }
    return QString();
}

int unusableFileCount(const ParseIssues &issues)
{
    QSet<QString> paths;
    for (const ParseIssue &issue : issues)
        if (issue.severity == Severity::Error)
            paths.insert(issue.path);
    return static_cast<int>(paths.size());
}

IssuesModel::IssuesModel(QObject *parent) : QAbstractTableModel(parent) {}

void IssuesModel::setIssues(const ParseIssues &issues, const QStringList &sources)
{
    beginResetModel();
    m_issues = issues;
    m_localFiles.clear();
    for (const ParseIssue &issue : issues)
        m_localFiles.append(localFileForIssue(issue.path, sources));
    endResetModel();
}

int IssuesModel::countOf(Severity severity) const
{
    return static_cast<int>(
        std::count_if(m_issues.cbegin(), m_issues.cend(),
                      [severity](const ParseIssue &i) { return i.severity == severity; }));
}

int IssuesModel::unusableFiles() const
{
    return unusableFileCount(m_issues);
}

int IssuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_issues.size());
}

int IssuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IssuesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ParseIssue &issue = m_issues.at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
        switch (column) {
        case SeverityColumn:
            // Shown in the window's language; RawValueRole keeps the CSV's word.
            if (role == Qt::DisplayRole)
                return issue.severity == Severity::Error     ? tr("error")
                       : issue.severity == Severity::Warning ? tr("warning")
                                                             : tr("note");
            return severityName(issue.severity);
        case File:
            return issue.path;
        case Line:
            if (issue.line > 0)
                return issue.line;
            return role == RawValueRole ? QVariant(0) : QVariant();
        case Reason:
            // Stored (and exported) in English; shown in the window's language.
            return role == RawValueRole ? issue.message
                                        : localizedNumbers(inReportLanguage(issue.message));
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (column) {
        case SeverityColumn:
            return static_cast<int>(issue.severity); // errors first
        case Line:
            return issue.line;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        if (column == SeverityColumn) {
            switch (issue.severity) {
            case Severity::Error:
                return colourIcon(QStringLiteral("severity-error"));
            case Severity::Warning:
                return colourIcon(QStringLiteral("severity-warning"));
            case Severity::Note:
                return colourIcon(QStringLiteral("severity-note"));
            }
        }
        break;
    case Qt::ToolTipRole:
        if (column == File) {
            const QString local = m_localFiles.at(index.row());
            return local.isEmpty() ? issue.path : local;
        }
        if (column == Reason)
            return localizedNumbers(inReportLanguage(issue.message));
        break;
    case LocalFileRole:
        return m_localFiles.at(index.row());
    default:
        break;
    }
    return {};
}

QVariant IssuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case SeverityColumn:
        return tr("Severity");
    case File:
        return tr("File");
    case Line:
        return tr("Line");
    case Reason:
        return tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace gatehouse::ui
