#pragma once

#include "Database.h"
#include "Result.h"

#include <QSqlDatabase>

#include <memory>

// The GUI's own connection for its small writes. LocalChanges and CustomerEraser need a Database
// (transactions with savepoints) while the pages read through a QSqlDatabase: a second connection
// to the same file is cheap, and WAL lets it write beside the sync thread. Opened on first use.
class CacheWriter {
public:
    explicit CacheWriter(const QSqlDatabase& reader);
    ~CacheWriter();
    CacheWriter(const CacheWriter&) = delete;
    CacheWriter& operator=(const CacheWriter&) = delete;

    Result<Database*> get();

private:
    QString m_path;
    std::unique_ptr<Database> m_database;
};
