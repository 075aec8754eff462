// The whitelist editor's files: loading the session's whitelist, Save / Save As (atomic),
// Revert, the Save / Discard / Cancel prompt, and the banner for changes made on disk.
#include "WhitelistPage.h"
#include "common/StoredText.h"

#include "AnalysisSession.h"
#include "models/WhitelistModel.h"
#include "rollout/WhitelistFile.h"
#include "whitelist/WhitelistCommands.h"
#include "whitelist/WhitelistFileWatcher.h"
#include "widgets/TableView.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>

namespace gatehouse::ui {

namespace {

QByteArray readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QObject::tr("cannot read %1: %2").arg(path, file.errorString());
        return QByteArray();
    }
    return file.readAll();
}

// A path Save may write to: not inside Qt resources, and not inside a zip (whose
// "folder" is a file).
bool isWritableLocation(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char(':')))
        return false;
    const QFileInfo info(path);
    return QFileInfo(info.absolutePath()).isDir() && (!info.exists() || info.isFile());
}

} // namespace

void WhitelistPage::loadFromSession()
{
    // A new load replaces the document; its undo history belongs to the old sources.
    m_loading = true;
    const std::optional<Whitelist> whitelist = session()->whitelist();
    m_loadedWhitelist = whitelist.has_value();
    m_model->setToday(session()->options().rollout.today);
    m_model->setWhitelist(whitelist.value_or(Whitelist()));
    m_undoStack->clear();
    m_loading = false;
    m_banner->hide();

    const QString path = session()->whitelistPath();
    QString error;
    m_watcher->watch(path, isWritableLocation(path) ? readFile(path, &error) : QByteArray());
    const FileState &file = session()->whitelistFile();
    if (m_editTriggers == 0)
        m_editTriggers = static_cast<int>(m_table->editTriggers());
    m_unreadablePath = file.isUnreadable()
                           ? QFileInfo(path.isEmpty() ? file.path : path).absoluteFilePath()
                           : QString();
    m_unreadableError = file.isUnreadable() ? file.error : QString();
    m_table->setEditTriggers(isReadOnly() ? QAbstractItemView::NoEditTriggers
                                          : QAbstractItemView::EditTriggers(m_editTriggers));
    if (isReadOnly())
        m_pathLabel->setText(tr("⚠ %1 cannot be read: %2. Shown read-only, nothing was loaded; "
                                "fix the file and Reload, or Save As a new whitelist.")
                                 .arg(QDir::toNativeSeparators(m_unreadablePath), file.error));
    else if (path.isEmpty())
        m_pathLabel->setText(tr("No unknown_whitelist.json in the sources: start here and "
                                "use Save As."));
    else if (path.startsWith(QLatin1Char(':')))
        m_pathLabel->setText(tr("Built-in demo whitelist (read-only): Save writes a copy "
                                "where you choose."));
    else if (!isWritableLocation(path))
        m_pathLabel->setText(
            tr("%1 (read-only: Save writes a copy elsewhere)").arg(QDir::toNativeSeparators(path)));
    else
        m_pathLabel->setText(QDir::toNativeSeparators(path));
    m_model->setClassUse(session()->rollout().whitelistClasses);
    updateStatus();
    updateActions();
}

QString WhitelistPage::savePath() const
{
    const QString path = session()->whitelistPath();
    return isWritableLocation(path) ? path : QString();
}

bool WhitelistPage::save()
{
    const QString path = savePath();
    return path.isEmpty() ? saveAs() : saveTo(path);
}

bool WhitelistPage::saveAs()
{
    const QString path = askSavePath();
    return !path.isEmpty() && saveTo(path);
}

bool WhitelistPage::saveTo(const QString &path)
{
    if (!m_model->problems().isEmpty()) {
        // The loader rejects an empty reason, so such a file would not load again.
        showMessage(tr("Not saved: fix the problems shown in red first (%1).")
                        .arg(m_model->problems().size()),
                    true);
        return false;
    }
    const Whitelist whitelist = m_model->whitelist();
    const QByteArray bytes = serializeWhitelist(whitelist);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Never over an unreadable file without the operator saying so: it may be a hand
    // edit with a typo, and the whole file would be replaced by what the editor shows.
    if (isReadOnly() && QFileInfo(m_unreadablePath) == QFileInfo(absolute) &&
        !askOverwriteUnreadable(absolute, m_unreadableError)) {
        showMessage(tr("Not saved: %1 was left as it is.").arg(QDir::toNativeSeparators(absolute)),
                    false);
        return false;
    }
    // Tell the watcher first: our own write must not raise the "changed on disk" banner.
    if (m_watcher->path() == absolute)
        m_watcher->setKnownContent(bytes);
    QString error;
    if (!saveWhitelist(absolute, whitelist, &error)) {
        showMessage(tr("Not saved: %1").arg(error), true);
        return false;
    }
    session()->setWhitelistPath(absolute);
    if (isReadOnly() && QFileInfo(m_unreadablePath) == QFileInfo(absolute)) {
        m_unreadablePath.clear(); // the file is readable now: the editor may edit it
        m_table->setEditTriggers(QAbstractItemView::EditTriggers(m_editTriggers));
    }
    m_loadedWhitelist = true;
    m_watcher->watch(absolute, bytes);
    m_pathLabel->setText(QDir::toNativeSeparators(absolute));
    m_undoStack->setClean();
    showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(absolute)), false);
    updateActions();
    return true;
}

bool WhitelistPage::reloadFromDisk()
{
    const QString path = session()->whitelistPath();
    if (path.isEmpty())
        return false;
    QString error;
    const QByteArray bytes = readFile(path, &error);
    if (!error.isEmpty()) {
        showMessage(error, true);
        return false;
    }
    ParseIssues issues;
    const std::optional<Whitelist> whitelist = parseWhitelist(bytes, path, issues);
    if (!whitelist) {
        QStringList messages;
        for (const ParseIssue &issue : issues)
            messages.append(inReportLanguage(issue.message));
        showMessage(tr("Cannot reload %1: %2").arg(path, messages.join(QStringLiteral("; "))),
                    true);
        return false;
    }
    // Undoable, so even discarding edits is never final; the disk state becomes clean.
    m_undoStack->push(new ReplaceWhitelistCommand(m_model, *whitelist, tr("Reload from disk")));
    m_undoStack->setClean();
    m_watcher->setKnownContent(bytes);
    showMessage(tr("Reloaded %1.").arg(QDir::toNativeSeparators(path)), false);
    updateActions();
    return true;
}

bool WhitelistPage::maybeSave()
{
    if (!isDirty())
        return true;
    switch (askToSaveChanges()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

QMessageBox::StandardButton WhitelistPage::askToSaveChanges()
{
    return QMessageBox::warning(
        this, tr("Unsaved whitelist"), tr("The whitelist has unsaved changes. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
}

bool WhitelistPage::askOverwriteUnreadable(const QString &path, const QString &error)
{
    return QMessageBox::warning(this, tr("Overwrite unreadable whitelist?"),
                                tr("%1 could not be read (%2).\n\nSaving replaces the whole file "
                                   "with the classes shown here. Overwrite it?")
                                    .arg(QDir::toNativeSeparators(path), error),
                                QMessageBox::Save | QMessageBox::Cancel,
                                QMessageBox::Cancel) == QMessageBox::Save;
}

QString WhitelistPage::askSavePath()
{
    const QString current = savePath();
    return QFileDialog::getSaveFileName(this, tr("Save whitelist"),
                                        current.isEmpty() ? QStringLiteral("unknown_whitelist.json")
                                                          : current,
                                        tr("Whitelist (*.json)"));
}

void WhitelistPage::onChangedOnDisk(const QString &path, bool exists)
{
    const QString name = QDir::toNativeSeparators(path);
    if (!exists) {
        m_bannerText->setText(tr("%1 was deleted on disk. Save writes it again.").arg(name));
        m_bannerReload->hide();
    } else {
        m_bannerText->setText(isDirty()
                                  ? tr("%1 changed on disk. Reload it (your edits can be undone "
                                       "afterwards) or keep your version?")
                                        .arg(name)
                                  : tr("%1 changed on disk. Reload it?").arg(name));
        m_bannerReload->show();
    }
    m_banner->show();
}

} // namespace gatehouse::ui
