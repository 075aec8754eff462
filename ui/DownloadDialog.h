#pragma once
// Download from GitHub Actions (SPEC §6): repository, workflow, branch, number of runs,
// artifact patterns, API URL and token in; a per-artifact status table, progress and
// Cancel while it runs; downloaded(folder) when done, so the main window can load it.
// Repositories and their options are remembered (QSettings); the token only ever in the
// system keychain, when the operator asks for it and QtKeychain is available.
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStandardItemModel;

namespace gatehouse::github {
class FetchJob;
struct ArtifactState;
struct FetchSummary;
} // namespace gatehouse::github

namespace gatehouse::ui {

class TableView;

class DownloadDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DownloadDialog(QWidget *parent = nullptr);
    ~DownloadDialog() override;

    bool isRunning() const;

public slots:
    void startDownload();
    void cancelDownload();
    void reject() override; // cancels a running download first

signals:
    // The folder holding the fetched artifacts, once a fetch has ended without a fatal
    // error (some artifacts may still have failed; the table says which).
    void downloaded(const QString &folder);

private:
    enum Column
    {
        ColArtifact,
        ColRun,
        ColBranch,
        ColSize,
        ColStatus,
        ColNote,
        ColCount
    };

    void loadRemembered(const QString &repository);
    void remember();
    QString defaultOutDir() const;
    void browseOutDir();
    void showError(const QString &text);
    void setRunning(bool running);
    void updateArtifact(int index, const gatehouse::github::ArtifactState &state);
    void updateProgress(qint64 received, qint64 total);
    void onFinished(const gatehouse::github::FetchSummary &summary);
    void readTokenFromKeychain();
    void storeTokenInKeychain(const QString &token);

    QComboBox *m_repository = nullptr;
    QLineEdit *m_workflow = nullptr;
    QLineEdit *m_branch = nullptr;
    QCheckBox *m_successfulOnly = nullptr;
    QSpinBox *m_runs = nullptr;
    QLineEdit *m_patterns = nullptr;
    QLineEdit *m_apiUrl = nullptr;
    QLineEdit *m_token = nullptr;
    QCheckBox *m_rememberToken = nullptr;
    QLineEdit *m_outDir = nullptr;
    QLabel *m_errorIcon = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QStandardItemModel *m_model = nullptr;
    TableView *m_table = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_download = nullptr;
    QPushButton *m_cancel = nullptr;
    QList<QWidget *> m_inputs; // disabled while a fetch runs
    gatehouse::github::FetchJob *m_job = nullptr;
    int m_doneArtifacts = 0;
    bool m_tokenTyped = false; // the operator typed one: a late keychain read must not replace it
    bool m_keychainHasToken = false;
};

} // namespace gatehouse::ui
