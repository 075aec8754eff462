#include "ClassEffectsModel.h"

#include "ModelRoles.h"
#include "WhitelistModel.h"
#include "bench/AllocationsAnalysis.h"
#include "common/NumberFormat.h"
#include "common/Translate.h"
#include "i18n/DisplayNumbers.h"

namespace gatehouse::ui {

namespace {

QString rateText(const std::optional<double> &rate)
{
    // False-positive rates read as percent on every surface.
    return rate ? uiCompact(*rate * 100.0, 1) + QStringLiteral(" %") : QObject::tr("undefined");
}

} // namespace

ClassEffectsModel::ClassEffectsModel(WhitelistModel *source, QObject *parent)
    : QIdentityProxyModel(parent), m_source(source)
{
    setSourceModel(source);
}

void ClassEffectsModel::setResult(const RolloutResult &result)
{
    setResult(result, whitelistEffects(result, result.whitelist, result.options.today));
}

void ClassEffectsModel::setResult(const RolloutResult &result, const WhitelistEffects &effects)
{
    m_today = result.options.today;
    m_effects = effects;
    m_analysedReasons.clear();
    for (const WhitelistClass &cls : result.whitelist.classes)
        m_analysedReasons.append(cls.reason);
    // Effects, the matched runs and the review state all follow the analysis.
    if (rowCount() > 0)
        emit dataChanged(index(0, WhitelistModel::MatchedRunsColumn),
                         index(rowCount() - 1, ColumnCount - 1));
    emit effectsChanged();
}

bool ClassEffectsModel::analysisMatchesRows() const
{
    const QList<WhitelistClass> &classes = m_source->classes();
    if (classes.size() != m_analysedReasons.size() ||
        m_effects.classes.size() != m_analysedReasons.size())
        return false;
    for (int i = 0; i < classes.size(); ++i)
        if (classes.at(i).reason != m_analysedReasons.at(i))
            return false;
    return true;
}

std::optional<WhitelistClassEffect> ClassEffectsModel::effectAt(int row) const
{
    if (row < 0 || row >= m_source->rowCount() || !analysisMatchesRows())
        return std::nullopt;
    // Effects are sorted by reason, stably: the k-th class with a reason in file order is
    // the k-th effect with that reason.
    const QString reason = m_source->classes().at(row).reason;
    int occurrence = 0;
    for (int r = 0; r < row; ++r)
        occurrence += m_source->classes().at(r).reason == reason ? 1 : 0;
    for (const WhitelistClassEffect &effect : m_effects.classes)
        if (effect.reason == reason && occurrence-- == 0)
            return effect;
    return std::nullopt;
}

WhitelistClassState ClassEffectsModel::stateAt(int row) const
{
    if (row < 0 || row >= m_source->rowCount() || !m_today.isValid())
        return WhitelistClassState::Active;
    return whitelistClassState(m_source->classes().at(row), m_today, kDueDays);
}

int ClassEffectsModel::dueCount() const
{
    int due = 0;
    for (int row = 0; row < m_source->rowCount(); ++row)
        due += stateAt(row) == WhitelistClassState::Due ? 1 : 0;
    return due;
}

int ClassEffectsModel::staleCount() const
{
    int stale = 0;
    for (int row = 0; row < m_source->rowCount(); ++row)
        stale += stateAt(row) == WhitelistClassState::Stale ? 1 : 0;
    return stale;
}

void ClassEffectsModel::setHighlightColors(const QColor &dueBackground,
                                           const QColor &warningBackground)
{
    if (dueBackground == m_dueBackground && warningBackground == m_warningBackground)
        return; // the title refresh calls this on every edit
    m_dueBackground = dueBackground;
    m_warningBackground = warningBackground;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::BackgroundRole});
}

bool ClassEffectsModel::isExtraColumn(int column) const
{
    return column >= WhitelistModel::ColumnCount && column < ColumnCount;
}

int ClassEffectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : QIdentityProxyModel::rowCount(parent);
}

int ClassEffectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ClassEffectsModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QModelIndex ClassEffectsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= ColumnCount)
        return QModelIndex();
    if (isExtraColumn(column))
        return createIndex(row, column);
    return QIdentityProxyModel::index(row, column, parent);
}

QModelIndex ClassEffectsModel::parent(const QModelIndex &) const
{
    return QModelIndex(); // a table
}

QModelIndex ClassEffectsModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

QModelIndex ClassEffectsModel::buddy(const QModelIndex &index) const
{
    return isExtraColumn(index.column()) ? index : QIdentityProxyModel::buddy(index);
}

QModelIndex ClassEffectsModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || isExtraColumn(proxyIndex.column()))
        return QModelIndex();
    return QIdentityProxyModel::mapToSource(proxyIndex);
}

QString ClassEffectsModel::warningsText(const WhitelistClassEffect &effect) const
{
    QStringList parts;
    if (effect.mainSpikeDriver)
        parts << tr("main spike driver");
    if (effect.matchesFail)
        parts << tr("matches FAIL"); // the count is in "FAILs matched"
    return parts.join(QStringLiteral(", "));
}

QVariant ClassEffectsModel::effectData(int row, int column, int role) const
{
    const std::optional<WhitelistClassEffect> effect = effectAt(row);
    if (!effect) {
        if (role == Qt::ToolTipRole)
            return tr("Not analysed yet for this class");
        return role == SortRole ? QVariant(-1) : QVariant();
    }
    const bool display = role == Qt::DisplayRole || role == RawValueRole;
    switch (column) {
    case WhitelistModel::MatchedRunsColumn:
        if (display || role == SortRole)
            return effect->matchedRuns;
        break;
    case DecisiveRunsColumn:
        if (display || role == SortRole)
            return effect->decisiveRuns;
        break;
    case SpikesCoveredColumn:
        if (display || role == SortRole)
            return effect->spikesCovered;
        break;
    case FailsMatchedColumn:
        if (display || role == SortRole)
            return effect->failsMatched;
        break;
    case FpWithoutClassColumn:
        if (role == Qt::DisplayRole)
            return rateText(effect->fpRateWithoutClass);
        if (role == SortRole || role == RawValueRole)
            return effect->fpRateWithoutClass ? QVariant(*effect->fpRateWithoutClass)
                                              : QVariant(-1.0);
        if (role == Qt::ToolTipRole)
            return tr("FP rate at the threshold in force (%1) with this whitelist minus this "
                      "class; with the whole whitelist: %2")
                .arg(uiFixed(m_effects.threshold, 4), rateText(m_effects.fpRateWithWhitelist));
        break;
    case WarningsColumn:
        if (role == Qt::DisplayRole || role == RawValueRole || role == SortRole)
            return warningsText(*effect);
        if (role == Qt::ToolTipRole && (effect->mainSpikeDriver || effect->matchesFail)) {
            QStringList lines;
            if (effect->mainSpikeDriver)
                lines << tr("main_spike_driver: it matches %1, the primary reason with the "
                            "most spikes; whitelisting it hides most of what the gate sees.")
                             .arg(m_effects.mainSpikeReasons.join(QStringLiteral(", ")));
            if (effect->matchesFail)
                lines << tr("matches_fail: it matches %1; a class that hides real FAIL signals "
                            "is suspect.")
                             .arg(Tr::translate("ClassEffectsModel", "%Ln FAIL run(s)", nullptr,
                                                effect->failsMatched));
            return lines.join(QLatin1Char('\n'));
        }
        if (role == Qt::BackgroundRole && (effect->mainSpikeDriver || effect->matchesFail) &&
            m_warningBackground.isValid())
            return m_warningBackground;
        break;
    default:
        break;
    }
    if (role == Qt::TextAlignmentRole && column != WarningsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return QVariant();
}

QVariant ClassEffectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int row = index.row();
    const int column = index.column();
    if (isExtraColumn(column) || column == WhitelistModel::MatchedRunsColumn) {
        if (role == Qt::ToolTipRole && column == WhitelistModel::MatchedRunsColumn)
            return QIdentityProxyModel::data(index, role).isValid()
                       ? QIdentityProxyModel::data(index, role) // a problem or stale note
                       : effectData(row, column, role);
        return effectData(row, column, role);
    }
    if (column == WhitelistModel::StatusColumn) {
        const WhitelistClassState state = stateAt(row);
        switch (role) {
        case Qt::DisplayRole:
            // The state in the window's language; RawValueRole keeps the export's word.
            return state == WhitelistClassState::Stale ? tr("stale")
                   : state == WhitelistClassState::Due ? tr("due")
                                                       : tr("active");
        case RawValueRole:
            return whitelistClassStateName(state);
        case SortRole:
            return static_cast<int>(state);
        case Qt::ToolTipRole:
            if (state == WhitelistClassState::Due) {
                const QDate reviewBy =
                    QDate::fromString(m_source->classes().at(row).reviewBy, Qt::ISODate);
                const auto daysLeft = static_cast<qsizetype>(m_today.daysTo(reviewBy));
                return Tr::translate("ClassEffectsModel",
                                     "Due: review_by %1 is %Ln day(s) away (due within %2 "
                                     "days). It turns stale the day after.",
                                     nullptr, daysLeft)
                    .arg(uiDate(reviewBy))
                    .arg(kDueDays);
            }
            break;
        default:
            break;
        }
    }
    const QVariant value = QIdentityProxyModel::data(index, role);
    if (role == Qt::BackgroundRole && !value.isValid() && m_dueBackground.isValid() &&
        stateAt(row) == WhitelistClassState::Due)
        return m_dueBackground;
    return value;
}

QVariant ClassEffectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QVariant();
    if (section == WhitelistModel::MatchedRunsColumn && role == Qt::DisplayRole)
        return tr("matched"); // short: the effect columns must fit beside the candidates
    if (section == WhitelistModel::MatchedRunsColumn && role == Qt::ToolTipRole)
        return tr("matched runs: loaded runs listing a reason this class matches");
    if (section == WhitelistModel::StatusColumn && role == Qt::ToolTipRole)
        return tr("stale once today is after review_by (it still applies); due when review_by "
                  "is within %1 days")
            .arg(kDueDays);
    if (!isExtraColumn(section))
        return QIdentityProxyModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        static const char *const names[] = {
            QT_TR_NOOP("decisive"), QT_TR_NOOP("spikes covered"), QT_TR_NOOP("FAILs matched"),
            QT_TR_NOOP("FP rate without it"), QT_TR_NOOP("warnings")};
        return tr(names[section - WhitelistModel::ColumnCount]);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case DecisiveRunsColumn:
            return tr("decisive runs: whitelisted with the whole whitelist but not without this "
                      "class");
        case SpikesCoveredColumn:
            return tr("Spikes among the decisive runs: what this class hides from the gate");
        case FailsMatchedColumn:
            return tr("FAIL runs listing a reason this class matches");
        case FpWithoutClassColumn:
            return tr("WARN false-positive rate at the threshold in force if this class were "
                      "removed");
        case WarningsColumn:
            return tr("main spike driver: matches the primary reason with the most spikes; "
                      "matches FAIL: hides FAIL runs");
        default:
            break;
        }
    }
    return QVariant();
}

Qt::ItemFlags ClassEffectsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isExtraColumn(index.column()))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return QIdentityProxyModel::flags(index);
}

bool ClassEffectsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || isExtraColumn(index.column()))
        return false;
    return QIdentityProxyModel::setData(index, value, role);
}

} // namespace gatehouse::ui
