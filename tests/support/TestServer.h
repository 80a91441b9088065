#pragma once

#include <QProcess>
#include <QSqlDatabase>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// Starts the real theke-server on 127.0.0.1 with port 0 and a temporary data directory,
// reads the port from its first stdout line, and stops it on destruction.
// With THEKE_TEST_DATABASE=postgresql in the environment the server keeps its data in a fresh database
// of the test process's throwaway PostgreSQL cluster (PostgresCluster::shared()) instead of SQLite; a
// restart on the same dataDir finds the same database again (its name is kept in the data directory).
class TestServer {
public:
    struct Options {
        int demoCustomers = 0;
        int seed = 1;
        QStringList enrollCodes; // one-time enrollment codes to register
        QStringList extraArgs;   // e.g. {"--test-mode"}
        QString dataDir;         // reuse a directory (restart); empty: a fresh temp dir
        QStringList faults;      // --fault SPEC each (the server needs --test-mode in extraArgs for these)
        int faultSeed = 1;       // --fault-seed, passed when faults is not empty
        QString program;         // the server binary; empty: the theke-server of this build
    };

    TestServer();
    explicit TestServer(Options options);
    ~TestServer();

    // Starts and waits for the "listening on" line; false with a reason in errorString() otherwise.
    bool start(int timeoutMs = 120000);
    void stop();
    bool isRunning() const;

    QUrl url() const { return m_url; } // http://127.0.0.1:<port>
    quint16 port() const { return m_port; }
    QString dataDir() const;
    qint64 processId() const { return m_process ? m_process->processId() : 0; } // 0 when not running
    QString errorString() const { return m_error; }
    QByteArray serverOutput() const;            // stderr so far, for failure messages
    int exitCode() const { return m_exitCode; } // after stop(): the server's exit code, -1 if it crashed

    // True when THEKE_TEST_DATABASE=postgresql: the tests' engine switch.
    static bool usesPostgres();
    // The server's own database, opened on a new connection of that name (SQLite file or PostgreSQL),
    // for tests that check what only SQL can see. After start(); the caller removes the connection.
    QSqlDatabase openDatabase(const QString& connectionName) const;

private:
    bool fail(const QString& reason); // records reason plus server stderr, stops the process
    QString logFilePath() const;
    bool preparePostgres(QStringList& args); // a database for this data directory, --database URL

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    QString m_databaseUrl; // PostgreSQL only
    quint16 m_port = 0;
    QString m_error;
    int m_exitCode = -1;
};
