#include "NoteRepository.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const auto kColumns = u"id, local_id, customer_id, text, author_staff_id, created_utc, version, pending"_s;

QVariant textOrNull(const QString& text) {
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString stored(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

Note readNote(const QSqlQuery& query) {
    Note note;
    note.id = query.value(0).toString();
    note.localId = query.value(1).toString();
    note.customerId = query.value(2).toString();
    note.text = query.value(3).toString();
    note.authorStaffId = query.value(4).toString();
    note.createdAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs).toUTC();
    note.version = query.value(6).toLongLong();
    note.pending = query.value(7).toBool();
    return note;
}

// The rowid of the first row the statement finds, -1 when none, an Error when it fails.
Result<qint64> firstRowid(QSqlQuery& query, const QString& what) {
    if (!query.exec())
        return sqlError(query.lastError(), what);
    const qint64 rowid = query.next() ? query.value(0).toLongLong() : -1;
    query.finish();
    return rowid;
}

} // namespace

NoteRepository::NoteRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Status NoteRepository::insertLocal(const Note& note) {
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO notes (id, local_id, customer_id, text, author_staff_id, created_utc, "
                   u"version, pending) VALUES (NULL, ?, ?, ?, ?, ?, 0, 1)"_s);
    insert.addBindValue(note.localId);
    insert.addBindValue(note.customerId);
    insert.addBindValue(note.text);
    insert.addBindValue(textOrNull(note.authorStaffId));
    insert.addBindValue(stored(note.createdAt));
    if (!insert.exec())
        return sqlError(insert.lastError(), u"storing a local note"_s);
    return {};
}

Status NoteRepository::updateRow(qint64 rowid, const Note& note, const QString& localId) {
    QSqlQuery update(m_db);
    update.prepare(u"UPDATE notes SET id = ?, local_id = coalesce(local_id, ?), customer_id = ?, text = ?, "
                   u"author_staff_id = ?, created_utc = ?, version = ?, pending = 0 WHERE rowid = ?"_s);
    update.addBindValue(note.id);
    update.addBindValue(textOrNull(localId));
    update.addBindValue(note.customerId);
    update.addBindValue(note.text);
    update.addBindValue(textOrNull(note.authorStaffId));
    update.addBindValue(stored(note.createdAt));
    update.addBindValue(note.version);
    update.addBindValue(rowid);
    if (!update.exec())
        return sqlError(update.lastError(), u"updating note row %1"_s.arg(rowid));
    return {};
}

Status NoteRepository::upsertFromServer(const QList<Note>& notes) {
    QSqlQuery byId(m_db);
    QSqlQuery adoptable(m_db);
    QSqlQuery insert(m_db);
    byId.prepare(u"SELECT rowid FROM notes WHERE id = ?"_s);
    // Per-entity order sends one note.add of a customer at a time, so at most one local note can
    // be "sent, answer not yet seen"; matching on customer and text cannot pick the wrong one.
    adoptable.prepare(u"SELECT n.rowid FROM notes AS n JOIN outbox AS o ON o.idempotency_key = n.local_id "
                      u"WHERE n.id IS NULL AND n.customer_id = ? AND n.text = ? AND o.attempts > 0 "
                      u"AND o.state IN ('pending', 'sending', 'failed') ORDER BY o.id LIMIT 1"_s);
    insert.prepare(u"INSERT INTO notes (id, local_id, customer_id, text, author_staff_id, created_utc, "
                   u"version, pending) VALUES (?, NULL, ?, ?, ?, ?, ?, 0)"_s);
    for (const Note& note : notes) {
        if (note.id.isEmpty())
            return makeError(ErrorCode::kStoreQuery, u"a server note without id cannot be stored"_s);
        byId.bindValue(0, note.id);
        Result<qint64> rowid = firstRowid(byId, u"looking up a note"_s);
        if (!rowid)
            return rowid.error();
        if (rowid.value() < 0) {
            adoptable.bindValue(0, note.customerId);
            adoptable.bindValue(1, note.text);
            rowid = firstRowid(adoptable, u"matching a note to a local one"_s);
            if (!rowid)
                return rowid.error();
        }
        if (rowid.value() >= 0) {
            if (Status s = updateRow(rowid.value(), note, {}); !s)
                return s;
            continue;
        }
        insert.bindValue(0, note.id);
        insert.bindValue(1, note.customerId);
        insert.bindValue(2, note.text);
        insert.bindValue(3, textOrNull(note.authorStaffId));
        insert.bindValue(4, stored(note.createdAt));
        insert.bindValue(5, note.version);
        if (!insert.exec())
            return sqlError(insert.lastError(), u"inserting a note"_s);
    }
    return {};
}

Status NoteRepository::replaceLocal(const QString& localId, const Note& serverNote) {
    QSqlQuery byId(m_db);
    byId.prepare(u"SELECT rowid FROM notes WHERE id = ?"_s);
    byId.addBindValue(serverNote.id);
    const Result<qint64> cached = firstRowid(byId, u"looking up a note"_s);
    if (!cached)
        return cached.error();
    if (cached.value() >= 0) {
        // The feed was faster than the answer: keep its row, drop the local placeholder.
        QSqlQuery drop(m_db);
        drop.prepare(u"DELETE FROM notes WHERE local_id = ? AND id IS NULL"_s);
        drop.addBindValue(localId);
        if (!drop.exec())
            return sqlError(drop.lastError(), u"dropping a replaced local note"_s);
        return updateRow(cached.value(), serverNote, localId);
    }
    QSqlQuery local(m_db);
    local.prepare(u"SELECT rowid FROM notes WHERE local_id = ?"_s);
    local.addBindValue(localId);
    const Result<qint64> placeholder = firstRowid(local, u"looking up a local note"_s);
    if (!placeholder)
        return placeholder.error();
    if (placeholder.value() >= 0)
        return updateRow(placeholder.value(), serverNote, localId);
    // The local note is gone (its customer was erased here); the server has the note all the same.
    if (Status s = upsertFromServer({serverNote}); !s)
        return s;
    return {};
}

Status NoteRepository::removeLocal(const QString& localId) {
    QSqlQuery drop(m_db);
    drop.prepare(u"DELETE FROM notes WHERE local_id = ? AND id IS NULL"_s);
    drop.addBindValue(localId);
    if (!drop.exec())
        return sqlError(drop.lastError(), u"removing a local note"_s);
    return {};
}

Status NoteRepository::renameLocal(const QString& localId, const QString& newLocalId) {
    QSqlQuery rename(m_db);
    rename.prepare(u"UPDATE notes SET local_id = ? WHERE local_id = ?"_s);
    rename.addBindValue(newLocalId);
    rename.addBindValue(localId);
    if (!rename.exec())
        return sqlError(rename.lastError(), u"renaming a local note"_s);
    return {};
}

Status NoteRepository::remove(const QStringList& ids) {
    if (ids.isEmpty())
        return {};
    QSqlQuery drop(m_db);
    drop.prepare(u"DELETE FROM notes WHERE id = ?"_s);
    for (const QString& id : ids) {
        drop.bindValue(0, id);
        if (!drop.exec())
            return sqlError(drop.lastError(), u"removing a note"_s);
    }
    return {};
}

Result<QList<Note>> NoteRepository::forCustomer(const QString& customerId, int limit) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + kColumns +
                  u" FROM notes WHERE customer_id = ? ORDER BY created_utc DESC, rowid DESC LIMIT ?"_s);
    query.addBindValue(customerId);
    query.addBindValue(limit);
    if (!query.exec())
        return sqlError(query.lastError(), u"reading notes"_s);
    QList<Note> notes;
    while (query.next())
        notes.append(readNote(query));
    return notes;
}

std::optional<Note> NoteRepository::findLocal(const QString& localId) const {
    QSqlQuery query(m_db);
    query.prepare(u"SELECT "_s + kColumns + u" FROM notes WHERE local_id = ?"_s);
    query.addBindValue(localId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readNote(query);
}

std::optional<Note> NoteRepository::find(const QString& id) const {
    QSqlQuery query(m_db);
    query.prepare(u"SELECT "_s + kColumns + u" FROM notes WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readNote(query);
}
