#include "Migrations.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <mutex>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMigrations, "theke.store")

// Outside any namespace, as Q_INIT_RESOURCE requires. Without this call the linker drops the
// resource object of the static theke_store library, and the app would see no migrations at all.
static void initMigrationResources() {
    static std::once_flag once;
    std::call_once(once, [] { Q_INIT_RESOURCE(migrations); });
}

namespace {

const auto kResourceDir = u":/sql"_s;

struct MigrationFile {
    int version = 0;
    QString path;
    QString name;
};

Error migrationError(const QString& detail) {
    return makeError(ErrorCode::kStoreMigration, detail);
}

// Files are NNN_name.sql numbered 1, 2, 3 … without gaps, so every database passes the same steps.
Result<QList<MigrationFile>> migrationFiles(const QString& directory) {
    static const QRegularExpression pattern(u"^(\\d+)_[A-Za-z0-9_]+\\.sql$"_s);
    QList<MigrationFile> files;
    const QDir dir(directory);
    const QStringList names = dir.entryList({u"*.sql"_s}, QDir::Files);
    for (const QString& name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            return migrationError(u"unexpected migration file name %1"_s.arg(name));
        files.append({match.captured(1).toInt(), dir.filePath(name), name});
    }
    std::sort(files.begin(), files.end(),
              [](const MigrationFile& a, const MigrationFile& b) { return a.version < b.version; });
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (files.at(i).version != i + 1)
            return migrationError(
                u"migration %1 is out of sequence (expected number %2)"_s.arg(files.at(i).name).arg(i + 1));
    }
    return files;
}

Result<int> userVersion(QSqlDatabase& db) {
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return makeError(ErrorCode::kStoreOpen, u"reading the schema version: "_s + query.lastError().text());
    return query.value(0).toInt();
}

Status applyOne(QSqlDatabase& db, const MigrationFile& file) {
    QFile source(file.path);
    if (!source.open(QIODevice::ReadOnly))
        return migrationError(u"cannot read %1: %2"_s.arg(file.name, source.errorString()));
    const QStringList statements = Migrations::splitStatements(QString::fromUtf8(source.readAll()));

    QSqlQuery query(db);
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return migrationError(u"%1: cannot begin: %2"_s.arg(file.name, query.lastError().text()));
    auto rollback = [&](const QString& detail) {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return migrationError(detail);
    };
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (!query.exec(statements.at(i)))
            return rollback(
                u"%1, statement %2: %3"_s.arg(file.name).arg(i + 1).arg(query.lastError().text()));
    }
    query.finish();
    // PRAGMA takes no bound parameters; the number comes from the file name, not from input.
    if (!query.exec(u"PRAGMA user_version = %1"_s.arg(file.version)))
        return rollback(u"%1: setting user_version: %2"_s.arg(file.name, query.lastError().text()));
    if (!query.exec(u"COMMIT"_s))
        return rollback(u"%1: commit: %2"_s.arg(file.name, query.lastError().text()));
    qCInfo(lcMigrations) << "applied schema migration" << file.version;
    return {};
}

bool isWordChar(QChar c) {
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

} // namespace

int Migrations::latestVersion() {
    initMigrationResources();
    const Result<QList<MigrationFile>> files = migrationFiles(kResourceDir);
    return files ? int(files->size()) : 0;
}

Status Migrations::apply(QSqlDatabase& db, int targetVersion) {
    initMigrationResources();
    return applyFrom(db, kResourceDir, targetVersion);
}

Status Migrations::applyFrom(QSqlDatabase& db, const QString& directory, int targetVersion) {
    const Result<QList<MigrationFile>> files = migrationFiles(directory);
    if (!files)
        return files.error();
    const int latest = int(files->size());
    if (latest == 0)
        return migrationError(u"no migrations found in %1"_s.arg(directory));
    const Result<int> current = userVersion(db);
    if (!current)
        return current.error();
    if (current.value() > latest) {
        return migrationError(
            u"the cache was created by a newer Theke version (schema %1, this version knows "
            u"up to %2)"_s.arg(current.value())
                .arg(latest));
    }
    const int target = targetVersion < 0 ? latest : std::min(targetVersion, latest);
    for (const MigrationFile& file : files.value()) {
        if (file.version <= current.value() || file.version > target)
            continue;
        if (Status applied = applyOne(db, file); !applied)
            return applied;
    }
    return {};
}

QStringList Migrations::splitStatements(const QString& sql) {
    QStringList statements;
    QString current;
    QStringList leadingWords; // the first words of the current statement, upper case
    bool trigger = false;
    bool sawBody = false;
    int depth = 0; // open BEGIN/CASE blocks inside a trigger

    auto finish = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements.append(statement);
        current.clear();
        leadingWords.clear();
        trigger = false;
        sawBody = false;
        depth = 0;
    };

    const qsizetype n = sql.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < n ? sql.at(i + 1) : QChar();
        if (c == u'-' && next == u'-') {
            const qsizetype end = sql.indexOf(u'\n', i);
            i = end < 0 ? n : end;
            current += u' ';
        } else if (c == u'/' && next == u'*') {
            const qsizetype end = sql.indexOf(u"*/"_s, i + 2);
            i = end < 0 ? n : end + 2;
            current += u' ';
        } else if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            // A doubled quote inside a literal reads as two adjacent literals, which copies it intact.
            const QChar close = c == u'[' ? QChar(u']') : c;
            qsizetype end = sql.indexOf(close, i + 1);
            if (end < 0)
                end = n - 1;
            current += QStringView(sql).mid(i, end - i + 1);
            i = end + 1;
        } else if (isWordChar(c)) {
            qsizetype end = i;
            while (end < n && isWordChar(sql.at(end)))
                ++end;
            const QString word = sql.mid(i, end - i).toUpper();
            current += QStringView(sql).mid(i, end - i);
            i = end;
            if (leadingWords.size() < 3) {
                leadingWords.append(word);
                const QString second = leadingWords.value(1);
                trigger = leadingWords.value(0) == u"CREATE"_s &&
                          (second == u"TRIGGER"_s || ((second == u"TEMP"_s || second == u"TEMPORARY"_s) &&
                                                      leadingWords.value(2) == u"TRIGGER"_s));
            }
            if (trigger) {
                if (word == u"BEGIN"_s) {
                    sawBody = true;
                    ++depth;
                } else if (word == u"CASE"_s) {
                    ++depth;
                } else if (word == u"END"_s) {
                    --depth;
                }
            }
        } else if (c == u';') {
            ++i;
            if (!trigger || (sawBody && depth <= 0))
                finish();
            else
                current += c;
        } else {
            current += c;
            ++i;
        }
    }
    finish();
    return statements;
}
