#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A throwaway PostgreSQL cluster for tests: initdb into a temporary directory, the postmaster on a
// free 127.0.0.1 port (trust authentication, fsync off), a fresh database per createDatabase().
// Run as root, the cluster belongs to the unprivileged user "postgres" (or "nobody"): initdb refuses
// root. The postmaster dies with the test process (PR_SET_PDEATHSIG); stop() or the destructor shuts
// it down and removes the directory. The binaries come from THEKE_PG_BINDIR, pg_config --bindir or
// /usr/lib/postgresql/<newest>/bin.
class PostgresCluster {
public:
    PostgresCluster();
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster&) = delete;
    PostgresCluster& operator=(const PostgresCluster&) = delete;

    // One cluster per test process, started on first use; null with the reason in errorString() when
    // it cannot start.
    static PostgresCluster* shared(QString* errorString = nullptr);

    bool start();
    void stop();
    bool isRunning() const;

    // CREATE DATABASE with a new name; empty with errorString() set when it fails.
    QString createDatabase();
    // postgresql://theke@127.0.0.1:<port>/<database>
    QString url(const QString& database) const;
    quint16 port() const { return m_port; }
    QString userName() const { return QStringLiteral("theke"); }
    QString errorString() const { return m_error; }

private:
    bool fail(const QString& reason);
    bool run(const QString& program, const QStringList& arguments, int timeoutMs);
    bool waitUntilAccepting(int timeoutMs);
    QString binary(const QString& name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_postmaster;
    QString m_binDir;
    quint16 m_port = 0;
    int m_nextDatabase = 1;
    QString m_error;
};
