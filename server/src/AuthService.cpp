#include "AuthService.h"

#include "Clock.h"
#include "ServerDatabase.h"
#include "ServerLog.h"
#include "StoreDirectory.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <array>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxTokenLength = 512;

QString newToken() {
    std::array<quint32, 8> words{}; // 32 bytes
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray raw(reinterpret_cast<const char*>(words.data()), qsizetype(sizeof(words)));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Error invalidCode() {
    return makeError(u"enrollment_code_invalid",
                     u"The enrollment code is unknown or has already been used."_s, 403);
}

Error unauthorized(const QString& detail) {
    return makeError(u"unauthorized", detail, 401);
}

} // namespace

AuthService::AuthService(ServerDatabase& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

QString AuthService::hashSecret(const QString& secret) {
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Status AuthService::registerEnrollmentCode(const QString& code, const QString& storeId) {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Transaction tx(db.value(), Transaction::Mode::Write);
    if (Status begun = tx.begin(); !begun)
        return begun;
    QSqlQuery query(db.value());
    query.prepare(u"INSERT INTO enrollment_codes (code_hash, store_id, created_at) VALUES (?, ?, ?) "
                  "ON CONFLICT (code_hash) DO NOTHING"_s);
    query.addBindValue(hashSecret(code.trimmed()));
    query.addBindValue(storeId);
    query.addBindValue(m_clock.nowUtc().toString(Qt::ISODateWithMs));
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"register enrollment code");
    return tx.commit();
}

Result<AuthService::Enrollment> AuthService::enroll(const QString& code, const QString& deviceName) {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Transaction tx(db.value(), Transaction::Mode::Write);
    if (Status begun = tx.begin(); !begun)
        return begun.error();

    const QString codeHash = hashSecret(code.trimmed());
    QSqlQuery query(db.value());
    query.prepare(u"SELECT store_id FROM enrollment_codes WHERE code_hash = ? AND used_at IS NULL"_s);
    query.addBindValue(codeHash);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"look up enrollment code");
    if (!query.next())
        return invalidCode();
    const QString storeId = query.value(0).toString();
    query.finish();

    const Result<std::optional<StoreInfo>> store = StoreDirectory(db.value()).find(storeId);
    if (!store)
        return store.error();
    if (!store.value())
        return makeError(u"internal_error", u"enrollment code points to a missing store"_s, 500);

    Enrollment enrollment{QUuid::createUuid().toString(QUuid::WithoutBraces), newToken(), *store.value()};
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    query.prepare(
        u"INSERT INTO devices (id, store_id, name, token_hash, enrolled_at) VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(enrollment.deviceId);
    query.addBindValue(storeId);
    query.addBindValue(deviceName.isNull() ? u""_s : deviceName); // optional; a null QString would bind NULL
    query.addBindValue(hashSecret(enrollment.token));
    query.addBindValue(now);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"insert device");

    query.prepare(
        u"UPDATE enrollment_codes SET used_at = ?, device_id = ? WHERE code_hash = ? AND used_at IS NULL"_s);
    query.addBindValue(now);
    query.addBindValue(enrollment.deviceId);
    query.addBindValue(codeHash);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"spend enrollment code");
    if (query.numRowsAffected() != 1)
        return invalidCode();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    qCInfo(lcServer) << "device" << enrollment.deviceId << "enrolled for store" << storeId;
    return enrollment;
}

Result<QString> AuthService::authenticate(const QString& authorizationHeader) {
    const QString header = authorizationHeader.trimmed();
    if (header.isEmpty())
        return unauthorized(u"A bearer token is required."_s);
    if (!header.startsWith(u"Bearer "_s, Qt::CaseInsensitive))
        return unauthorized(u"Only bearer tokens are accepted."_s);
    const QString token = header.mid(7).trimmed();
    if (token.isEmpty() || token.size() > kMaxTokenLength)
        return unauthorized(u"The token is not valid."_s);

    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id FROM devices WHERE token_hash = ? AND revoked_at IS NULL"_s);
    query.addBindValue(hashSecret(token));
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"look up device token"_s);
    if (!query.next())
        return unauthorized(u"The token is not valid."_s);
    return query.value(0).toString();
}
