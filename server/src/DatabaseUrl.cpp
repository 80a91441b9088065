#include "DatabaseUrl.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

DatabaseUrl DatabaseUrl::sqliteFile(const QString& filePath) {
    DatabaseUrl url;
    url.filePath = filePath;
    return url;
}

Result<DatabaseUrl> DatabaseUrl::parsePostgres(const QString& text) {
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres"))
        return makeError(u"usage", u"--database must be postgresql://USER@HOST:PORT/DBNAME"_s);
    DatabaseUrl parsed;
    parsed.engine = Engine::Postgres;
    parsed.host = url.host();
    parsed.port = url.port(5432);
    parsed.user = url.userName(QUrl::FullyDecoded);
    parsed.password = url.password(QUrl::FullyDecoded);
    parsed.databaseName = url.path(QUrl::FullyDecoded).mid(1);
    // ?sslmode=verify-full&sslrootcert=… : libpq connection parameters, checked by libpq when connecting.
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items) {
        if (key.contains(u';') || value.contains(u';'))
            return makeError(u"usage", u"--database: a connection parameter must not contain ';'"_s);
        parsed.parameters.append(key + u"="_s + value);
    }
    if (parsed.host.isEmpty() || parsed.databaseName.isEmpty() || parsed.databaseName.contains(u'/'))
        return makeError(u"usage", u"--database needs a host and a database name, e.g. "
                                   "postgresql://theke@db.example:5432/theke"_s);
    return parsed;
}

QString DatabaseUrl::displayText() const {
    if (engine == Engine::Sqlite)
        return filePath;
    const QString user = this->user.isEmpty() ? QString() : this->user + u"@"_s;
    return u"postgresql://%1%2:%3/%4"_s.arg(user, host).arg(port).arg(databaseName);
}
