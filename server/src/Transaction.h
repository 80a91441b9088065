#pragma once

#include "Result.h"

#include <QSqlDatabase>

#include <mutex>

// One unit of work on a connection; rolls back unless committed.
// Write mode takes the write lock up front (SQLite: BEGIN IMMEDIATE, PostgreSQL: a transaction-scoped
// advisory lock; and a process-wide mutex so our own threads queue without busy polling): sequence
// numbers are then taken and committed strictly one writer after another. Read mode gives one
// consistent snapshot across several SELECTs (PostgreSQL: REPEATABLE READ READ ONLY).
class Transaction {
public:
    enum class Mode { Read, Write };

    Transaction(QSqlDatabase db, Mode mode);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    Mode m_mode;
    bool m_active = false;
    std::unique_lock<std::mutex> m_writeLock;
};
