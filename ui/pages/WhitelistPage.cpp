// The whitelist editor: layout, in-place edits, add / remove, validation display, and
// the link to the session. Files (save, revert, the watcher banner) are in
// WhitelistPageFile.cpp.
#include "WhitelistPage.h"
#include "common/Translate.h"
#include "i18n/DisplayNumbers.h"

#include "AnalysisSession.h"
#include "UnknownRatePage.h"
#include "common/NumberFormat.h"
#include "models/ClassEffectsModel.h"
#include "models/WhitelistModel.h"
#include "rollout/RolloutAnalysis.h"
#include "rollout/WhitelistFile.h"
#include "whitelist/HighlightColors.h"
#include "whitelist/WhitelistCommands.h"
#include "whitelist/WhitelistFileWatcher.h"
#include "widgets/TableView.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
constexpr int kReviewAfterMonths = 3; // a new class is due for review after a quarter

} // namespace

WhitelistPage::WhitelistPage(AnalysisSession *session, QWidget *parent) : Page(session, parent)
{
    m_undoStack = new QUndoStack(this);
    m_model = new WhitelistModel(this);
    m_model->setUndoStack(m_undoStack);
    m_watcher = new WhitelistFileWatcher(this);

    m_table = new TableView;
    m_table->setObjectName(QStringLiteral("whitelistTable"));
    m_effects = new ClassEffectsModel(m_model, this);
    m_table->setSourceModel(m_effects);
    m_table->sortByColumn(WhitelistModel::ReasonColumn, Qt::AscendingOrder); // as saved
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setColumnWidth(WhitelistModel::ReasonColumn, 180);
    m_table->setColumnWidth(WhitelistModel::NoteColumn, 380);
    m_table->setColumnWidth(WhitelistModel::OwnerColumn, 120);

    m_pathLabel = new QLabel;
    m_pathLabel->setObjectName(QStringLiteral("pathLabel"));
    m_pathLabel->setWordWrap(true); // an unreadable file's error can be long
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("messageLine"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *hint = new QLabel(
        tr("The classes of unknown_whitelist.json: a run whose top reasons all match a class is "
           "whitelisted and never WARNs. A reason matches a top reason exactly, or as a glob "
           "when it holds * or ?. A class "
           "past its review_by date is stale: it still applies until you change it. "
           "Double-click or type to edit; Ctrl+Z undoes."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title = new QLabel);
    layout->addWidget(createToolBar());
    layout->addWidget(m_pathLabel);
    layout->addWidget(hint);
    layout->addWidget(createBanner());
    layout->addWidget(m_message);
    layout->addWidget(createCurationParts(), 1);
    layout->addWidget(m_summary);

    connect(m_model, &WhitelistModel::classesEdited, this, &WhitelistPage::onClassesEdited);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        updateActions();
        emit dirtyChanged(!clean);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WhitelistPage::updateActions);
    connect(m_watcher, &WhitelistFileWatcher::changedOnDisk, this, &WhitelistPage::onChangedOnDisk);
    connect(session, &AnalysisSession::datasetChanged, this, &WhitelistPage::loadFromSession);
    connect(session, &AnalysisSession::rolloutChanged, this,
            [this] { updateWhenActive("rollout", [this] { onRolloutChanged(); }); });
    m_model->setHighlightColors(errorBackground(palette()), staleBackground(palette()));
    loadFromSession();
    onRolloutChanged();
}

WhitelistPage::~WhitelistPage()
{
    // The undo stack is a child, deleted by ~QWidget once this page is gone, and
    // ~QUndoStack emits cleanChanged when it held edits: that must not reach this page.
    disconnect(m_undoStack, nullptr, this, nullptr);
}

QWidget *WhitelistPage::createToolBar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto addButton = [this, row](QAction *action, const QString &objectName) {
        action->setObjectName(objectName);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action); // shortcuts work anywhere on this page
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        row->addWidget(button);
    };
    m_addAction = new QAction(tr("&Add class"), this);
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_addAction, &QAction::triggered, this, &WhitelistPage::addClass);
    addButton(m_addAction, QStringLiteral("addAction"));

    m_removeAction = new QAction(tr("&Remove"), this);
    m_removeAction->setShortcut(QKeySequence::Delete);
    connect(m_removeAction, &QAction::triggered, this, &WhitelistPage::removeSelectedClasses);
    addButton(m_removeAction, QStringLiteral("removeAction"));

    // Fixed button texts (the step goes in the tooltip) so the toolbar does not jump.
    auto *undo = new QAction(tr("&Undo"), this);
    undo->setShortcuts(QKeySequence::Undo);
    undo->setEnabled(false);
    connect(undo, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::undoTextChanged, undo, [undo](const QString &text) {
        undo->setToolTip(text.isEmpty() ? tr("Undo") : tr("Undo: %1").arg(text));
    });
    addButton(undo, QStringLiteral("undoAction"));
    auto *redo = new QAction(tr("Re&do"), this);
    redo->setShortcuts(QKeySequence::Redo);
    redo->setEnabled(false);
    connect(redo, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::redoTextChanged, redo, [redo](const QString &text) {
        redo->setToolTip(text.isEmpty() ? tr("Redo") : tr("Redo: %1").arg(text));
    });
    addButton(redo, QStringLiteral("redoAction"));

    m_saveAction = new QAction(tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &WhitelistPage::save);
    addButton(m_saveAction, QStringLiteral("saveAction"));
    auto *saveAs = new QAction(tr("Save &As…"), this);
    saveAs->setShortcut(QKeySequence::SaveAs);
    connect(saveAs, &QAction::triggered, this, &WhitelistPage::saveAs);
    addButton(saveAs, QStringLiteral("saveAsAction"));
    m_revertAction = new QAction(tr("Re&vert"), this);
    m_revertAction->setToolTip(tr("Reload the file from disk, discarding edits (undoable)"));
    connect(m_revertAction, &QAction::triggered, this, &WhitelistPage::reloadFromDisk);
    addButton(m_revertAction, QStringLiteral("revertAction"));
    addButton(createExtendReviewAction(), QStringLiteral("extendReviewAction"));
    row->addStretch(1);
    return bar;
}

QWidget *WhitelistPage::createBanner()
{
    m_banner = new QFrame;
    m_banner->setObjectName(QStringLiteral("reloadBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    QPalette colors = m_banner->palette();
    colors.setColor(QPalette::Window, staleBackground(palette()));
    m_banner->setPalette(colors);
    auto *row = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel;
    m_bannerText->setWordWrap(true);
    m_bannerReload = new QPushButton(tr("Reload from disk"));
    m_bannerReload->setObjectName(QStringLiteral("bannerReloadButton"));
    auto *keep = new QPushButton(tr("Keep my version"));
    keep->setObjectName(QStringLiteral("bannerKeepButton"));
    connect(m_bannerReload, &QPushButton::clicked, this, [this] {
        if (reloadFromDisk())
            m_banner->hide();
    });
    connect(keep, &QPushButton::clicked, m_banner, &QWidget::hide);
    row->addWidget(m_bannerText, 1);
    row->addWidget(m_bannerReload);
    row->addWidget(keep);
    m_banner->hide();
    return m_banner;
}

void WhitelistPage::linkWhitelistRequests(UnknownRatePage *from, WhitelistPage *to,
                                          const std::function<void()> &showEditor)
{
    connect(from, &UnknownRatePage::whitelistReasonRequested, to,
            [to, showEditor](const QString &reason) {
                to->whitelistReason(reason);
                if (showEditor)
                    showEditor();
            });
}

bool WhitelistPage::isDirty() const
{
    return !m_undoStack->isClean();
}

std::optional<Whitelist> WhitelistPage::effectiveWhitelist() const
{
    // With no file loaded and nothing added, the analysis keeps saying "no whitelist"
    // rather than "an empty whitelist".
    if (!m_loadedWhitelist && m_model->rowCount() == 0 && savePath().isEmpty())
        return std::nullopt;
    return m_model->whitelist();
}

void WhitelistPage::onClassesEdited()
{
    if (!m_loading)
        session()->setWhitelist(effectiveWhitelist()); // rolloutChanged follows
    updateStatus();
    updateActions();
}

void WhitelistPage::onRolloutChanged()
{
    m_model->setClassUse(session()->rollout().whitelistClasses);
    m_effects->setResult(session()->rollout(), session()->whitelistEffects());
    updateStatus();
}

WhitelistClass WhitelistPage::newClass(const QString &reason) const
{
    const QDate today = session()->rollout().options.today.isValid()
                            ? session()->rollout().options.today
                            : QDate::currentDate();
    WhitelistClass cls;
    cls.reason = reason;
    cls.added = today.toString(Qt::ISODate);
    cls.reviewBy = today.addMonths(kReviewAfterMonths).toString(Qt::ISODate);
    return cls;
}

void WhitelistPage::whitelistReason(const QString &reason)
{
    if (isReadOnly()) {
        showMessage(tr("Not added: %1 could not be read, so the editor is read-only.")
                        .arg(QDir::toNativeSeparators(m_unreadablePath)),
                    true);
        return;
    }
    const int existing = m_model->rowOfReason(reason);
    if (existing >= 0) {
        selectSourceRow(existing);
        showMessage(tr("\"%1\" is already in the whitelist.").arg(reason), false);
        return;
    }
    const int row = m_model->rowCount();
    m_undoStack->push(new AddWhitelistClassCommand(m_model, row, newClass(reason)));
    selectSourceRow(row);
    showMessage(tr("Added \"%1\" (review_by in %2 months); add a note and an owner, then "
                   "save.")
                    .arg(reason)
                    .arg(kReviewAfterMonths),
                false);
}

void WhitelistPage::addClass()
{
    if (isReadOnly())
        return;
    const int row = m_model->rowCount();
    m_undoStack->push(new AddWhitelistClassCommand(m_model, row, newClass(QString())));
    selectSourceRow(row);
    m_table->edit(m_table->currentIndex());
}

void WhitelistPage::removeSelectedClasses()
{
    if (isReadOnly())
        return;
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_table->model());
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(proxy->mapToSource(index).row());
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(proxy->mapToSource(m_table->currentIndex()).row());
    if (!rows.isEmpty())
        m_undoStack->push(new RemoveWhitelistClassesCommand(m_model, rows));
}

void WhitelistPage::selectSourceRow(int row)
{
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_table->model());
    const QModelIndex index =
        proxy->mapFromSource(m_effects->mapFromSource(m_model->index(row, 0)));
    // Only the new row: setCurrentIndex() would add it to the selection while Ctrl is
    // held, and Ctrl is held when Ctrl+N adds the row.
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void WhitelistPage::updateStatus()
{
    const QList<WhitelistProblem> &problems = m_model->problems();
    if (!problems.isEmpty()) {
        const QStringList messages = displayedProblemMessages();
        showMessage(
            tr("%1, fix before saving: %2")
                .arg(Tr::translate("WhitelistPage", "%Ln problem(s)", nullptr, problems.size()),
                     messages.join(QStringLiteral("; "))),
            true);
    } else if (m_message->property("isError").toBool()) {
        m_message->clear(); // the problems are gone; info messages stay until replaced
        m_message->setProperty("isError", false);
    }

    const RolloutResult &rollout = session()->rollout();
    int stale = 0, whitelistedRuns = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        stale += m_model->isStaleRow(row) ? 1 : 0;
    for (const RolloutRunRow &row : rollout.rows)
        whitelistedRuns += row.runClass == RunClass::Whitelisted ? 1 : 0;
    QStringList parts;
    parts << Tr::translate("WhitelistPage", "%Ln class(es), %1 stale as of %2", nullptr,
                           m_model->rowCount())
                 .arg(uiInteger(stale), uiDate(rollout.options.today));
    parts << tr("%1 of %2 loaded runs whitelisted").arg(whitelistedRuns).arg(rollout.runs);
    // The effect the operator edits for: the WARN preview's false positives.
    if (rollout.warn.fpRate && rollout.warn.fpRateWithWhitelist)
        parts << tr("WARN false-positive rate %1 without, %2 with this whitelist")
                     .arg(
                         localizedNumbers(percentText(*rollout.warn.fpRate, rollout.options.fpMax)),
                         localizedNumbers(percentText(*rollout.warn.fpRateWithWhitelist,
                                                      rollout.options.fpMax)));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    updateTitle();
}

void WhitelistPage::updateActions()
{
    m_addAction->setEnabled(!isReadOnly());
    m_removeAction->setEnabled(!isReadOnly() && (m_table->currentIndex().isValid() ||
                                                 m_table->selectionModel()->hasSelection()));
    m_saveAction->setEnabled(isDirty() || savePath().isEmpty());
    m_revertAction->setEnabled(isDirty() && !session()->whitelistPath().isEmpty());
    m_extendAction->setEnabled(!selectedSourceRows().isEmpty());
}

void WhitelistPage::showMessage(const QString &text, bool isError)
{
    QPalette colors = m_message->palette();
    colors.setColor(QPalette::WindowText,
                    isError ? errorText(palette()) : palette().color(QPalette::WindowText));
    m_message->setPalette(colors);
    m_message->setProperty("isError", isError);
    m_message->setText(text);
}

void WhitelistPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_model) {
        m_model->setHighlightColors(errorBackground(palette()), staleBackground(palette()));
        updateTitle(); // re-applies the curation highlights too
    }
}

} // namespace gatehouse::ui
