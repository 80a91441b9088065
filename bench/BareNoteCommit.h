#pragma once

#include <QString>
#include <QStringList>

struct sqlite3;
struct sqlite3_stmt;

// The yardstick of DESIGN §7 "durable outbox write ≤ 2× a bare sqlite commit of the same rows": one
// transaction with an outbox row and a note row, as LocalChanges::addNote writes them, through the
// sqlite3 C API with two statements prepared once, into a file of its own with the cache's notes and
// outbox tables (indexes and constraints included), WAL and synchronous=FULL. No Qt SQL, no reads.
class BareNoteCommit {
public:
    // The values both rows are made of; the idempotency key (the note's local id) is the caller's,
    // so that it is as long as a real one.
    struct Row {
        QString key;
        QString customerId;
        QString path;
        QString payload;
        QString text;
        QString staffId;
        QString createdUtc;
    };

    // schema: the CREATE statements of the cache's notes and outbox tables and their indexes.
    BareNoteCommit(const QString& path, const QStringList& schema);
    ~BareNoteCommit();
    BareNoteCommit(const BareNoteCommit&) = delete;
    BareNoteCommit& operator=(const BareNoteCommit&) = delete;

    bool isOpen() const { return m_insertNote != nullptr; }
    // BEGIN IMMEDIATE, both inserts, COMMIT; false (and a line on stderr) when something failed.
    bool commit(const Row& row);

private:
    bool exec(const char* sql);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_insertOutbox = nullptr;
    sqlite3_stmt* m_insertNote = nullptr;
};
