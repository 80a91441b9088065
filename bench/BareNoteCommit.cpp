#include "BareNoteCommit.h"

#include <sqlite3.h>

#include <cstdio>

namespace {

// The columns OutboxRepository::enqueue and NoteRepository::insertLocal bind, in their order.
const char* const kInsertOutbox =
    "INSERT INTO outbox (idempotency_key, entity, entity_id, command, method, path, payload, if_match, "
    "staff_id, local_ref, state, attempts, created_utc, updated_utc) "
    "VALUES (?, 'customer', ?, 'note.add', 'POST', ?, ?, NULL, ?, NULL, 'pending', 0, ?, ?)";
const char* const kInsertNote =
    "INSERT INTO notes (id, local_id, customer_id, text, author_staff_id, created_utc, version, pending) "
    "VALUES (NULL, ?, ?, ?, ?, ?, 0, 1)";

void bind(sqlite3_stmt* statement, int index, const QByteArray& utf8) {
    sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

} // namespace

BareNoteCommit::BareNoteCommit(const QString& path, const QStringList& schema) {
    if (sqlite3_open(path.toUtf8().constData(), &m_db) != SQLITE_OK)
        return;
    bool ok = exec("PRAGMA journal_mode = WAL") && exec("PRAGMA synchronous = FULL");
    for (const QString& statement : schema)
        ok = ok && exec(statement.toUtf8().constData());
    ok = ok && sqlite3_prepare_v2(m_db, kInsertOutbox, -1, &m_insertOutbox, nullptr) == SQLITE_OK;
    ok = ok && sqlite3_prepare_v2(m_db, kInsertNote, -1, &m_insertNote, nullptr) == SQLITE_OK;
    if (!ok) {
        std::fprintf(stderr, "bare commit: %s\n", sqlite3_errmsg(m_db));
        sqlite3_finalize(m_insertNote);
        m_insertNote = nullptr;
    }
}

BareNoteCommit::~BareNoteCommit() {
    sqlite3_finalize(m_insertOutbox);
    sqlite3_finalize(m_insertNote);
    sqlite3_close(m_db);
}

bool BareNoteCommit::exec(const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    std::fprintf(stderr, "bare commit: %s\n", message ? message : "?");
    sqlite3_free(message);
    return false;
}

bool BareNoteCommit::commit(const Row& row) {
    if (!isOpen() || !exec("BEGIN IMMEDIATE"))
        return false;
    const QByteArray key = row.key.toUtf8();
    const QByteArray customerId = row.customerId.toUtf8();
    const QByteArray staffId = row.staffId.toUtf8();
    const QByteArray created = row.createdUtc.toUtf8();
    bind(m_insertOutbox, 1, key);
    bind(m_insertOutbox, 2, customerId);
    bind(m_insertOutbox, 3, row.path.toUtf8());
    bind(m_insertOutbox, 4, row.payload.toUtf8());
    bind(m_insertOutbox, 5, staffId);
    bind(m_insertOutbox, 6, created);
    bind(m_insertOutbox, 7, created);
    bind(m_insertNote, 1, key);
    bind(m_insertNote, 2, customerId);
    bind(m_insertNote, 3, row.text.toUtf8());
    bind(m_insertNote, 4, staffId);
    bind(m_insertNote, 5, created);
    const bool inserted =
        sqlite3_step(m_insertOutbox) == SQLITE_DONE && sqlite3_step(m_insertNote) == SQLITE_DONE;
    if (!inserted)
        std::fprintf(stderr, "bare commit: %s\n", sqlite3_errmsg(m_db));
    sqlite3_reset(m_insertOutbox);
    sqlite3_reset(m_insertNote);
    if (!inserted) {
        exec("ROLLBACK");
        return false;
    }
    return exec("COMMIT");
}
