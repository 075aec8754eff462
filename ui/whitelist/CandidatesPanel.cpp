#include "CandidatesPanel.h"

#include "HighlightColors.h"
#include "bench/AllocationsAnalysis.h"
#include "common/NumberFormat.h"
#include "common/Translate.h"
#include "i18n/DisplayNumbers.h"
#include "models/CandidatesModel.h"
#include "widgets/TableView.h"

#include <QHeaderView>
#include <QTimer>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace gatehouse::ui {

namespace {

QString rateText(const std::optional<double> &rate)
{
    // False-positive rates read as percent on every surface.
    return rate ? uiCompact(*rate * 100.0, 1) + QStringLiteral(" %") : QObject::tr("undefined");
}

} // namespace

CandidatesPanel::CandidatesPanel(QWidget *parent) : QWidget(parent)
{
    m_model = new CandidatesModel(this);
    m_table = new TableView;
    m_table->setObjectName(QStringLiteral("candidatesTable"));
    m_table->setSourceModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Core's ranking is the point of the list: unsorted until the operator clicks a header.
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setColumnWidth(CandidatesModel::ReasonColumn, 160);

    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("candidatesHeading"));
    m_heading->setWordWrap(true);
    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("candidatePreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setMinimumHeight(m_preview->fontMetrics().height() * 4);
    m_preview->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_add = new QPushButton;
    m_add->setObjectName(QStringLiteral("addCandidateButton"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_preview);
    layout->addWidget(m_add);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CandidatesPanel::updatePreview);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CandidatesPanel::updatePreview);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CandidatesPanel::fitColumns);
    connect(m_add, &QPushButton::clicked, this, &CandidatesPanel::requestAdd);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &CandidatesPanel::requestAdd);
    updatePreview();
}

void CandidatesPanel::fitColumns()
{
    m_table->resizeColumnsToContents();
    QHeaderView *header = m_table->horizontalHeader();
    const int over = header->length() - m_table->viewport()->width();
    const int reason = header->sectionSize(CandidatesModel::ReasonColumn);
    if (over > 0 && m_table->viewport()->width() > 0)
        header->resizeSection(CandidatesModel::ReasonColumn, std::max(90, reason - over));
}

void CandidatesPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
    // Again once the layout has given the table its new width: fitted to the old one, a
    // reason cut while the panel was narrow stayed cut after it grew.
    QTimer::singleShot(0, this, &CandidatesPanel::fitColumns);
}

void CandidatesPanel::setEffects(const WhitelistEffects &effects)
{
    const QString current = currentReason();
    m_effects = effects;
    m_model->setCandidates(effects.candidates);
    m_heading->setText(
        tr("<b>Candidates</b>: %1 no class matches, ranked by the WARN "
           "false-positive rate if added (now %2 with the whitelist, at threshold %3).")
            .arg(Tr::translate("CandidatesPanel", "%Ln top reason(s)", nullptr,
                               effects.candidates.size()))
            .arg(rateText(effects.fpRateWithWhitelist),
                 std::isfinite(effects.threshold) ? uiFixed(effects.threshold, 4) : tr("none")));
    // Keep the operator's place across the re-analysis that every edit causes.
    for (int row = 0; row < effects.candidates.size(); ++row)
        if (effects.candidates.at(row).reason == current) {
            auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_table->model());
            m_table->setCurrentIndex(proxy->mapFromSource(m_model->index(row, 0)));
        }
    updatePreview();
}

QString CandidatesPanel::currentReason() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return QString();
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_table->model());
    return m_model->candidates().at(proxy->mapToSource(current).row()).reason;
}

QString CandidatesPanel::previewText() const
{
    return m_preview->text();
}

void CandidatesPanel::updatePreview()
{
    const QString reason = currentReason();
    const WhitelistCandidate *candidate = nullptr;
    for (const WhitelistCandidate &c : m_effects.candidates)
        if (c.reason == reason)
            candidate = &c;
    m_add->setEnabled(candidate != nullptr);
    if (!candidate) {
        m_add->setText(tr("Add to the whitelist"));
        m_preview->setText(m_effects.candidates.isEmpty()
                               ? tr("Every top reason is matched by a class.")
                               : tr("Select a reason to see what adding it would do."));
        return;
    }
    // Alt+L: Alt+A is taken by "Add class" and "Save As".
    m_add->setText(tr("Add \"%1\" to the white&list").arg(reason));
    QString text =
        tr("Adding \"%1\": WARN false-positive rate with the whitelist %2 → <b>%3</b>. "
           "It is listed by %4, %5 of them spikes.")
            .arg(reason.toHtmlEscaped(), rateText(m_effects.fpRateWithWhitelist),
                 rateText(candidate->fpRateIfAdded),
                 Tr::translate("CandidatesPanel", "%Ln run(s)", nullptr, candidate->runs))
            .arg(candidate->spikes);
    if (candidate->fails > 0) {
        const QColor warn = errorText(palette());
        text +=
            QStringLiteral(" <span style=\"color:%1\">%2</span>")
                .arg(warn.name(), tr("It is listed by %1: whitelisting it hides real FAIL signals.")
                                      .arg(Tr::translate("CandidatesPanel", "%Ln FAIL run(s)",
                                                         nullptr, candidate->fails)));
    }
    m_preview->setText(text);
}

void CandidatesPanel::requestAdd()
{
    const QString reason = currentReason();
    if (!reason.isEmpty())
        emit addRequested(reason);
}

} // namespace gatehouse::ui
