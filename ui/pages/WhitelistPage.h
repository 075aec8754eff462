#pragma once
// The editor for unknown_whitelist.json (SPEC §4.2). Every edit is undoable and goes to
// the session at once, so the Unknown rate page shows its effect on spikes and
// false-positive rates while the operator types. Save writes atomically; a file that
// someone else changes on disk raises an inline banner (never a modal box) offering to
// reload. Implementation: WhitelistPage.cpp (editing), WhitelistPageFile.cpp (files).
#include "Page.h"
#include "rollout/RolloutTypes.h"

#include <QMessageBox>
#include <functional>
#include <optional>

class QAction;
class QFrame;
class QLabel;
class QPushButton;
class QUndoStack;

namespace gatehouse::ui {

class CandidatesPanel;
class ClassEffectsModel;
class TableView;
class UnknownRatePage;
class WhitelistFileWatcher;
class WhitelistModel;

class WhitelistPage : public Page
{
    Q_OBJECT
public:
    explicit WhitelistPage(AnalysisSession *session, QWidget *parent = nullptr);
    ~WhitelistPage() override;

    QString title() const override { return tr("Whitelist"); }

    bool isDirty() const;
    // When there are unsaved edits, asks Save / Discard / Cancel. Returns false when the
    // operator cancels (or a save fails); the main window calls this before quitting.
    bool maybeSave();
    QUndoStack *undoStack() const { return m_undoStack; }
    WhitelistModel *model() const { return m_model; }
    // The table's rows with what each class does (WhitelistPageCuration.cpp).
    ClassEffectsModel *effectsModel() const
    {
        caughtUp();
        return m_effects;
    }
    CandidatesPanel *candidatesPanel() const
    {
        caughtUp();
        return m_candidates;
    }

    // Where Save writes: the loaded file when it is a real file, else empty (Save As).
    QString savePath() const;
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    // SPEC §8: a whitelist that was found but cannot be read opens read-only with its error;
    // saving onto that file needs a confirmation that names it.
    bool isReadOnly() const { return !m_unreadablePath.isEmpty(); }
    // Reloads the file from disk as an undoable step (Revert, or after a change on disk).
    bool reloadFromDisk();

    // Connects "Whitelist this reason" on the Unknown rate page to this editor; showEditor
    // (optional) lets the main window bring this page to the front.
    static void linkWhitelistRequests(UnknownRatePage *from, WhitelistPage *to,
                                      const std::function<void()> &showEditor = {});

public slots:
    // Adds a class for reason (added today, review_by in three months) as an undoable
    // edit; selects the existing class when the reason is already listed.
    void whitelistReason(const QString &reason);
    // review_by of the selected classes moves 90 days on, as one undoable step.
    void extendReviewOfSelected();

signals:
    void dirtyChanged(bool dirty);

protected:
    // Prompts, overridable so tests can answer without a modal dialog.
    virtual QMessageBox::StandardButton askToSaveChanges();
    virtual QString askSavePath();
    // Whether to write over the unreadable file at path (whose error is given).
    virtual bool askOverwriteUnreadable(const QString &path, const QString &error);
    void changeEvent(QEvent *event) override;

private:
    QWidget *createToolBar();
    QWidget *createBanner();
    void loadFromSession();
    void onClassesEdited();
    void onRolloutChanged();
    void addClass();
    void removeSelectedClasses();
    void selectSourceRow(int row);
    void updateStatus();
    void updateActions();
    void showMessage(const QString &text, bool isError);
    void onChangedOnDisk(const QString &path, bool exists);
    std::optional<Whitelist> effectiveWhitelist() const;
    WhitelistClass newClass(const QString &reason) const;
    // Curation (WhitelistPageCuration.cpp): effects beside the table, title counts,
    // messages that name rows as displayed.
    QWidget *createCurationParts();
    QAction *createExtendReviewAction();
    void updateTitle();
    QStringList displayedProblemMessages() const;
    QList<int> selectedSourceRows() const;

    WhitelistModel *m_model = nullptr;
    ClassEffectsModel *m_effects = nullptr; // what the table shows: m_model plus effects
    CandidatesPanel *m_candidates = nullptr;
    QLabel *m_title = nullptr;
    QAction *m_extendAction = nullptr;
    QUndoStack *m_undoStack = nullptr;
    WhitelistFileWatcher *m_watcher = nullptr;
    TableView *m_table = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_bannerReload = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
    bool m_loadedWhitelist = false; // the sources held a whitelist (else start empty)
    bool m_loading = false;
    QString m_unreadablePath; // absolute; set while the sources' file could not be read
    QString m_unreadableError;
    int m_editTriggers = 0; // the table's, restored when the editor is writable again
};

} // namespace gatehouse::ui
