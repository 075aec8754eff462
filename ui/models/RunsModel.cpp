#include "RunsModel.h"
#include <QCoreApplication>

#include "common/RunOrder.h"
#include "i18n/DisplayNumbers.h"

#include "ModelRoles.h"
#include "bench/AllocationsAnalysis.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QSet>
#include <algorithm>
#include <limits>
#include <numeric>

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

QString runKindLabel(RunKind kind)
{
    switch (kind) {
    case RunKind::Bench:
        return RunsModel::tr("bench", "run kind");
    case RunKind::Install:
        return RunsModel::tr("install", "run kind");
    case RunKind::Gate:
        return RunsModel::tr("gate", "run kind");
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
        if (url.isValid() &&
            (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
            pages.insert(run.identity.runId, url);
    }
    return pages;
}

namespace {

QString benchDetails(const BenchRun &run)
{
    QString text = QCoreApplication::translate("RunsModel", "%1 detectors, %2 values")
                       .arg(run.detectorCount())
                       .arg(static_cast<int>(run.valueCount()));
    int failures = 0;
    for (int f : run.failures)
        failures += f;
    if (failures > 0)
        text += QCoreApplication::translate("RunsModel", ", %1 failed").arg(failures);
    if (run.machines.size() > 1)
        text += QCoreApplication::translate("RunsModel", ", %1 machines").arg(run.machines.size());
    return text;
}

QString installDetails(const InstallRun &run)
{
    QString text = QStringLiteral("%1 s").arg(run.seconds);
    if (!run.metadata)
        return text + QCoreApplication::translate("RunsModel", ", no metadata");
    const RunMetadata &m = *run.metadata;
    text += QCoreApplication::translate("RunsModel", ", branch %1")
                .arg(m.headBranch.isEmpty() ? QCoreApplication::translate("RunsModel", "unknown")
                                            : m.headBranch);
    if (!m.conclusion.isEmpty())
        text += QStringLiteral(", %1").arg(m.conclusion);
    return text;
}

QString gateDetails(const GateRun &run)
{
    QString text = QCoreApplication::translate("RunsModel", "%1, policy %2, unknown_rate %3")
                       .arg(run.outcome, run.policyHash, uiCompact(run.unknownRate));
    if (!run.topReasons.isEmpty())
        text += QStringLiteral(", %1").arg(run.topReasons.join(QStringLiteral("; ")));
    return text;
}

} // namespace

RunsModel::RunsModel(QObject *parent) : QAbstractTableModel(parent) {}

RunsModel::Rows RunsModel::rowsOf(const Dataset &dataset)
{
    const QHash<QString, QUrl> pages = ciPagesByRunId(dataset);
    Rows out;
    out.rows.reserve(dataset.benchRuns.size() + dataset.installRuns.size() +
                     dataset.gateRuns.size());
    out.benchRuns = dataset.benchRuns;
    out.installRuns = dataset.installRuns;
    out.gateRuns = dataset.gateRuns;
    auto add = [&](RunKind kind, const RunIdentity &identity, qsizetype index) {
        out.rows.append({kind, identity, static_cast<int>(index), pages.value(identity.runId), 0});
    };
    for (qsizetype i = 0; i < out.benchRuns.size(); ++i)
        add(RunKind::Bench, out.benchRuns.at(i).identity, i);
    for (qsizetype i = 0; i < out.installRuns.size(); ++i)
        add(RunKind::Install, out.installRuns.at(i).identity, i);
    for (qsizetype i = 0; i < out.gateRuns.size(); ++i)
        add(RunKind::Gate, out.gateRuns.at(i).identity, i);
    QStringList ids;
    ids.reserve(out.rows.size());
    for (const RunRow &row : std::as_const(out.rows))
        ids.append(row.identity.runId);
    const std::vector<int> ranks = runIdRankOf(ids);
    for (qsizetype i = 0; i < out.rows.size(); ++i)
        out.rows[i].runIdRank = ranks[std::size_t(i)];
    return out;
}

void RunsModel::setRows(Rows rows)
{
    beginResetModel();
    m_rows = std::move(rows.rows);
    m_benchRuns = std::move(rows.benchRuns);
    m_installRuns = std::move(rows.installRuns);
    m_gateRuns = std::move(rows.gateRuns);
    m_details.clear();
    endResetModel();
}

QString RunsModel::detailsOf(int row) const
{
    const auto cached = m_details.constFind(row);
    if (cached != m_details.cend())
        return *cached;
    const RunRow &r = m_rows.at(row);
    const QString text = r.kind == RunKind::Bench     ? benchDetails(m_benchRuns.at(r.index))
                         : r.kind == RunKind::Install ? installDetails(m_installRuns.at(r.index))
                                                      : gateDetails(m_gateRuns.at(r.index));
    m_details.insert(row, text);
    return text;
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

QHash<QString, int> RunsModel::runIdRanks(const QStringList &runIds)
{
    const std::vector<int> ranks = runIdRankOf(runIds);
    QHash<QString, int> byId;
    for (qsizetype i = 0; i < runIds.size(); ++i)
        byId.insert(runIds.at(i), ranks[std::size_t(i)]);
    return byId;
}

std::vector<int> RunsModel::runIdRankOf(const QStringList &runIds)
{
    // Without hashing a string: the 30k rows of 10k runs took 30 ms through a QHash of
    // ids, most of it a cache miss per id. Each id's number is read once, so most
    // comparisons are of two integers.
    struct Key
    {
        quint64 value = 0;
        bool numeric = false; // all digits, at most 19 after leading zeros: value is exact
    };
    std::vector<Key> keys(std::size_t(runIds.size()));
    for (qsizetype i = 0; i < runIds.size(); ++i) {
        const QString &id = runIds.at(i);
        Key key;
        int digits = 0;
        key.numeric = !id.isEmpty();
        for (const QChar c : id) {
            if (c < u'0' || c > u'9') {
                key.numeric = false;
                break;
            }
            if (digits > 0 || c != u'0')
                ++digits;
            key.value = key.value * 10 + quint64(c.unicode() - u'0');
        }
        key.numeric = key.numeric && digits <= 19;
        keys[std::size_t(i)] = key;
    }
    std::vector<int> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    // runIdLess, and the ids themselves between ids it holds equivalent ("7", "007"), so
    // that equal ids are next to each other.
    const auto less = [&](int a, int b) {
        const Key &ka = keys[std::size_t(a)], &kb = keys[std::size_t(b)];
        const QString &x = runIds.at(a), &y = runIds.at(b);
        if (ka.numeric && kb.numeric && ka.value != kb.value)
            return ka.value < kb.value;
        if (!(ka.numeric && kb.numeric)) {
            if (runIdLess(x, y))
                return true;
            if (runIdLess(y, x))
                return false;
        }
        return x < y;
    };
    std::sort(order.begin(), order.end(), less);
    std::vector<int> ranks(keys.size());
    int rank = -1;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i == 0 || runIds.at(order[i]) != runIds.at(order[i - 1]))
            ++rank;
        ranks[std::size_t(order[i])] = rank;
    }
    return ranks;
}

std::optional<double> RunsModel::numericSortKey(int row, int column) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    switch (column) {
    case Kind:
        return static_cast<int>(m_rows.at(row).kind);
    case RunId:
        return m_rows.at(row).runIdRank;
    default:
        return std::nullopt; // Time: msecs need all 64 bits; the QVariant path keeps them
    }
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
            return role == RawValueRole ? runKindName(row.kind) : runKindLabel(row.kind);
        case RunId:
            return row.identity.runId;
        case Time:
            if (!row.identity.timestamp.isValid())
                return role == RawValueRole ? QVariant(QString()) : QVariant();
            return role == RawValueRole ? formatTimestamp(row.identity.timestamp)
                                        : uiTimestamp(row.identity.timestamp, false);
        case Details:
            return detailsOf(index.row());
        case Source:
            return row.identity.path.toString();
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
            return row.runIdRank;
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
            return row.identity.path.toString();
        if (column == Details)
            return detailsOf(index.row());
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
