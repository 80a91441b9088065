// Returns end to end: booked at the desk from the cache (offline), pushed through the outbox to the
// real theke-server, which checks the rules again. Two devices returning the same last piece: one
// wins, the other's return becomes a conflict that says why; a discard then undoes it locally.
#include "ApiClient.h"
#include "Backoff.h"
#include "CachedReturnableOrders.h"
#include "CurlTransport.h"
#include "Database.h"
#include "Enrollment.h"
#include "LocalChanges.h"
#include "OrderRepository.h"
#include "OutboxPusher.h"
#include "OutboxRepository.h"
#include "ReturnBooking.h"
#include "ReturnPolicy.h"
#include "ReturnRepository.h"
#include "SettingsRepository.h"
#include "SyncEngine.h"
#include "TestServer.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Device {
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Database> db;
    QString token;
    QString storeId;
};

// An order line the rules let this store take back without a manager, and its decision.
struct Candidate {
    QString orderNo;
    ReturnRequest request;
    ReturnDecision decision;
};

} // namespace

class TestReturnSync : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    int m_nextCode = 0;
    Backoff m_backoff{1};

    Device enrolledDevice() {
        Device device;
        device.dir = std::make_unique<QTemporaryDir>();
        CurlTransport transport;
        const Profile profile(device.dir->path());
        if (auto enrolled = Enrollment::enroll(profile, transport, m_server->url(),
                                               u"RET-%1"_s.arg(m_nextCode++), u"Retourenannahme"_s);
            !enrolled) {
            qWarning() << enrolled.error().toString();
            return device;
        }
        device.token = profile.readToken().value();
        device.db = Database::open(profile.databasePath()).value();
        device.storeId = SettingsRepository(device.db->sql()).value(SettingKey::kStoreId.toString());
        pull(device);
        return device;
    }

    Status pull(Device& device) {
        CurlTransport transport;
        ApiClient api(transport, m_server->url(), device.token);
        const auto pulled = SyncEngine(*device.db, api).pullAll();
        return pulled ? Status() : Status(pulled.error());
    }

    Result<PushReport> push(Device& device) {
        CurlTransport transport;
        ApiClient api(transport, m_server->url(), device.token);
        return OutboxPusher(*device.db, api, Clock::system(), m_backoff).push();
    }

    // The first cached order with one piece left on a line that the rules take back without approval.
    std::optional<Candidate> findCandidate(Device& device, bool lastPiece) {
        QSqlQuery orders(device.db->sql());
        if (!orders.exec(u"SELECT order_no FROM orders ORDER BY placed_at DESC LIMIT 2000"_s))
            return std::nullopt;
        CachedReturnableOrders source(device.db->sql(), device.storeId);
        const ReturnPolicy policy;
        while (orders.next()) {
            const Result<ReturnableOrder> order = source.find(orders.value(0).toString());
            if (!order)
                continue;
            for (const ReturnOrderLine& line : order->facts.lines) {
                const int left = line.quantity - line.returnedQuantity;
                if (left < 1 || (lastPiece && left != 1))
                    continue;
                ReturnRequest request;
                request.lines = {ReturnRequestLine{line.lineId, 1, ReturnReason::DoesNotFit,
                                                   ItemCondition::AsNew, std::nullopt,
                                                   ReturnDisposition::Restock}};
                const auto decision = policy.evaluate(order->facts, request, QDateTime::currentDateTimeUtc());
                if (decision && decision->canProceed() && !decision->needsApproval() &&
                    !decision->total.isZero())
                    return Candidate{order->orderNo, request, decision.value()};
            }
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase() {
        TestServer::Options options;
        options.demoCustomers = 1500;
        options.seed = 11;
        for (int i = 0; i < 6; ++i)
            options.enrollCodes << u"RET-%1"_s.arg(i);
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void offlineReturnReachesTheServerOnce() {
        Device device = enrolledDevice();
        QVERIFY(device.db);
        const std::optional<Candidate> candidate = findCandidate(device, false);
        QVERIFY2(candidate, "no order in the demo data can be returned without a manager");
        const auto booked =
            ReturnBooking(*device.db)
                .book(candidate->orderNo, candidate->request, candidate->decision, {}, {}, device.storeId);
        QVERIFY2(booked, qPrintable(booked.error().toString()));

        const Result<PushReport> pushed = push(device);
        QVERIFY2(pushed, qPrintable(pushed.error().toString()));
        QCOMPARE(pushed->done, 1);
        // The server's answer replaced the local return: same id, its state and version.
        const auto cached = ReturnRepository(device.db->sql()).find(booked->record.id);
        QVERIFY(cached);
        QCOMPARE(cached->state, u"refund_pending"_s);
        QVERIFY(cached->version >= 1);
        QCOMPARE(cached->refund.amount, candidate->decision.total);

        // A second device sees the return and the raised returned quantity in the feeds.
        Device other = enrolledDevice();
        QVERIFY(other.db);
        QVERIFY(ReturnRepository(other.db->sql()).find(booked->record.id));
        const Order order = OrderRepository(other.db->sql()).findByOrderNo(candidate->orderNo).value();
        const Order before = OrderRepository(device.db->sql()).findByOrderNo(candidate->orderNo).value();
        for (int i = 0; i < order.lines.size(); ++i)
            QCOMPARE(order.lines.at(i).returnedQuantity, before.lines.at(i).returnedQuantity);
    }

    void twoDevicesReturnTheLastPieceOneWinsTheOtherIsAConflict() {
        Device first = enrolledDevice();
        Device second = enrolledDevice();
        QVERIFY(first.db && second.db);
        const std::optional<Candidate> candidate = findCandidate(first, true);
        QVERIFY2(candidate, "no single last piece to return in the demo data");
        // Both desks are offline and take the same piece back.
        QVERIFY(ReturnBooking(*first.db).book(candidate->orderNo, candidate->request, candidate->decision, {},
                                              {}, first.storeId));
        const auto loser =
            ReturnBooking(*second.db)
                .book(candidate->orderNo, candidate->request, candidate->decision, {}, {}, second.storeId);
        QVERIFY(loser);

        QCOMPARE(push(first)->done, 1);
        const Result<PushReport> refused = push(second);
        QVERIFY(refused);
        QCOMPARE(refused->conflicts, 1);
        const OutboxEntry row = OutboxRepository(second.db->sql()).find(loser->entry.id).value();
        QCOMPARE(row.state, u"conflict"_s);
        QCOMPARE(row.lastErrorCode, u"return_quantity_exceeded"_s);

        // Discarding the refused return puts the loser's cache back; the next pull shows the winner's.
        QVERIFY(LocalChanges(*second.db).discard(loser->entry.id, u"Schon online zurückgegeben"_s));
        QVERIFY(!ReturnRepository(second.db->sql()).find(loser->record.id));
        QVERIFY(pull(second));
        const Result<QList<ReturnRecord>> returns =
            ReturnRepository(second.db->sql()).forOrderNo(candidate->orderNo);
        QVERIFY(returns);
        const auto winners = std::count_if(returns->cbegin(), returns->cend(), [&](const ReturnRecord& r) {
            return r.lines.first().lineId == candidate->request.lines.first().lineId &&
                   r.id != loser->record.id;
        });
        QVERIFY(winners >= 1);
    }
};

QTEST_GUILESS_MAIN(TestReturnSync)
#include "tst_returnsync.moc"
