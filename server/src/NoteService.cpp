#include "NoteService.h"

#include "ChangeLog.h"
#include "CustomerTable.h"
#include "ServerDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// Line breaks and tabs belong in a note; other control characters only break displays and exports.
bool hasControlCharacters(const QString& text) {
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\r' && c != u'\t')
            return true;
    }
    return false;
}

QVariant nullIfEmpty(const QString& value) {
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

} // namespace

NoteService::NoteService(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<NoteRecord> NoteService::add(const QString& customerId, const QString& text, const QString& staffId,
                                    const QString& deviceId, const QDateTime& now) {
    const QString trimmed = text.trimmed();
    const qsizetype length = trimmed.toUcs4().size();
    if (length < 1 || length > kMaxTextLength)
        return makeError(u"invalid_value", u"text must be 1 to %1 characters."_s.arg(kMaxTextLength), 422);
    if (hasControlCharacters(trimmed))
        return makeError(u"invalid_value", u"text must not contain control characters."_s, 422);

    const Result<std::optional<Customer>> customer = CustomerTable(m_db).find(customerId);
    if (!customer)
        return customer.error();
    if (!customer.value())
        return makeError(u"customer_not_found", u"There is no customer with this id."_s, 404);

    const Result<qint64> seq = ChangeLog(m_db).next();
    if (!seq)
        return seq.error();
    NoteRecord note{
        QUuid::createUuid().toString(QUuid::WithoutBraces), customerId, trimmed, staffId, now, 1, now};
    QSqlQuery query(m_db);
    query.prepare(
        u"INSERT INTO notes (id, customer_id, text, author_staff_id, device_id, created_at, version, "
        "updated_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(note.id);
    query.addBindValue(note.customerId);
    query.addBindValue(note.text);
    query.addBindValue(nullIfEmpty(note.authorStaffId));
    query.addBindValue(deviceId);
    query.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(note.version);
    query.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(seq.value());
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"insert note");
    return note;
}

Result<int> NoteService::removeForCustomer(const QString& customerId, const QDateTime& now) {
    return ChangeLog(m_db).removeCustomerRows(u"notes"_s, kFeed, customerId, now);
}

Result<qint64> NoteService::count() const {
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT COUNT(*) FROM notes"_s) || !query.next())
        return ServerDatabase::queryError(query.lastError(), u"count notes");
    return query.value(0).toLongLong();
}
