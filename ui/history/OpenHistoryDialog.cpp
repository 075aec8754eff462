#include "OpenHistoryDialog.h"

#include "StoreKeychain.h"
#include "history/StorePasswords.h"
#include "history/StoreUrl.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {

QDateEdit *dateEdit(const QString &name)
{
    auto *edit = new QDateEdit(QDate::currentDate());
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

OpenHistoryDialog::OpenHistoryDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Open History"));
    setObjectName(QStringLiteral("openHistoryDialog"));
    auto *layout = new QVBoxLayout(this);

    m_sqlite = new QRadioButton(tr("&SQLite file"));
    m_sqlite->setObjectName(QStringLiteral("sqliteButton"));
    m_sqlite->setChecked(true);
    m_sqlitePath = new QLineEdit(defaultStorePath());
    m_sqlitePath->setObjectName(QStringLiteral("sqlitePath"));
    auto *browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Open History Store"), m_sqlitePath->text(),
                                         tr("History stores (*.sqlite);;All files (*)"));
        if (!file.isEmpty())
            m_sqlitePath->setText(file);
    });
    auto *sqliteRow = new QHBoxLayout;
    sqliteRow->addWidget(m_sqlitePath, 1);
    sqliteRow->addWidget(browse);

    m_postgres = new QRadioButton(tr("&PostgreSQL"));
    m_postgres->setObjectName(QStringLiteral("postgresButton"));
    m_postgresUrl = new QLineEdit;
    m_postgresUrl->setObjectName(QStringLiteral("postgresUrl"));
    m_postgresUrl->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/dbname"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: PGPASSWORD or ~/.pgpass"));
    m_remember = new QCheckBox(tr("Remember in the system &keychain"));
    m_remember->setObjectName(QStringLiteral("rememberPassword"));

    auto *store = new QFormLayout;
    store->addRow(m_sqlite, sqliteRow);
    store->addRow(m_postgres, m_postgresUrl);
    store->addRow(tr("Pass&word:"), m_password);
    store->addRow(QString(), m_remember);
    layout->addLayout(store);

    m_repository = new QLineEdit;
    m_repository->setObjectName(QStringLiteral("repository"));
    m_repository->setPlaceholderText(tr("OWNER/NAME; empty: every repository"));
    m_workflow = new QLineEdit;
    m_workflow->setObjectName(QStringLiteral("workflow"));
    m_workflow->setPlaceholderText(tr("workflow name; empty: every workflow"));
    m_fromEnabled = new QCheckBox(tr("&From"));
    m_fromEnabled->setObjectName(QStringLiteral("fromEnabled"));
    m_toEnabled = new QCheckBox(tr("&To"));
    m_toEnabled->setObjectName(QStringLiteral("toEnabled"));
    m_from = dateEdit(QStringLiteral("from"));
    m_from->setDate(QDate::currentDate().addDays(-90));
    m_to = dateEdit(QStringLiteral("to"));
    auto *filter = new QFormLayout;
    filter->addRow(tr("&Repository:"), m_repository);
    filter->addRow(tr("Wor&kflow:"), m_workflow);
    filter->addRow(m_fromEnabled, m_from);
    filter->addRow(m_toEnabled, m_to);
    layout->addLayout(filter);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenHistoryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    for (QAbstractButton *b :
         {static_cast<QAbstractButton *>(m_sqlite), static_cast<QAbstractButton *>(m_postgres),
          static_cast<QAbstractButton *>(m_fromEnabled),
          static_cast<QAbstractButton *>(m_toEnabled)})
        connect(b, &QAbstractButton::toggled, this, &OpenHistoryDialog::updateEnabled);
    updateEnabled();
}

void OpenHistoryDialog::updateEnabled()
{
    const bool postgres = m_postgres->isChecked();
    m_sqlitePath->setEnabled(!postgres);
    m_postgresUrl->setEnabled(postgres);
    m_password->setEnabled(postgres);
    m_remember->setEnabled(postgres);
    m_from->setEnabled(m_fromEnabled->isChecked());
    m_to->setEnabled(m_toEnabled->isChecked());
}

void OpenHistoryDialog::accept()
{
    const bool postgres = m_postgres->isChecked();
    const QString text = postgres ? m_postgresUrl->text().trimmed()
                                  : QStringLiteral("sqlite:") + m_sqlitePath->text().trimmed();
    QString error;
    std::optional<StoreUrl> url = parseStoreUrl(text, &error);
    if (url && !postgres && !QFileInfo::exists(url->path))
        error = tr("%1: no such file").arg(url->path);
    if (!url || !error.isEmpty()) {
        m_error->setText(error);
        m_error->setVisible(true);
        return;
    }
    StoreFilter filter;
    filter.repository = m_repository->text().trimmed();
    filter.workflow = m_workflow->text().trimmed();
    if (m_fromEnabled->isChecked())
        filter.from = m_from->date();
    if (m_toEnabled->isChecked())
        filter.to = m_to->date();
    const QString password = !m_password->text().isEmpty() ? m_password->text() : url->password;
    if (postgres && !password.isEmpty()) {
        rememberStorePassword(*url, password);
        if (m_remember->isChecked())
            saveStorePassword(url->display(), password, parent() ? parent() : this);
    }
    m_source = withFilter(*url, filter); // no password: that is what the recent list keeps
    QDialog::accept();
}

} // namespace gatehouse::ui
