// The pickup desk's commands against the cache: each changes the cached pickup and queues exactly one
// outbox row in one transaction, the pickup code is checked offline against the cached hash, five
// wrong codes block the pickup, a discard puts the pickup back and the server's answer replaces it.
#include "Database.h"
#include "DomainExamples.h"
#include "LocalChanges.h"
#include "MockClock.h"
#include "OutboxRepository.h"
#include "PickupActions.h"
#include "PickupExamples.h"
#include "PickupFeedApplier.h"
#include "PickupJson.h"
#include "PickupRepository.h"
#include "SignInThrottle.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
namespace Ex = DomainExamples;

namespace {

using PickupExamples::kCode;
const QString kStaff = u"st-hh-0007"_s;

PickupActions::HandoverInput byCode(const QString& code,
                                    QList<PickupLine> lines = {{u"1"_s, 1}, {u"2"_s, 2}}) {
    return PickupExamples::handover(std::move(lines), {}, code);
}

} // namespace

class TestPickupActions : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    MockClock m_clock{QDateTime(QDate(2025, 3, 15), QTime(10, 0), Qt::UTC)};
    QString m_id;
    int m_run = 0;

    Pickup cached() const { return PickupRepository(m_db->sql()).find(m_id).value(); }
    QList<OutboxEntry> rows() const { return OutboxRepository(m_db->sql()).list().value(); }
    void store(Pickup pickup) { QVERIFY(PickupRepository(m_db->sql()).upsert({pickup})); }

private Q_SLOTS:
    void init() {
        m_db.reset();
        auto db = Database::open(m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_run)));
        QVERIFY(db);
        m_db = std::move(db).value();
        const Pickup pickup = PickupExamples::withKnownCode();
        m_id = pickup.id;
        store(pickup);
    }

    void readyChangesCacheAndQueuesOneRowWithTheCachedVersion() {
        Pickup pickup = cached();
        pickup.state = PickupState::AwaitingStock;
        pickup.shelf.clear();
        pickup.deadline = {};
        store(pickup);

        const Result<OutboxEntry> entry = PickupActions(*m_db, m_clock).ready(m_id, u" C-12 "_s, kStaff);
        QVERIFY2(entry, qPrintable(entry ? QString() : entry.error().detail));
        QCOMPARE(cached().state, PickupState::Ready);
        QCOMPARE(cached().shelf, u"C-12"_s);
        QCOMPARE(cached().deadline, m_clock.nowUtc().addDays(PickupActions::kCollectDays));
        QCOMPARE(rows().size(), 1);
        QCOMPARE(entry->entity, u"pickup"_s);
        QCOMPARE(entry->command, u"pickup.ready"_s);
        QCOMPARE(entry->path, u"/v1/pickups/%1/ready"_s.arg(m_id));
        QCOMPARE(entry->ifMatch.value_or(-1), pickup.version);
        QCOMPARE(QJsonDocument::fromJson(entry->payload).object().value(u"shelf").toString(), u"C-12"_s);
    }

    void refusedCommandChangesNothing() {
        const Pickup before = cached();
        const Result<OutboxEntry> entry =
            PickupActions(*m_db, m_clock)
                .returnToStock(m_id, PickupRules::ReturnToStockReason::NotCollected,
                               kStaff); // deadline 2025-03-24 not reached
        QVERIFY(!entry);
        QCOMPARE(entry.error().code, u"deadline_not_reached"_s);
        QCOMPARE(cached(), before);
        QVERIFY(rows().isEmpty());
    }

    void handoverChecksTheCodeOfflineAgainstTheCachedHash() {
        const Result<OutboxEntry> entry =
            PickupActions(*m_db, m_clock).handover(m_id, byCode(u"k7m-2qx"_s), kStaff);
        QVERIFY2(entry, qPrintable(entry ? QString() : entry.error().detail));
        const Pickup pickup = cached();
        QCOMPARE(pickup.state, PickupState::HandedOver);
        QCOMPARE(pickup.handovers.size(), 1);
        QCOMPARE(pickup.handovers.first().identityCheck.method, u"pickup_code"_s);
        QCOMPARE(pickup.handovers.first().staffId, kStaff);
        const QJsonObject body = QJsonDocument::fromJson(entry->payload).object();
        QCOMPARE(body.value(u"pickup_code").toString(), kCode);
        QCOMPARE(body.value(u"recipient").toObject().value(u"type").toString(), u"customer"_s);
        QCOMPARE(rows().size(), 1);
    }

    void partialHandoverLeavesTheRestOpen() {
        QVERIFY(PickupActions(*m_db, m_clock).handover(m_id, byCode(kCode, {{u"2"_s, 1}}), kStaff));
        QCOMPARE(cached().state, PickupState::PartlyHandedOver);
        QVERIFY(
            PickupActions(*m_db, m_clock).handover(m_id, byCode(kCode, {{u"1"_s, 1}, {u"2"_s, 1}}), kStaff));
        QCOMPARE(cached().state, PickupState::HandedOver);
        QCOMPARE(rows().size(), 2);
    }

    void identityDocumentNeedsTheTypeAndKeepsNoNumber_data() {
        QTest::addColumn<QString>("documentType");
        QTest::addColumn<QString>("error");
        QTest::newRow("passport") << u"passport"_s << QString();
        QTest::newRow("no type") << QString() << u"identity_check_required"_s;
    }
    void identityDocumentNeedsTheTypeAndKeepsNoNumber() {
        QFETCH(QString, documentType);
        QFETCH(QString, error);
        PickupActions::HandoverInput input = byCode({});
        input.method = IdentityMethod::IdentityDocument;
        input.documentType = documentType;
        input.toAuthorisedPerson = true;
        input.recipientName = u"Sören Köhler"_s;
        const Result<OutboxEntry> entry = PickupActions(*m_db, m_clock).handover(m_id, input, kStaff);
        if (!error.isEmpty()) {
            QVERIFY(!entry);
            QCOMPARE(entry.error().code, error);
            return;
        }
        QVERIFY(entry);
        const QJsonObject check =
            QJsonDocument::fromJson(entry->payload).object().value(u"identity_check").toObject();
        QCOMPARE(check.keys(), (QStringList{u"document_type"_s, u"method"_s}));
        QCOMPARE(cached().handovers.first().recipient.type, u"authorised_person"_s);
    }

    void fiveWrongCodesBlockThePickup() {
        PickupActions actions(*m_db, m_clock);
        for (int i = 1; i < 5; ++i) {
            const Result<OutboxEntry> entry = actions.handover(m_id, byCode(u"AAAAAA"_s), kStaff);
            QVERIFY(!entry);
            QCOMPARE(entry.error().code, u"pickup_code_invalid"_s);
            QCOMPARE(actions.attemptsLeft(m_id), 5 - i);
        }
        Result<OutboxEntry> entry = actions.handover(m_id, byCode(u"AAAAAA"_s), kStaff);
        QCOMPARE(entry.error().code, u"local.pickup_code_blocked"_s);
        QVERIFY(actions.blockedUntil(m_id).isValid());
        entry = actions.handover(m_id, byCode(kCode), kStaff); // even the right code waits
        QCOMPARE(entry.error().code, u"local.pickup_code_blocked"_s);
        QVERIFY(rows().isEmpty());
        QCOMPARE(cached().state, PickupState::Ready);

        m_clock.advanceSecs(SignInThrottle::kFirstLockSecs + 1);
        QVERIFY(actions.handover(m_id, byCode(kCode), kStaff));
        QCOMPARE(cached().state, PickupState::HandedOver);
    }

    void discardPutsThePickupBack() {
        const Pickup before = cached();
        PickupActions actions(*m_db, m_clock);
        const Result<OutboxEntry> ready = actions.ready(m_id, u"D-01"_s, kStaff);
        const Result<OutboxEntry> handover = actions.handover(m_id, byCode(kCode), kStaff);
        QVERIFY(ready && handover);
        LocalChanges changes(*m_db, m_clock);
        // The later handover still stands: discarding the move to D-01 leaves the cache as it is.
        QVERIFY(changes.discard(ready->id, u"falsches Fach"_s));
        QCOMPARE(cached().state, PickupState::HandedOver);
        QVERIFY(changes.discard(handover->id, u"Kunde doch nicht da"_s));
        QCOMPARE(cached(), before); // both gone: as the server last said
    }

    void answerReplacesTheCachedPickupAndRebasesLaterRows() {
        PickupActions actions(*m_db, m_clock);
        const Result<OutboxEntry> ready = actions.ready(m_id, u"D-01"_s, kStaff);
        const Result<OutboxEntry> handover = actions.handover(m_id, byCode(kCode), kStaff);
        QVERIFY(ready && handover);
        Pickup answered = PickupJson::fromJson(Ex::pickup()).value();
        answered.shelf = u"D-01"_s;
        answered.version = 4;
        QVERIFY(m_db->transaction([&]() -> Status {
            return PickupActions::applyAnswer(m_db->sql(), ready.value(), PickupJson::toJson(answered),
                                              m_clock);
        }));
        QCOMPARE(cached().version, 4);
        QCOMPARE(cached().shelf, u"D-01"_s);
        QCOMPARE(OutboxRepository(m_db->sql()).find(handover.value().id)->ifMatch.value_or(-1), 4);
        // A replayed older answer never goes back.
        answered.version = 3;
        answered.shelf = u"B-07"_s;
        QVERIFY(
            PickupActions::applyAnswer(m_db->sql(), ready.value(), PickupJson::toJson(answered), m_clock));
        QCOMPARE(cached().shelf, u"D-01"_s);
    }

    void theCodeLeavesTheOutboxOnceTheServerHasTheHandover() {
        const Result<OutboxEntry> handover =
            PickupActions(*m_db, m_clock).handover(m_id, byCode(kCode), kStaff);
        QVERIFY(handover);
        QVERIFY(OutboxRepository(m_db->sql()).find(handover->id)->payload.contains(kCode.toUtf8()));
        Pickup answered = PickupJson::fromJson(Ex::pickup()).value();
        answered.state = PickupState::HandedOver;
        answered.version = 9;
        QVERIFY(
            PickupActions::applyAnswer(m_db->sql(), handover.value(), PickupJson::toJson(answered), m_clock));
        const QByteArray payload = OutboxRepository(m_db->sql()).find(handover->id)->payload;
        QVERIFY2(!payload.contains(kCode.toUtf8()) && !payload.contains("\"pickup_code\":"),
                 payload.constData());
        QVERIFY(payload.contains("lines")); // the rest of the record stays
    }

    void pullDoesNotHideAChangeStillWaiting() {
        Pickup server = cached();
        QVERIFY(PickupActions(*m_db, m_clock).handover(m_id, byCode(kCode), kStaff));
        FeedPage page;
        page.items.append(PickupJson::toJson(server)); // the server has not seen the handover yet
        QVERIFY(PickupFeedApplier(m_db->sql()).apply(page));
        QCOMPARE(cached().state, PickupState::HandedOver);
        // Another desk changed it meanwhile: the server's newer view stands (the row will conflict).
        server.version = 4;
        server.shelf = u"X-9"_s;
        page.items = {PickupJson::toJson(server)};
        QVERIFY(PickupFeedApplier(m_db->sql()).apply(page));
        QCOMPARE(cached().state, PickupState::Ready);
        QCOMPARE(cached().shelf, u"X-9"_s);
    }

    // As in a sync: the page decoded ahead on the decoding thread, its items gone.
    void pullDecodedAheadDoesNotHideAChangeStillWaiting() {
        const Pickup server = cached();
        QVERIFY(PickupActions(*m_db, m_clock).handover(m_id, byCode(kCode), kStaff));
        PickupFeedApplier applier(m_db->sql());
        FeedPage page;
        page.items.append(PickupJson::toJson(server));
        applier.decode(page);
        QVERIFY(page.items.isEmpty() && page.decoded.has_value());
        QVERIFY(applier.apply(page));
        QCOMPARE(cached().state, PickupState::HandedOver);
    }

    void unknownPickupIsAClearError() {
        const Result<OutboxEntry> entry = PickupActions(*m_db, m_clock).ready(u"nope"_s, u"A-1"_s, kStaff);
        QCOMPARE(entry.error().code, u"local.pickup_unknown"_s);
    }
};

QTEST_GUILESS_MAIN(TestPickupActions)
#include "tst_pickupactions.moc"
