#pragma once

#include "Note.h"
#include "Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// Reads and writes cached customer notes. Like the other repositories it opens no transactions:
// the caller groups a note with its outbox row or its feed page.
class NoteRepository {
public:
    explicit NoteRepository(QSqlDatabase db);

    // A note written on this device: id empty, localId set, pending.
    Status insertLocal(const Note& note);
    // Notes from the server (feed or command answer). A note whose id is cached is updated. A new
    // one first takes the place of the local note with the same localId, or else of the one local
    // note of that customer and text whose outbox row was already sent once (the answer may have
    // been lost, and the feed brings the note before the replay does).
    Status upsertFromServer(const QList<Note>& notes);
    // The answer to the outbox row with idempotency key localId: the server's note replaces the local
    // one. If the feed has already brought that note, the local duplicate is dropped.
    Status replaceLocal(const QString& localId, const Note& serverNote);
    Status removeLocal(const QString& localId);
    // The outbox row of a local note was given a new idempotency key.
    Status renameLocal(const QString& localId, const QString& newLocalId);
    Status remove(const QStringList& ids);

    // Newest first.
    Result<QList<Note>> forCustomer(const QString& customerId, int limit = 200) const;
    std::optional<Note> findLocal(const QString& localId) const;
    std::optional<Note> find(const QString& id) const;

private:
    Status updateRow(qint64 rowid, const Note& note, const QString& localId);

    QSqlDatabase m_db;
};
