#include "RunsModel.h"

#include "ModelRoles.h"
#include "bench/AllocationsAnalysis.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QSet>
#include <algorithm>
#include <limits>

namespace gatehouse::ui {

QString runKindName(RunKind kind)
{
    switch (kind) {
    case RunKind::Bench:
        return QStringLiteral("bench");
    case RunKind::Install:
        return QStringLiteral("install");
    case RunKind::Gate:
        return QStringLiteral("gate");
    }
    return QString();
}

QHash<QString, QUrl> ciPagesByRunId(const Dataset &dataset)
{
    QHash<QString, QUrl> pages;
    for (const InstallRun &run : dataset.installRuns) {
        if (!run.metadata || run.metadata->htmlUrl.isEmpty())
            continue;
        const QUrl url(run.metadata->htmlUrl, QUrl::StrictMode);
        // Only web pages: a metadata file must not turn a click into running something.
        if (url.isValid() && (url.scheme() == QLatin1String("https") ||
                              url.scheme() == QLatin1String("http")))
            pages.insert(run.identity.runId, url);
    }
    return pages;
}

namespace {

QString benchDetails(const BenchRun &run)
{
    int samples = 0;
    for (const UnitSamples &units : run.samples)
        for (const QVector<double> &values : units)
            samples += static_cast<int>(values.size());
    QString text = QStringLiteral("%1 detectors, %2 values").arg(run.samples.size()).arg(samples);
    int failures = 0;
    for (int f : run.failures)
        failures += f;
    if (failures > 0)
        text += QStringLiteral(", %1 failed").arg(failures);
    if (run.machines.size() > 1)
        text += QStringLiteral(", %1 machines").arg(run.machines.size());
    return text;
}

QString installDetails(const InstallRun &run)
{
    QString text = QStringLiteral("%1 s").arg(run.seconds);
    if (!run.metadata)
        return text + QStringLiteral(", no metadata");
    const RunMetadata &m = *run.metadata;
    text += QStringLiteral(", branch %1").arg(m.headBranch.isEmpty() ? QStringLiteral("unknown")
                                                                      : m.headBranch);
    if (!m.conclusion.isEmpty())
        text += QStringLiteral(", %1").arg(m.conclusion);
    return text;
}

QString gateDetails(const GateRun &run)
{
    QString text = QStringLiteral("%1, policy %2, unknown_rate %3")
                       .arg(run.outcome, run.policyHash, formatCompact(run.unknownRate));
    if (!run.topReasons.isEmpty())
        text += QStringLiteral(", %1").arg(run.topReasons.join(QStringLiteral("; ")));
    return text;
}

} // namespace

RunsModel::RunsModel(QObject *parent) : QAbstractTableModel(parent) {}

void RunsModel::setDataset(const Dataset &dataset)
{
    const QHash<QString, QUrl> pages = ciPagesByRunId(dataset);
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(dataset.benchRuns.size() + dataset.installRuns.size() +
                   dataset.gateRuns.size());
    for (const BenchRun &run : dataset.benchRuns)
        m_rows.append({RunKind::Bench, run.identity, benchDetails(run),
                       pages.value(run.identity.runId)});
    for (const InstallRun &run : dataset.installRuns)
        m_rows.append({RunKind::Install, run.identity, installDetails(run),
                       pages.value(run.identity.runId)});
    for (const GateRun &run : dataset.gateRuns)
        m_rows.append({RunKind::Gate, run.identity, gateDetails(run),
                       pages.value(run.identity.runId)});
    endResetModel();
}

int RunsModel::countOf(RunKind kind) const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(),
                                          [kind](const RunRow &r) { return r.kind == kind; }));
}

int RunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunsModel::runIdSortKey(const QString &runId)
{
    bool numeric = !runId.isEmpty();
    for (const QChar c : runId)
        numeric = numeric && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    // Zero-padded digits compare as numbers; the '0'/'1' prefix puts them first.
    return numeric ? QStringLiteral("0") + runId.rightJustified(40, QLatin1Char('0'))
                   : QStringLiteral("1") + runId;
}

QVariant RunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunRow &row = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
        switch (column) {
        case Kind:
            return runKindName(row.kind);
        case RunId:
            return row.identity.runId;
        case Time:
            if (!row.identity.timestamp.isValid())
                return role == RawValueRole ? QVariant(QString()) : QVariant();
            return role == RawValueRole
                       ? formatTimestamp(row.identity.timestamp)
                       : row.identity.timestamp.toUTC().toString(
                             QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        case Details:
            return row.details;
        case Source:
            return row.identity.path;
        case CiPage:
            return row.ciPage.isEmpty() ? QString() : row.ciPage.toString();
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (column) {
        case Kind:
            return static_cast<int>(row.kind);
        case RunId:
            return runIdSortKey(row.identity.runId);
        case Time:
            // Runs without a time sort before every dated run.
            return row.identity.timestamp.isValid() ? row.identity.timestamp.toMSecsSinceEpoch()
                                                    : std::numeric_limits<qint64>::min();
        default:
            return data(index, Qt::DisplayRole);
        }
    case RunIdRole:
        return row.identity.runId;
    case CiPageRole:
        return row.ciPage;
    case Qt::ToolTipRole:
        if (column == CiPage && !row.ciPage.isEmpty())
            return tr("Open %1 in the browser").arg(row.ciPage.toString());
        if (column == Source)
            return row.identity.path;
        if (column == Details)
            return row.details;
        break;
    case Qt::ForegroundRole:
        if (column == CiPage && !row.ciPage.isEmpty())
            return QGuiApplication::palette().color(QPalette::Link);
        break;
    case Qt::FontRole:
        if (column == CiPage && !row.ciPage.isEmpty()) {
            QFont font;
            font.setUnderline(true);
            return font;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Kind:
        return tr("Kind");
    case RunId:
        return tr("Run ID");
    case Time:
        return tr("Time");
    case Details:
        return tr("Details");
    case Source:
        return tr("Source path");
    case CiPage:
        return tr("CI page");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace gatehouse::ui
