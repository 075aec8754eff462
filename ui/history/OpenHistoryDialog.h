#pragma once
// File > Open History…: a history store (SPEC §12) to open like a folder — a SQLite file or
// a PostgreSQL URL, with the repository/workflow and date-range filter of the load. The
// password of a PostgreSQL store is asked for here and kept in memory for the session, and
// in the system keychain when "Remember" is ticked; never in the settings: the source this
// dialog gives (and the recent list keeps) is the URL without it.
#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace gatehouse::ui {

class OpenHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenHistoryDialog(QWidget *parent = nullptr);

    // After accept: the store URL with its filter, no password.
    QString source() const { return m_source; }

    void accept() override;

private:
    void updateEnabled();

    QRadioButton *m_sqlite = nullptr;
    QRadioButton *m_postgres = nullptr;
    QLineEdit *m_sqlitePath = nullptr;
    QLineEdit *m_postgresUrl = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLineEdit *m_repository = nullptr;
    QLineEdit *m_workflow = nullptr;
    QCheckBox *m_fromEnabled = nullptr;
    QCheckBox *m_toEnabled = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_error = nullptr;
    QString m_source;
};

} // namespace gatehouse::ui
