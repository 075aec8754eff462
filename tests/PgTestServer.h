#pragma once
// A real PostgreSQL server for the history-store tests: initdb in a temporary folder,
// started on a Unix socket there (no TCP port), stopped when the object goes. Uses Debian's
// server binaries (/usr/lib/postgresql/<version>/bin, package postgresql). PostgreSQL
// refuses to run as root: under root (CI) the server runs as the unprivileged system user
// gatehouse-pg, created on first use; otherwise as the current user.
#include <QDir>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <unistd.h>

namespace pg_test {

class PgTestServer
{
public:
    PgTestServer()
    {
        const QDir lib(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (auto it = versions.crbegin(); it != versions.crend(); ++it)
            if (QFile::exists(lib.filePath(*it + QStringLiteral("/bin/initdb")))) {
                m_bin = lib.filePath(*it + QStringLiteral("/bin/"));
                break;
            }
        if (m_bin.isEmpty()) {
            m_problem = QStringLiteral("no PostgreSQL server binaries under /usr/lib/postgresql");
            return;
        }
        if (!m_dir.isValid() || !QDir().mkpath(socketDir())) {
            m_problem = QStringLiteral("cannot create a temporary folder");
            return;
        }
        if (::geteuid() == 0 && !prepareUnprivilegedUser())
            return;
        if (!run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-A"), QStringLiteral("trust"),
                  QStringLiteral("-U"), user(), QStringLiteral("--no-sync"), QStringLiteral("-E"),
                  QStringLiteral("UTF8")}))
            return;
        // fsync off: the server dies with the test, durability is not what is tested.
        const QString options = QStringLiteral("-k %1 -c listen_addresses='' -c fsync=off "
                                               "-c max_connections=40")
                                    .arg(socketDir());
        m_started = run(QStringLiteral("pg_ctl"),
                        {QStringLiteral("-D"), dataDir(), QStringLiteral("-o"), options,
                         QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")),
                         QStringLiteral("-w"), QStringLiteral("start")});
    }

    ~PgTestServer()
    {
        if (m_started)
            run(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("immediate"),
                 QStringLiteral("-w"), QStringLiteral("stop")});
    }

    bool isRunning() const { return m_started; }
    QString problem() const { return m_problem; }

    // A new, empty database and the store URL for it (Unix socket, trust authentication).
    QString newDatabaseUrl(const QString &name)
    {
        if (!run(QStringLiteral("createdb"),
                 {QStringLiteral("-h"), socketDir(), QStringLiteral("-U"), user(), name}))
            return QString();
        return QStringLiteral("postgresql://%1@/%2?host=%3").arg(user(), name, socketDir());
    }

private:
    static QString user() { return QStringLiteral("gatehouse"); }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString socketDir() const { return m_dir.filePath(QStringLiteral("socket")); }

    bool prepareUnprivilegedUser()
    {
        m_runAs = QStringLiteral("gatehouse-pg");
        if (QProcess::execute(QStringLiteral("id"), {QStringLiteral("-u"), m_runAs}) != 0 &&
            QProcess::execute(QStringLiteral("useradd"),
                              {QStringLiteral("--system"), QStringLiteral("--no-create-home"),
                               QStringLiteral("--shell"), QStringLiteral("/usr/sbin/nologin"),
                               m_runAs}) != 0) {
            m_problem = QStringLiteral("cannot create the system user gatehouse-pg");
            return false;
        }
        if (QProcess::execute(QStringLiteral("chown"),
                              {QStringLiteral("-R"), m_runAs, m_dir.path()}) != 0) {
            m_problem = QStringLiteral("cannot hand the temporary folder to gatehouse-pg");
            return false;
        }
        return true;
    }

    bool run(const QString &tool, const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(m_dir.path()); // readable by the server user, unlike $HOME
        if (m_runAs.isEmpty())
            p.start(m_bin + tool, args);
        else
            p.start(QStringLiteral("runuser"),
                    QStringList{QStringLiteral("-u"), m_runAs, QStringLiteral("--"), m_bin + tool} +
                        args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0) {
            m_problem =
                QStringLiteral("%1 failed: %2").arg(tool, QString::fromLocal8Bit(p.readAll()));
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_bin, m_runAs, m_problem;
    bool m_started = false;
};

} // namespace pg_test
