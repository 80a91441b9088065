#include "TestServer.h"

#include "PostgresCluster.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace {

constexpr int kStopTimeoutMs = 10000;
constexpr int kKillTimeoutMs = 5000;
const QString kDatabaseNameFile = QStringLiteral("postgresql-database");

} // namespace

TestServer::TestServer()
    : TestServer(Options{}) {}

TestServer::TestServer(Options options)
    : m_options(std::move(options))
    , m_tempDir(std::make_unique<QTemporaryDir>()) {}

TestServer::~TestServer() {
    stop();
}

QString TestServer::dataDir() const {
    if (!m_options.dataDir.isEmpty())
        return m_options.dataDir;
    return m_tempDir->isValid() ? m_tempDir->filePath(u"data"_s) : QString();
}

QString TestServer::logFilePath() const {
    return m_tempDir->isValid() ? m_tempDir->filePath(u"server.log"_s) : QString();
}

QByteArray TestServer::serverOutput() const {
    QFile log(logFilePath());
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return log.readAll();
}

bool TestServer::isRunning() const {
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool TestServer::fail(const QString& reason) {
    m_error = reason;
    const QByteArray output = serverOutput();
    if (!output.isEmpty())
        m_error += u"\n--- server stderr ---\n"_s + QString::fromUtf8(output);
    stop();
    return false;
}

bool TestServer::start(int timeoutMs) {
    if (isRunning())
        return true;
    m_error.clear();
    m_url.clear();
    m_port = 0;
    if (!m_tempDir->isValid())
        return fail(u"cannot create a temporary directory: "_s + m_tempDir->errorString());

    QStringList args{u"--data"_s, dataDir(), u"--listen"_s, u"127.0.0.1:0"_s};
    if (usesPostgres() && !preparePostgres(args))
        return false;
    if (m_options.demoCustomers > 0)
        args << u"--demo-customers"_s << QString::number(m_options.demoCustomers);
    args << u"--seed"_s << QString::number(m_options.seed);
    for (const QString& code : std::as_const(m_options.enrollCodes))
        args << u"--enroll-code"_s << code;
    for (const QString& fault : std::as_const(m_options.faults))
        args << u"--fault"_s << fault;
    if (!m_options.faults.isEmpty())
        args << u"--fault-seed"_s << QString::number(m_options.faultSeed);
    args << m_options.extraArgs;

    const QString program =
        m_options.program.isEmpty() ? QStringLiteral(THEKE_SERVER_PATH) : m_options.program;
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(program);
    m_process->setArguments(args);
    // stderr to a file: a pipe nobody drains would fill up and block a chatty server.
    m_process->setStandardErrorFile(logFilePath(), QIODevice::Append);
#ifdef Q_OS_LINUX
    // When the test dies without running destructors (crash, ctest timeout), the server goes with it
    // instead of living on as an orphan on a shared machine.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process->start(QIODevice::ReadOnly);
    if (!m_process->waitForStarted(timeoutMs))
        return fail(u"cannot start %1: %2"_s.arg(program, m_process->errorString()));

    const QDeadlineTimer deadline(timeoutMs);
    QByteArray buffer;
    while (!buffer.contains('\n')) {
        if (!m_process->waitForReadyRead(int(deadline.remainingTime()))) {
            buffer += m_process->readAllStandardOutput();
            if (buffer.contains('\n'))
                break;
            if (m_process->state() == QProcess::NotRunning)
                return fail(
                    u"theke-server exited with code %1 before listening"_s.arg(m_process->exitCode()));
            if (deadline.hasExpired())
                return fail(u"theke-server did not report its port within %1 ms"_s.arg(timeoutMs));
            continue;
        }
        buffer += m_process->readAllStandardOutput();
    }

    const QString firstLine = QString::fromUtf8(buffer.left(buffer.indexOf('\n'))).trimmed();
    static const QRegularExpression kListening(u"^listening on (http://127\\.0\\.0\\.1:(\\d+))$"_s);
    const QRegularExpressionMatch match = kListening.match(firstLine);
    if (!match.hasMatch())
        return fail(u"unexpected first line from theke-server: "_s + firstLine);
    m_port = quint16(match.captured(2).toUInt());
    m_url = QUrl(match.captured(1));
    return true;
}

bool TestServer::usesPostgres() {
    return qEnvironmentVariable("THEKE_TEST_DATABASE") == u"postgresql";
}

bool TestServer::preparePostgres(QStringList& args) {
    QString clusterError;
    PostgresCluster* cluster = PostgresCluster::shared(&clusterError);
    if (!cluster)
        return fail(u"no PostgreSQL test cluster: "_s + clusterError);
    if (!QDir().mkpath(dataDir()))
        return fail(u"cannot create "_s + dataDir());
    QFile nameFile(QDir(dataDir()).filePath(kDatabaseNameFile));
    QString database;
    if (nameFile.open(QIODevice::ReadOnly))
        database = QString::fromUtf8(nameFile.readAll()).trimmed();
    nameFile.close();
    if (database.isEmpty()) {
        database = cluster->createDatabase();
        if (database.isEmpty())
            return fail(cluster->errorString());
        if (!nameFile.open(QIODevice::WriteOnly) || nameFile.write(database.toUtf8()) < 0)
            return fail(u"cannot write "_s + nameFile.fileName());
    }
    m_databaseUrl = cluster->url(database);
    args << u"--database"_s << m_databaseUrl;
    return true;
}

QSqlDatabase TestServer::openDatabase(const QString& connectionName) const {
    if (!usesPostgres()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        db.setDatabaseName(QDir(dataDir()).filePath(u"theke-server.sqlite"_s));
        db.open();
        return db;
    }
    const QUrl url(m_databaseUrl);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    db.open();
    return db;
}

void TestServer::stop() {
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM: the server stops cleanly and exits 0
        if (!m_process->waitForFinished(kStopTimeoutMs)) {
            m_process->kill();
            m_process->waitForFinished(kKillTimeoutMs);
        }
    }
    m_exitCode = m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    m_process.reset();
}
