// The whitelist editor's curation parts (issue 12): the class effects on each row (the
// table shows ClassEffectsModel), the candidates beside the table, "Extend review by 90
// days", the title with stale and due counts, and validation messages that name rows as
// the sorted table shows them. Editing itself is in WhitelistPage.cpp.
#include "WhitelistPage.h"
#include "common/StoredText.h"
#include "common/Translate.h"

#include "AnalysisSession.h"
#include "models/ClassEffectsModel.h"
#include "models/WhitelistModel.h"
#include "whitelist/CandidatesPanel.h"
#include "whitelist/ExtendReviewCommand.h"
#include "whitelist/HighlightColors.h"
#include "widgets/TableView.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QUndoStack>
#include <iterator>

namespace gatehouse::ui {

namespace {

// Due is milder than stale: the same amber, half as strong.
QColor dueBackground(const QPalette &palette)
{
    return blendColors(palette.color(QPalette::Base), QColor(0xf0, 0xa0, 0x00),
                       isDarkBase(palette) ? 0.20 : 0.14);
}

} // namespace

QWidget *WhitelistPage::createCurationParts()
{
    m_title->setObjectName(QStringLiteral("editorTitle"));
    m_title->setTextFormat(Qt::RichText);
    // What a reviewer reads first: the reason, its review state and what it does; the
    // free text after. (In file order the effects were off-screen at 1400 px.)
    QHeaderView *header = m_table->horizontalHeader();
    const int order[] = {
        WhitelistModel::ReasonColumn,          WhitelistModel::StatusColumn,
        ClassEffectsModel::WarningsColumn,     WhitelistModel::MatchedRunsColumn,
        ClassEffectsModel::DecisiveRunsColumn, ClassEffectsModel::SpikesCoveredColumn,
        ClassEffectsModel::FailsMatchedColumn, ClassEffectsModel::FpWithoutClassColumn,
        WhitelistModel::ReviewByColumn,        WhitelistModel::OwnerColumn,
        WhitelistModel::AddedColumn,           WhitelistModel::NoteColumn,
        WhitelistModel::OtherFieldsColumn};
    for (int visual = 0; visual < int(std::size(order)); ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);
    for (int column = WhitelistModel::MatchedRunsColumn; column < ClassEffectsModel::ColumnCount;
         ++column)
        if (column != WhitelistModel::OtherFieldsColumn)
            m_table->resizeColumnToContents(column);
    m_table->setColumnWidth(WhitelistModel::NoteColumn, 260);
    m_table->setColumnWidth(WhitelistModel::ReasonColumn, 150);
    // Wide enough for one warning; both together elide, and the tooltip spells them out.
    m_table->setColumnWidth(ClassEffectsModel::WarningsColumn,
                            m_table->fontMetrics().horizontalAdvance(tr("main spike driver")) + 16);

    m_candidates = new CandidatesPanel;
    m_candidates->setObjectName(QStringLiteral("candidatesPanel"));
    connect(m_candidates, &CandidatesPanel::addRequested, this, &WhitelistPage::whitelistReason);
    connect(m_effects, &ClassEffectsModel::effectsChanged, this,
            [this] { m_candidates->setEffects(m_effects->effects()); });
    // A re-sort renumbers the rows that messages name.
    connect(m_table->model(), &QAbstractItemModel::layoutChanged, this,
            &WhitelistPage::updateStatus);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_table);
    split->addWidget(m_candidates);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    // Until the operator drags the handle. The class table scrolls sideways anyway (it has
    // a dozen columns); the candidates' five fit whole at 1400 px, in German too (a reason
    // such as dependency_drift was cut to "dependenc…" at 800:400).
    split->setSizes({740, 460});
    return split;
}

QAction *WhitelistPage::createExtendReviewAction()
{
    m_extendAction = new QAction(tr("E&xtend review by %1 days").arg(kReviewExtensionDays), this);
    m_extendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_extendAction->setToolTip(
        tr("Moves review_by of the selected classes to %1 days after the later of review_by "
           "and today (undoable)")
            .arg(kReviewExtensionDays));
    m_extendAction->setEnabled(false);
    connect(m_extendAction, &QAction::triggered, this, &WhitelistPage::extendReviewOfSelected);
    return m_extendAction;
}

QList<int> WhitelistPage::selectedSourceRows() const
{
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_table->model());
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(proxy->mapToSource(index).row());
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(proxy->mapToSource(m_table->currentIndex()).row());
    return rows;
}

void WhitelistPage::extendReviewOfSelected()
{
    const QList<int> rows = selectedSourceRows();
    const QString text =
        Tr::translate("WhitelistPage",
                      "review_by of %Ln class(es) moved %1 days on; Ctrl+Z undoes.", nullptr,
                      rows.size())
            .arg(kReviewExtensionDays);
    if (pushExtendReview(m_undoStack, m_model, rows, m_effects->today()) > 0)
        showMessage(text, false);
}

void WhitelistPage::updateTitle()
{
    m_effects->setHighlightColors(dueBackground(palette()), errorBackground(palette()));
    const int classes = m_model->rowCount();
    const int stale = m_effects->staleCount();
    const int due = m_effects->dueCount();
    const QString counts =
        Tr::translate("WhitelistPage", "%Ln class(es) · %1 stale · %2 due within %3 days", nullptr,
                      classes)
            .arg(stale)
            .arg(due)
            .arg(ClassEffectsModel::kDueDays);
    m_title->setText(tr("<b>Whitelist</b> — %1").arg(counts));
    setWindowTitle(tr("Whitelist — %1").arg(counts));
}

QStringList WhitelistPage::displayedProblemMessages() const
{
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_table->model());
    QList<int> displayed;
    for (int row = 0; row < m_model->rowCount(); ++row)
        displayed.append(proxy->mapFromSource(m_effects->index(row, 0)).row());
    QStringList messages;
    for (const WhitelistProblem &problem : validateWhitelist(m_model->classes(), displayed))
        messages.append(inReportLanguage(problem.message));
    return messages;
}

} // namespace gatehouse::ui
