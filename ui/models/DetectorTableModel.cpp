#include "DetectorTableModel.h"

#include "bench/AllocationsChecks.h"
#include "charts/AllocationsCharts.h"
#include "i18n/DisplayNumbers.h"
#include "models/ModelRoles.h"

#include <cmath>
#include <limits>

namespace gatehouse::ui {
namespace {

// Missing values sort below every number instead of comparing unordered (NaN).
QVariant sortable(double value)
{
    return std::isnan(value) ? -std::numeric_limits<double>::infinity() : value;
}

QVariant sortable(const std::optional<double> &value)
{
    return value ? sortable(*value) : sortable(std::nan(""));
}

QString optionalText(const std::optional<double> &value, bool signedValue = false)
{
    if (!value)
        return QStringLiteral("–");
    return signedValue ? uiSigned(*value) : uiCompact(*value);
}

QString intervalText(const std::optional<stats::CvInterval> &interval)
{
    if (!interval)
        return QStringLiteral("–");
    const QString high =
        std::isinf(interval->high) ? QStringLiteral("∞") : uiCompact(interval->high, 2);
    return QStringLiteral("[%1, %2]").arg(uiCompact(interval->low, 2), high);
}

bool isNumeric(int column)
{
    return column != DetectorTableModel::Detector && column != DetectorTableModel::Status &&
           column != DetectorTableModel::Why && column != DetectorTableModel::CvInterval;
}

} // namespace

DetectorTableModel::DetectorTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void DetectorTableModel::setResult(const AllocationsResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

void DetectorTableModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::BackgroundRole, Qt::ForegroundRole});
}

int DetectorTableModel::rowOf(const DetectorKey &key) const
{
    for (qsizetype i = 0; i < m_result.detectors.size(); ++i)
        if (m_result.detectors.at(i).key == key)
            return static_cast<int>(i);
    return -1;
}

DetectorKey DetectorTableModel::keyAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_result.detectors.at(row).key : DetectorKey();
}

int DetectorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_result.detectors.size());
}

int DetectorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DetectorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    const QString metric = m_result.options.metric;
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Samples:
            return tr("n: samples pooled over the selected runs");
        case CvPercent:
            return tr("coefficient of variation, 100 · stdev / mean");
        case CvInterval:
            return tr("95 % confidence interval of the CV (Vangel's modified McKay)");
        case ModeShare:
            return tr("share of samples equal to the most frequent value");
        case Drift:
            return tr("mean − baseline; within when |drift| ≤ %1")
                .arg(uiCompact(m_result.options.driftMax));
        case Status:
            return tr("ready, or blocked with every blocker (cv, drift, failed runs)");
        case Why:
            return tr("why the detector is not graduating, or notes when it is");
        default:
            return QVariant();
        }
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Detector:
        return tr("Detector");
    case Runs:
        return tr("Runs");
    case Samples:
        return tr("n");
    case Mean:
        return tr("Mean\n%1").arg(metric); // two lines: the room goes to Verdict and Why
    case Stdev:
        return tr("Stdev");
    case CvPercent:
        return tr("CV %");
    case CvInterval:
        return tr("CV\n95 % CI");
    case ModeShare:
        return tr("Mode\nshare");
    case Median:
        return tr("Median");
    case Min:
        return tr("Min");
    case Max:
        return tr("Max");
    case Baseline:
        return tr("Baseline");
    case Drift:
        return tr("Drift");
    case Status:
        return tr("Verdict");
    case Why:
        return tr("Why");
    default:
        return QVariant();
    }
}

QVariant DetectorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const DetectorAllocations &row = m_result.detectors.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
    case RawValueRole:
        return sortValue(row, index.column());
    case Qt::BackgroundRole:
        return background(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        return isNumeric(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                         : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return QVariant();
    }
}

QVariant DetectorTableModel::display(const DetectorAllocations &row, int column) const
{
    const AllocationsOptions &o = m_result.options;
    switch (column) {
    case Detector:
        return row.key.name;
    case Runs:
        return row.fromBaselineOnly ? QStringLiteral("–") : QString::number(row.runs);
    case Samples:
        return row.samples;
    case Mean:
        return uiCompact(row.mean);
    case Stdev:
        return uiCompact(row.stdev);
    case CvPercent:
        return row.cvPercent ? uiAgainstThreshold(*row.cvPercent, o.cvMaxPercent)
                             : (row.samples > 0 ? tr("undefined") : QStringLiteral("–"));
    case CvInterval:
        return intervalText(row.cvInterval);
    case ModeShare:
        return std::isnan(row.modeShare) ? QStringLiteral("–")
                                         : uiCompact(100 * row.modeShare, 1) + QStringLiteral(" %");
    case Median:
        return uiCompact(row.median);
    case Min:
        return uiCompact(row.min);
    case Max:
        return uiCompact(row.max);
    case Baseline:
        return optionalText(row.baseline);
    case Drift:
        return optionalText(row.drift, true);
    case Status:
        if (row.fromBaselineOnly)
            return tr("BASELINE ONLY");
        // SPEC §8: the verdict with every blocker, never a bare OK for a blocked detector.
        return localizedNumbers(detectorVerdictText(row, m_result.options));
    case Why: // in the window's language; the stored reasons are the CSV's
        return localizedNumbers(detectorReasons(row, m_result.options, m_result.hasBaseline)
                                    .join(QStringLiteral("; ")));
    default:
        return QVariant();
    }
}

QVariant DetectorTableModel::sortValue(const DetectorAllocations &row, int column) const
{
    switch (column) {
    case Detector:
        return QString(row.key.name + QLatin1Char('\n') + row.key.pkg);
    case Runs:
        return row.runs;
    case Samples:
        return row.samples;
    case Mean:
        return sortable(row.mean);
    case Stdev:
        return sortable(row.stdev);
    case CvPercent:
        return sortable(row.cvPercent);
    case CvInterval:
        return row.cvInterval ? sortable(row.cvInterval->low) : sortable(std::nan(""));
    case ModeShare:
        return sortable(row.modeShare);
    case Median:
        return sortable(row.median);
    case Min:
        return sortable(row.min);
    case Max:
        return sortable(row.max);
    case Baseline:
        return sortable(row.baseline);
    case Drift:
        return sortable(row.drift);
    // Blocking rows first when sorted descending.
    case Status:
        return static_cast<int>(detectorBlockers(row).size());
    case Why:
        return row.reasons.join(QStringLiteral("; "));
    default:
        return QVariant();
    }
}

QVariant DetectorTableModel::background(const DetectorAllocations &row, int column) const
{
    if (row.fromBaselineOnly)
        return QVariant();
    if (column == Status)
        return toneTint(row.blocksGraduation() ? Tone::Bad : Tone::Good, m_palette);
    if (column == CvPercent && row.status == DetectorStatus::Over)
        return toneTint(Tone::Bad, m_palette);
    if (column == Drift && !row.within)
        return toneTint(Tone::Bad, m_palette);
    if (column == Runs && row.runs < m_result.options.minRuns)
        return toneTint(Tone::Warning, m_palette);
    return QVariant();
}

QVariant DetectorTableModel::toolTip(const DetectorAllocations &row, int column) const
{
    switch (column) {
    case Detector:
        return row.key.pkg.isEmpty() ? row.key.name
                                     : row.key.pkg + QLatin1Char('\n') + row.key.name;
    case ModeShare:
        return tr("%1 of %2 samples equal %3")
            .arg(row.modeCount)
            .arg(row.samples)
            .arg(uiCompact(row.modeValue));
    case Status:
        return tr("%1\nCV gate (CV < %2 %): %3")
            .arg(localizedNumbers(detectorVerdictText(row, m_result.options)),
                 uiCompact(m_result.options.cvMaxPercent), detectorStatusName(row.status));
    case Why: {
        const QStringList reasons = detectorReasons(row, m_result.options, m_result.hasBaseline);
        return reasons.isEmpty() ? QVariant()
                                 : QVariant(localizedNumbers(reasons.join(QLatin1Char('\n'))));
    }
    default:
        return QVariant();
    }
}

} // namespace gatehouse::ui
