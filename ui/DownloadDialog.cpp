#include "DownloadDialog.h"

#include "common/StoredText.h"
#include "github/FetchJob.h"
#include "github/Token.h"
#include "models/ModelRoles.h"
#include "widgets/TableView.h"
#include "widgets/ThemedIcon.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QVBoxLayout>

#ifdef GATEHOUSE_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace gatehouse::ui {

using namespace gatehouse::github;

namespace {

// Settings of this dialog (kept here rather than in Settings: only this dialog reads them). Per
// repository: "download/repo/<owner>/<name>/<key>". The token is never among them.
constexpr char kRepositoriesKey[] = "download/repositories"; // most recent first
constexpr char kRepoGroup[] = "download/repo/";
constexpr int kMaxRepositories = 10;

#ifdef GATEHOUSE_HAVE_KEYCHAIN
QString keychainService()
{
    return QStringLiteral("Gatehouse GitHub token");
}

QString keychainKey(const QString &apiUrl)
{
    return QUrl(apiUrl).host().toLower(); // one token per API host (github.com, each GHES)
}
#endif

} // namespace

DownloadDialog::DownloadDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Download from GitHub Actions"));
    m_repository = new QComboBox;
    m_repository->setEditable(true);
    m_repository->lineEdit()->setPlaceholderText(tr("owner/name"));
    m_workflow = new QLineEdit;
    m_workflow->setPlaceholderText(tr("all workflows, or a file such as bench.yml"));
    m_branch = new QLineEdit(QStringLiteral("main"));
    m_branch->setPlaceholderText(tr("* for any branch"));
    m_successfulOnly = new QCheckBox(tr("Only successful runs"));
    m_successfulOnly->setChecked(true);
    m_runs = new QSpinBox;
    m_runs->setRange(1, 1000);
    m_runs->setValue(10);
    m_patterns = new QLineEdit;
    m_patterns->setPlaceholderText(tr("every artifact, or globs such as bench-detectors-raw-*"));
    m_apiUrl = new QLineEdit(QStringLiteral("https://api.github.com"));
    m_apiUrl->setToolTip(tr("GitHub Enterprise Server: https://HOST/api/v3"));
    m_token = new QLineEdit;
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setObjectName(QStringLiteral("token"));
    // Names for keyboard-free automation (tests) and accessibility tools.
    m_repository->setObjectName(QStringLiteral("repository"));
    m_workflow->setObjectName(QStringLiteral("workflow"));
    m_branch->setObjectName(QStringLiteral("branch"));
    m_runs->setObjectName(QStringLiteral("runs"));
    m_patterns->setObjectName(QStringLiteral("artifacts"));
    m_apiUrl->setObjectName(QStringLiteral("apiUrl"));
    const TokenSource env = tokenFromEnvironment();
    m_token->setPlaceholderText(env.token.isEmpty()
                                    ? tr("a token with Actions: read (or repo scope)")
                                    : tr("from %1 when left empty").arg(env.origin));
    connect(m_token, &QLineEdit::textEdited, this, [this] { m_tokenTyped = true; });
    m_rememberToken = new QCheckBox(tr("Remember in the system keychain"));
#ifndef GATEHOUSE_HAVE_KEYCHAIN
    m_rememberToken->hide();
#endif
    m_outDir = new QLineEdit;
    m_outDir->setObjectName(QStringLiteral("outDir"));
    auto *browse = new QPushButton(themedIcon(QStringLiteral("folder-open")), tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, &DownloadDialog::browseOutDir);

    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_rememberToken);
    auto *outRow = new QHBoxLayout;
    outRow->addWidget(m_outDir, 1);
    outRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Repository:"), m_repository);
    form->addRow(tr("&Workflow:"), m_workflow);
    form->addRow(tr("&Branch:"), m_branch);
    form->addRow(QString(), m_successfulOnly);
    form->addRow(tr("R&uns:"), m_runs);
    form->addRow(tr("&Artifacts:"), m_patterns);
    form->addRow(tr("A&PI URL:"), m_apiUrl);
    // A row holding a layout gets no buddy by itself: without one the '&' would show.
    auto *tokenLabel = new QLabel(tr("&Token:"));
    tokenLabel->setBuddy(m_token);
    auto *outLabel = new QLabel(tr("&Save to:"));
    outLabel->setBuddy(m_outDir);
    form->addRow(tokenLabel, tokenRow);
    form->addRow(outLabel, outRow);
    m_inputs = {m_repository, m_workflow, m_branch,        m_successfulOnly, m_runs, m_patterns,
                m_apiUrl,     m_token,    m_rememberToken, m_outDir,         browse};

    m_errorIcon = new QLabel;
    m_errorIcon->setPixmap(
        colourIcon(QStringLiteral("severity-error")).pixmap(QSize(20, 20), devicePixelRatioF()));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("downloadError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *errorRow = new QHBoxLayout;
    errorRow->addWidget(m_errorIcon, 0, Qt::AlignTop);
    errorRow->addWidget(m_error, 1);
    showError(QString());

    m_model = new QStandardItemModel(0, ColCount, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Artifact"), tr("Run"), tr("Branch"), tr("Size"), tr("Status"), tr("Note")});
    m_table = new TableView;
    m_table->setSourceModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->sortByColumn(ColRun, Qt::DescendingOrder); // newest run first, as fetched
    m_table->setMinimumHeight(160);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000); // per mille: smooth, whatever the number of artifacts
    m_progress->setValue(0);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("downloadStatus"));
    m_status->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_download = m_buttons->addButton(tr("&Download"), QDialogButtonBox::ActionRole);
    m_download->setDefault(true);
    m_cancel = m_buttons->addButton(tr("Cancel download"), QDialogButtonBox::ActionRole);
    m_cancel->setIcon(themedIcon(QStringLiteral("cancel")));
    m_cancel->setEnabled(false);
    connect(m_download, &QPushButton::clicked, this, &DownloadDialog::startDownload);
    connect(m_cancel, &QPushButton::clicked, this, &DownloadDialog::cancelDownload);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DownloadDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(errorRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(760, 600);

    const QStringList repositories =
        QSettings().value(QLatin1String(kRepositoriesKey)).toStringList();
    m_repository->addItems(repositories);
    connect(m_repository, &QComboBox::textActivated, this, &DownloadDialog::loadRemembered);
    loadRemembered(repositories.value(0));
    readTokenFromKeychain();
}

DownloadDialog::~DownloadDialog()
{
    if (m_job)
        m_job->cancel();
}

bool DownloadDialog::isRunning() const
{
    return m_job && m_job->isRunning();
}

void DownloadDialog::loadRemembered(const QString &repository)
{
    if (repository.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(QLatin1String(kRepoGroup) + repository);
    m_repository->setCurrentText(repository);
    m_workflow->setText(settings.value(QStringLiteral("workflow")).toString());
    m_branch->setText(settings.value(QStringLiteral("branch"), QStringLiteral("main")).toString());
    m_successfulOnly->setChecked(settings.value(QStringLiteral("successfulOnly"), true).toBool());
    m_runs->setValue(settings.value(QStringLiteral("runs"), 10).toInt());
    m_patterns->setText(settings.value(QStringLiteral("artifacts")).toString());
    m_apiUrl->setText(
        settings.value(QStringLiteral("apiUrl"), QStringLiteral("https://api.github.com"))
            .toString());
    m_outDir->setText(settings.value(QStringLiteral("outDir")).toString());
}

void DownloadDialog::remember()
{
    const QString repository = m_repository->currentText().trimmed();
    QSettings settings;
    QStringList repositories = settings.value(QLatin1String(kRepositoriesKey)).toStringList();
    repositories.removeAll(repository);
    repositories.prepend(repository);
    while (repositories.size() > kMaxRepositories)
        repositories.removeLast();
    settings.setValue(QLatin1String(kRepositoriesKey), repositories);
    settings.beginGroup(QLatin1String(kRepoGroup) + repository);
    settings.setValue(QStringLiteral("workflow"), m_workflow->text().trimmed());
    settings.setValue(QStringLiteral("branch"), m_branch->text().trimmed());
    settings.setValue(QStringLiteral("successfulOnly"), m_successfulOnly->isChecked());
    settings.setValue(QStringLiteral("runs"), m_runs->value());
    settings.setValue(QStringLiteral("artifacts"), m_patterns->text().trimmed());
    settings.setValue(QStringLiteral("apiUrl"), m_apiUrl->text().trimmed());
    settings.setValue(QStringLiteral("outDir"), m_outDir->text().trimmed());
}

QString DownloadDialog::defaultOutDir() const
{
    QString repository = m_repository->currentText().trimmed();
    repository.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("github/") + repository);
}

void DownloadDialog::browseOutDir()
{
    const QString start = m_outDir->text().isEmpty() ? defaultOutDir() : m_outDir->text();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Save artifacts to"), start);
    if (!dir.isEmpty())
        m_outDir->setText(QDir::toNativeSeparators(dir));
}

void DownloadDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    m_errorIcon->setVisible(!text.isEmpty());
}

void DownloadDialog::setRunning(bool running)
{
    for (QWidget *input : std::as_const(m_inputs))
        input->setEnabled(!running);
    m_download->setEnabled(!running);
    m_cancel->setEnabled(running);
}

void DownloadDialog::startDownload()
{
    if (isRunning())
        return;
    showError(QString());
    FetchOptions options;
    const QStringList repository = m_repository->currentText().trimmed().split(QLatin1Char('/'));
    options.owner = repository.value(0);
    options.repo = repository.size() == 2 ? repository.at(1) : QString();
    options.workflow = m_workflow->text().trimmed();
    options.branch = m_branch->text().trimmed();
    options.status =
        m_successfulOnly->isChecked() ? QStringLiteral("success") : QStringLiteral("any");
    options.runs = m_runs->value();
    options.artifactPatterns =
        m_patterns->text().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    options.apiUrl = QUrl(m_apiUrl->text().trimmed(), QUrl::StrictMode);
    if (m_outDir->text().trimmed().isEmpty())
        m_outDir->setText(QDir::toNativeSeparators(defaultOutDir()));
    options.outDir = QDir::fromNativeSeparators(m_outDir->text().trimmed());
    const QString typed = m_token->text().trimmed();
    options.token = typed.isEmpty() ? tokenFromEnvironment().token : typed;
    if (const QString problem = FetchJob::validate(options); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    remember();
    storeTokenInKeychain(typed);

    m_model->removeRows(0, m_model->rowCount());
    m_doneArtifacts = 0;
    m_progress->setValue(0);
    delete m_job;
    m_job = new FetchJob(options, NetworkPolicy(), this);
    // FetchJob's progress is English (the CLI prints it): shown in the window's language.
    connect(m_job, &FetchJob::message, m_status,
            [this](const QString &text) { m_status->setText(inReportLanguage(text)); });
    connect(m_job, &FetchJob::artifactChanged, this, &DownloadDialog::updateArtifact);
    connect(m_job, &FetchJob::downloadProgress, this,
            [this](int, qint64 received, qint64 total) { updateProgress(received, total); });
    connect(m_job, &FetchJob::finished, this, &DownloadDialog::onFinished);
    setRunning(true);
    m_job->start();
}

void DownloadDialog::cancelDownload()
{
    if (isRunning())
        m_job->cancel();
}

void DownloadDialog::reject()
{
    cancelDownload();
    QDialog::reject();
}

void DownloadDialog::updateArtifact(int index, const ArtifactState &state)
{
    if (index >= m_model->rowCount()) {
        QList<QStandardItem *> row;
        for (int c = 0; c < ColCount; ++c) {
            auto *item = new QStandardItem;
            item->setEditable(false);
            row.append(item);
        }
        m_model->appendRow(row);
    }
    auto set = [&](int column, const QString &text, const QVariant &sortValue = QVariant()) {
        QStandardItem *item = m_model->item(index, column);
        item->setText(text);
        item->setData(sortValue.isValid() ? sortValue : QVariant(text), SortRole);
    };
    set(ColArtifact, state.artifact.name);
    set(ColRun, QStringLiteral("%1 (#%2)").arg(state.run.id).arg(state.run.runNumber),
        state.run.id);
    set(ColBranch, state.run.headBranch);
    set(ColSize, QLocale().formattedDataSize(state.artifact.sizeInBytes),
        state.artifact.sizeInBytes);
    set(ColStatus, inReportLanguage(statusText(state.status)));
    set(ColNote, inReportLanguage(state.note));
    m_model->item(index, ColNote)->setToolTip(inReportLanguage(state.note));
    if (state.status != ArtifactStatus::Queued && state.status != ArtifactStatus::Downloading) {
        m_doneArtifacts = 0;
        for (const ArtifactState &a : m_job->summary().artifacts)
            m_doneArtifacts +=
                a.status != ArtifactStatus::Queued && a.status != ArtifactStatus::Downloading;
        updateProgress(0, -1);
    }
}

void DownloadDialog::updateProgress(qint64 received, qint64 total)
{
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    const double current = total > 0 ? double(received) / double(total) : 0.0;
    m_progress->setValue(static_cast<int>(1000.0 * (m_doneArtifacts + current) / count));
}

void DownloadDialog::onFinished(const FetchSummary &summary)
{
    setRunning(false);
    m_status->setText(summaryLine(summary));
    if (!summary.error.isEmpty()) {
        showError(inReportLanguage(summary.error));
        return;
    }
    if (summary.cancelled)
        return;
    m_progress->setValue(1000);
    if (summary.failed > 0)
        showError(
            tr("%n artifact(s) could not be stored; the table says why.", nullptr, summary.failed));
    if (summary.downloaded + summary.alreadyStored > 0)
        emit downloaded(summary.outDir);
    else
        showError(tr("No artifact matched: check the branch, the workflow and the artifact "
                     "patterns."));
    if (summary.ok() && summary.downloaded + summary.alreadyStored > 0)
        accept();
}

void DownloadDialog::readTokenFromKeychain()
{
#ifdef GATEHOUSE_HAVE_KEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(keychainService(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(keychainKey(m_apiUrl->text()));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() != QKeychain::NoError || m_tokenTyped || !m_token->text().isEmpty())
            return;
        m_token->setText(job->textData());
        m_rememberToken->setChecked(true);
        m_keychainHasToken = true;
    });
    job->start();
#endif
}

void DownloadDialog::storeTokenInKeychain(const QString &token)
{
#ifdef GATEHOUSE_HAVE_KEYCHAIN
    QKeychain::Job *job = nullptr;
    if (m_rememberToken->isChecked() && !token.isEmpty()) {
        auto *write = new QKeychain::WritePasswordJob(keychainService(), this);
        write->setTextData(token);
        job = write;
    } else if (!m_rememberToken->isChecked() && m_keychainHasToken) {
        m_keychainHasToken = false; // the operator unticked "Remember": forget it
        job = new QKeychain::DeletePasswordJob(keychainService(), this);
    } else {
        return;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keychainKey(m_apiUrl->text()));
    job->start();
#else
    Q_UNUSED(token)
#endif
}

} // namespace gatehouse::ui
