#include "AuditRoutes.h"

#include "AuditStore.h"
#include "AuthService.h"
#include "BearerAuth.h"
#include "Clock.h"
#include "HttpJson.h"
#include "Problem.h"
#include "RouteTable.h"
#include "RouteTransaction.h"
#include "ServerDatabase.h"
#include "ServerLog.h"

#include <QSqlError>
#include <QSqlQuery>

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace {

Result<QString> storeOf(const QSqlDatabase& db, const QString& deviceId) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT store_id FROM devices WHERE id = ?"_s);
    query.addBindValue(deviceId);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"look up the device's store");
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace

AuditRoutes::AuditRoutes(AuthService& auth, ServerDatabase& database, const Clock& clock)
    : m_auth(auth)
    , m_database(database)
    , m_clock(clock) {}

void AuditRoutes::install(RouteTable& routes) {
    routes.post("/v1/audit",
                [this](const httplib::Request& req, httplib::Response& res) { upload(req, res); });
}

void AuditRoutes::installTestRoutes(RouteTable& routes) {
    routes.get("/v1/test/audit",
               [this](const httplib::Request& req, httplib::Response& res) { list(req, res); });
}

void AuditRoutes::upload(const httplib::Request& request, httplib::Response& response) {
    const std::optional<QString> device = BearerAuth::device(m_auth, request, response);
    if (!device)
        return;
    const Result<QJsonObject> body = HttpJson::parseObject(request.body);
    if (!body) {
        Problem::send(response, body.error());
        return;
    }
    const Result<QList<AuditStore::Entry>> entries = AuditStore::parseBatch(body.value());
    if (!entries) {
        Problem::send(response, entries.error());
        return;
    }
    RouteTransaction tx(m_database, Transaction::Mode::Write);
    if (!tx.begin(response))
        return;
    const Result<QString> store = storeOf(tx.db(), device.value());
    if (!store) {
        Problem::send(response, store.error());
        return;
    }
    const Result<AuditStore::Outcome> outcome =
        AuditStore(tx.db()).insert(device.value(), store.value(), entries.value(), m_clock.nowUtc());
    if (!outcome) {
        Problem::send(response, outcome.error());
        return;
    }
    if (Status committed = tx.commit(); !committed) {
        Problem::send(response, committed.error());
        return;
    }
    qCInfo(lcServer) << "audit upload from device" << device.value() << ":" << outcome->stored << "new,"
                     << outcome->alreadyStored << "already stored";
    HttpJson::send(
        request, response, 200,
        QJsonObject{{u"stored"_s, outcome->stored}, {u"already_stored"_s, outcome->alreadyStored}});
}

void AuditRoutes::list(const httplib::Request& request, httplib::Response& response) {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        Problem::send(response, db.error());
        return;
    }
    const Result<QJsonArray> entries = AuditStore(db.value()).all();
    if (!entries) {
        Problem::send(response, entries.error());
        return;
    }
    HttpJson::send(request, response, 200, QJsonObject{{u"entries"_s, entries.value()}});
}
