#include "PostgresCluster.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVersionNumber>

#include <csignal>
#include <grp.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kInitdbTimeoutMs = 120000;
constexpr int kStartTimeoutMs = 60000;
constexpr int kStopTimeoutMs = 15000;
constexpr int kPortAttempts = 3;

std::unique_ptr<PostgresCluster> s_shared;

// The account the cluster runs as: initdb and postgres refuse to run as root.
struct ClusterUser {
    bool switchUser = false;
    uid_t uid = 0;
    gid_t gid = 0;
};

ClusterUser clusterUser() {
    ClusterUser user;
    if (::geteuid() != 0)
        return user;
    for (const char* name : {"postgres", "nobody"}) {
        if (const passwd* entry = ::getpwnam(name)) {
            user.switchUser = true;
            user.uid = entry->pw_uid;
            user.gid = entry->pw_gid;
            break;
        }
    }
    return user;
}

// A port nobody listens on right now; the postmaster binds it a moment later (retried if it lost the race).
quint16 freePort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

void runAsClusterUser(QProcess& process, const ClusterUser& user, int deathSignal) {
    process.setChildProcessModifier([user, deathSignal] {
        if (user.switchUser) {
            if (::setgroups(0, nullptr) != 0 || ::setgid(user.gid) != 0 || ::setuid(user.uid) != 0)
                ::_exit(126);
        }
        // After the switch: changing the user clears the parent-death signal.
        ::prctl(PR_SET_PDEATHSIG, deathSignal);
    });
}

QString findBinDir() {
    const QString configured = qEnvironmentVariable("THEKE_PG_BINDIR");
    if (!configured.isEmpty())
        return configured;
    QVersionNumber newest;
    QString found;
    const QDir versions(u"/usr/lib/postgresql"_s);
    for (const QString& version : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = versions.filePath(version + u"/bin"_s);
        const QVersionNumber number = QVersionNumber::fromString(version);
        if (QFileInfo::exists(bin + u"/initdb"_s) && number > newest) {
            newest = number;
            found = bin;
        }
    }
    if (!found.isEmpty())
        return found;
    const QString initdb = QStandardPaths::findExecutable(u"initdb"_s);
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

QString adminConnectionName(const PostgresCluster* cluster) {
    return u"theke-pg-cluster-%1"_s.arg(quintptr(cluster));
}

} // namespace

PostgresCluster::PostgresCluster() = default;

PostgresCluster::~PostgresCluster() {
    stop();
}

PostgresCluster* PostgresCluster::shared(QString* errorString) {
    if (!s_shared) {
        s_shared = std::make_unique<PostgresCluster>();
        // With the application, not at static destruction: QProcess and Qt Sql still work then.
        qAddPostRoutine([] { s_shared.reset(); });
    }
    if (!s_shared->isRunning() && !s_shared->start()) {
        if (errorString)
            *errorString = s_shared->errorString();
        return nullptr;
    }
    return s_shared.get();
}

bool PostgresCluster::isRunning() const {
    return m_postmaster && m_postmaster->state() != QProcess::NotRunning;
}

QString PostgresCluster::binary(const QString& name) const {
    return m_binDir + u"/"_s + name;
}

bool PostgresCluster::fail(const QString& reason) {
    m_error = reason;
    if (m_dir) {
        QFile log(m_dir->filePath(u"postmaster.log"_s));
        if (log.open(QIODevice::ReadOnly))
            m_error += u"\n--- postmaster log ---\n"_s + QString::fromUtf8(log.readAll().right(4000));
    }
    stop();
    return false;
}

bool PostgresCluster::run(const QString& program, const QStringList& arguments, int timeoutMs) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir->path());
    runAsClusterUser(process, clusterUser(), SIGKILL);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        m_error = u"%1 failed (%2): %3"_s.arg(program, process.errorString(),
                                              QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool PostgresCluster::start() {
    if (isRunning())
        return true;
    m_error.clear();
    m_binDir = findBinDir();
    if (m_binDir.isEmpty())
        return fail(
            u"no PostgreSQL server binaries (initdb) found; run scripts/deps or set THEKE_PG_BINDIR"_s);
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/theke-pg-XXXXXX"_s);
    if (!m_dir->isValid())
        return fail(u"cannot create a temporary directory: "_s + m_dir->errorString());
    const ClusterUser user = clusterUser();
    if (user.switchUser && ::chown(QFile::encodeName(m_dir->path()).constData(), user.uid, user.gid) != 0)
        return fail(u"cannot hand the temporary directory to the cluster user"_s);

    const QString dataDir = m_dir->filePath(u"data"_s);
    if (!run(binary(u"initdb"_s),
             {u"-D"_s, dataDir, u"-U"_s, userName(), u"-A"_s, u"trust"_s, u"-E"_s, u"UTF8"_s, u"--locale=C"_s,
              u"--no-sync"_s, u"--no-instructions"_s},
             kInitdbTimeoutMs))
        return fail(m_error);

    for (int attempt = 0; attempt < kPortAttempts; ++attempt) {
        m_port = freePort();
        m_postmaster = std::make_unique<QProcess>();
        m_postmaster->setWorkingDirectory(m_dir->path());
        m_postmaster->setStandardOutputFile(m_dir->filePath(u"postmaster.log"_s), QIODevice::Append);
        m_postmaster->setStandardErrorFile(m_dir->filePath(u"postmaster.log"_s), QIODevice::Append);
        // SIGQUIT: immediate shutdown if the test process dies without cleaning up.
        runAsClusterUser(*m_postmaster, user, SIGQUIT);
        // Throwaway data: no fsync. Enough connections for several servers of up to 64 worker threads each.
        m_postmaster->start(binary(u"postgres"_s),
                            {u"-D"_s, dataDir, u"-p"_s, QString::number(m_port), u"-k"_s, m_dir->path(),
                             u"-c"_s, u"listen_addresses=127.0.0.1"_s, u"-c"_s, u"fsync=off"_s, u"-c"_s,
                             u"synchronous_commit=off"_s, u"-c"_s, u"full_page_writes=off"_s, u"-c"_s,
                             u"max_connections=400"_s});
        if (!m_postmaster->waitForStarted(kStartTimeoutMs))
            return fail(u"cannot start postgres: "_s + m_postmaster->errorString());
        if (waitUntilAccepting(kStartTimeoutMs))
            return true;
        if (isRunning())
            return fail(u"postgres did not accept connections within %1 ms"_s.arg(kStartTimeoutMs));
        m_postmaster.reset(); // exited: most likely the port was taken meanwhile
    }
    return fail(u"postgres did not start (port taken %1 times?)"_s.arg(kPortAttempts));
}

bool PostgresCluster::waitUntilAccepting(int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, adminConnectionName(this));
    db.setHostName(u"127.0.0.1"_s);
    db.setPort(m_port);
    db.setUserName(userName());
    db.setDatabaseName(u"postgres"_s);
    while (!deadline.hasExpired()) {
        if (!isRunning())
            return false;
        if (db.open())
            return true;
        QThread::msleep(100);
    }
    return false;
}

QString PostgresCluster::createDatabase() {
    QSqlDatabase db = QSqlDatabase::database(adminConnectionName(this), false);
    if (!isRunning() || !db.isOpen()) {
        m_error = u"the PostgreSQL test cluster is not running"_s;
        return {};
    }
    const QString name = u"theke_test_%1"_s.arg(m_nextDatabase++);
    QSqlQuery query(db);
    if (!query.exec(u"CREATE DATABASE "_s + name)) {
        m_error = u"CREATE DATABASE failed: "_s + query.lastError().text();
        return {};
    }
    return name;
}

QString PostgresCluster::url(const QString& database) const {
    return u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(userName()).arg(m_port).arg(database);
}

void PostgresCluster::stop() {
    if (QSqlDatabase::contains(adminConnectionName(this))) {
        QSqlDatabase::database(adminConnectionName(this), false).close();
        QSqlDatabase::removeDatabase(adminConnectionName(this));
    }
    if (m_postmaster && m_postmaster->state() != QProcess::NotRunning) {
        ::kill(pid_t(m_postmaster->processId()), SIGINT); // fast shutdown: disconnects the clients
        if (!m_postmaster->waitForFinished(kStopTimeoutMs)) {
            m_postmaster->kill();
            m_postmaster->waitForFinished(kStopTimeoutMs);
        }
    }
    m_postmaster.reset();
    m_dir.reset();
}
