#include "CustomerRepository.h"
#include "Database.h"
#include "LocalChanges.h"
#include "MockClock.h"
#include "NoteRepository.h"
#include "OutboxRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

Customer customer(const QString& id, qint64 version = 3) {
    Customer c;
    c.id = id;
    c.customerNo = u"K-"_s + id;
    c.lastName = u"Muster"_s;
    c.version = version;
    c.consents = {
        Consent{u"email"_s, true, QDateTime(QDate(2024, 1, 2), QTime(3, 4), Qt::UTC), u"webshop"_s}};
    return c;
}

OutboxCommand command(const QString& entityId, const QString& name = u"note.add"_s) {
    OutboxCommand c;
    c.entity = u"customer"_s;
    c.entityId = entityId;
    c.command = name;
    c.method = "POST";
    c.path = u"/v1/customers/%1/notes"_s.arg(entityId);
    c.payload = R"({"text":"x"})";
    return c;
}

qint64 countRows(Database& db, const QString& table) {
    QSqlQuery q(db.sql());
    q.exec(u"SELECT count(*) FROM "_s + table);
    return q.next() ? q.value(0).toLongLong() : -1;
}

QList<qint64> ids(const Result<QList<OutboxEntry>>& rows) {
    QList<qint64> result;
    for (const OutboxEntry& e : rows.value())
        result.append(e.id);
    return result;
}

} // namespace

class TestOutboxRepository : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    MockClock m_clock;

    OutboxRepository outbox() { return OutboxRepository(m_db->sql(), m_clock); }
    qint64 enqueue(const OutboxCommand& c) {
        Result<OutboxEntry> e = outbox().enqueue(c);
        return e ? e->id : -1;
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(u"cache.sqlite"_s));
        QVERIFY2(db, qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        QVERIFY(CustomerRepository(m_db->sql()).upsert({customer(u"a"_s), customer(u"b"_s)}));
    }
    void cleanup() {
        m_db.reset();
        m_dir.reset();
    }

    void enqueueWritesAPendingRowWithAFreshUuidV4Key() {
        const Result<OutboxEntry> first = outbox().enqueue(command(u"a"_s));
        const Result<OutboxEntry> second = outbox().enqueue(command(u"a"_s));
        QVERIFY(first && second);
        QCOMPARE(first->state, u"pending"_s);
        QCOMPARE(first->attempts, 0);
        QCOMPARE(first->createdUtc, m_clock.nowUtc());
        const QUuid key = QUuid::fromString(first->idempotencyKey);
        QVERIFY(!key.isNull());
        QCOMPARE(key.version(), QUuid::Random);
        QVERIFY(first->idempotencyKey != second->idempotencyKey);
        QVERIFY(second->id > first->id);
    }

    void enqueueCommitsTogetherWithTheCacheRow() {
        const Status ok = m_db->transaction([&]() -> Status {
            if (Status s = CustomerRepository(m_db->sql()).upsert({customer(u"c"_s)}); !s)
                return s;
            return outbox().enqueue(command(u"c"_s)).ok() ? Status() : makeError(u"test.fail", {});
        });
        QVERIFY(ok);
        QVERIFY(CustomerRepository(m_db->sql()).find(u"c"_s));
        QCOMPARE(countRows(*m_db, u"outbox"_s), 1);
    }

    void failingOutboxStatementLeavesNeitherTheCacheRowNorTheOutboxRow() {
        const Status failed = m_db->transaction([&]() -> Status {
            if (Status s = CustomerRepository(m_db->sql()).upsert({customer(u"d"_s)}); !s)
                return s;
            OutboxCommand bad = command(u"d"_s);
            bad.command = u"customer.delete"_s; // not allowed by the table's CHECK
            Result<OutboxEntry> e = outbox().enqueue(bad);
            return e ? Status() : Status(e.error());
        });
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, u"store.query"_s);
        QVERIFY(!CustomerRepository(m_db->sql()).find(u"d"_s));
        QCOMPARE(countRows(*m_db, u"outbox"_s), 0);
    }

    void addNoteForAnUnknownCustomerWritesNothing() {
        LocalChanges changes(*m_db, m_clock);
        const Result<OutboxEntry> added = changes.addNote(u"nobody"_s, u"Hallo"_s, u"st-1"_s);
        QVERIFY(!added);
        QCOMPARE(added.error().code, u"local.customer_unknown"_s);
        QCOMPARE(countRows(*m_db, u"outbox"_s), 0);
        QCOMPARE(countRows(*m_db, u"notes"_s), 0);
    }

    void addNoteWritesThePendingNoteAndItsOutboxRow() {
        LocalChanges changes(*m_db, m_clock);
        const Result<OutboxEntry> added = changes.addNote(u"a"_s, u"  Ruft zurück  "_s, u"st-1"_s);
        QVERIFY2(added, qPrintable(added.error().toString()));
        QCOMPARE(added->method, QByteArray("POST"));
        QCOMPARE(added->path, u"/v1/customers/a/notes"_s);
        QCOMPARE(QJsonDocument::fromJson(added->payload).object().value(u"text").toString(),
                 u"Ruft zurück"_s);
        QCOMPARE(added->staffId, u"st-1"_s);
        QVERIFY(!added->ifMatch);
        const std::optional<Note> note = NoteRepository(m_db->sql()).findLocal(added->idempotencyKey);
        QVERIFY(note);
        QVERIFY(note->pending);
        QVERIFY(note->id.isEmpty());
        QCOMPARE(note->text, u"Ruft zurück"_s);
    }

    void localValidationRejectsEmptyOrLongNotesAndUnknownPurposes_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("blank note") << u"note"_s << u"   "_s << u"local.note_empty"_s;
        QTest::newRow("note too long") << u"note"_s << QString(2001, u'x') << u"local.note_too_long"_s;
        QTest::newRow("unknown purpose") << u"consent"_s << u"fax"_s << u"local.purpose_unknown"_s;
    }
    void localValidationRejectsEmptyOrLongNotesAndUnknownPurposes() {
        QFETCH(QString, kind);
        QFETCH(QString, value);
        QFETCH(QString, code);
        LocalChanges changes(*m_db, m_clock);
        const Result<OutboxEntry> r = kind == u"note" ? changes.addNote(u"a"_s, value, {})
                                                      : changes.setConsent(u"a"_s, value, true, {});
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
        QCOMPARE(countRows(*m_db, u"outbox"_s), 0);
        QVERIFY(changes.addNote(u"a"_s, QString(2000, u'x'), {})); // the limit itself is fine
    }

    void setConsentChangesTheCacheAndQueuesWithTheCachedVersion() {
        LocalChanges changes(*m_db, m_clock);
        const Result<OutboxEntry> set = changes.setConsent(u"a"_s, u"sms"_s, true, u"st-2"_s);
        QVERIFY2(set, qPrintable(set.error().toString()));
        QCOMPARE(set->method, QByteArray("PUT"));
        QCOMPARE(set->path, u"/v1/customers/a/consents/sms"_s);
        QCOMPARE(set->ifMatch, std::optional<qint64>(3));
        const QJsonObject body = QJsonDocument::fromJson(set->payload).object();
        QCOMPARE(body.value(u"granted").toBool(), true);
        QCOMPARE(body.value(u"source").toString(), u"store"_s);
        const Customer cached = *CustomerRepository(m_db->sql()).find(u"a"_s);
        QCOMPARE(cached.version, 3); // the server's answer brings the new version
        QCOMPARE(cached.consents.size(), 2);
        QCOMPARE(cached.consents.at(1).purpose, u"sms"_s);
        QVERIFY(cached.consents.at(1).granted);
        QCOMPARE(cached.consents.at(1).source, u"store"_s);
    }

    void upsertReplacesConsentsAndRemoveDeletesThem() {
        CustomerRepository customers(m_db->sql());
        Customer a = customer(u"a"_s, 4);
        a.consents = {Consent{u"phone"_s, false, {}, u"app"_s}};
        QVERIFY(customers.upsert({a}));
        QCOMPARE(customers.find(u"a"_s)->consents, a.consents);
        QVERIFY(customers.remove({u"a"_s}));
        QSqlQuery q(m_db->sql());
        q.exec(u"SELECT count(*) FROM customer_consents WHERE customer_id = 'a'"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void readyKeepsOrderPerEntityAndLetsOtherEntitiesPass() {
        const qint64 a1 = enqueue(command(u"a"_s));
        const qint64 a2 = enqueue(command(u"a"_s));
        const qint64 b1 = enqueue(command(u"b"_s));
        QCOMPARE(ids(outbox().ready(10)), (QList<qint64>{a1, b1}));

        QVERIFY(outbox().markSending(a1));
        QCOMPARE(outbox().find(a1)->attempts, 1);
        QCOMPARE(ids(outbox().ready(10)), (QList<qint64>{b1})); // a2 waits for a1

        QVERIFY(outbox().markFailed(a1, makeError(u"net.connect"), m_clock.nowUtc().addSecs(10)));
        QCOMPARE(ids(outbox().ready(10)), (QList<qint64>{b1})); // not due yet, and a2 still waits
        m_clock.advanceSecs(10);
        QCOMPARE(ids(outbox().ready(10)), (QList<qint64>{a1, b1}));

        QVERIFY(outbox().markSending(a1));
        QVERIFY(outbox().markDone(a1, 201, "{}"));
        QCOMPARE(ids(outbox().ready(10)), (QList<qint64>{a2, b1}));
        QCOMPARE(ids(outbox().ready(1)), (QList<qint64>{a2}));
    }

    void conflictBlocksLaterRowsOfTheEntityButQuarantineDoesNot() {
        const qint64 a1 = enqueue(command(u"a"_s));
        const qint64 a2 = enqueue(command(u"a"_s));
        const qint64 b1 = enqueue(command(u"b"_s));
        const qint64 b2 = enqueue(command(u"b"_s));
        QVERIFY(outbox().markSending(a1));
        QVERIFY(outbox().markConflict(a1, makeError(u"version_mismatch", u"stale"_s, 412),
                                      R"({"current_version":5})"));
        QVERIFY(outbox().markSending(b1));
        QVERIFY(outbox().markQuarantined(b1, makeError(u"customer_not_found", u"gone"_s, 404), "{}"));
        QCOMPARE(ids(outbox().ready(10)), (QList<qint64>{b2}));

        const OutboxEntry conflict = *outbox().find(a1);
        QCOMPARE(conflict.state, u"conflict"_s);
        QCOMPARE(conflict.lastErrorCode, u"version_mismatch"_s);
        QCOMPARE(conflict.serverStatus, 412);
        QCOMPARE(conflict.serverBody, QByteArray(R"({"current_version":5})"));

        QVERIFY(outbox().retry(a1));
        QCOMPARE(ids(outbox().ready(10)), (QList<qint64>{a1, b2}));
        QVERIFY(outbox().discard(a1, u"customer asked twice"_s));
        QCOMPARE(ids(outbox().ready(10)), (QList<qint64>{a2, b2}));
        QCOMPARE(outbox().find(a1)->lastErrorDetail, u"customer asked twice"_s);
    }

    void transitionsOutOfTheWrongStateAreRefused() {
        const qint64 id = enqueue(command(u"a"_s));
        QCOMPARE(outbox().markDone(id, 201, {}).error().code, u"outbox.wrong_state"_s); // never sent
        QCOMPARE(outbox().retry(id).error().code, u"outbox.wrong_state"_s);             // nothing to retry
        QVERIFY(outbox().markSending(id));
        QCOMPARE(outbox().markSending(id).error().code, u"outbox.wrong_state"_s);
        QCOMPARE(outbox().discard(id, u"x"_s).error().code, u"outbox.wrong_state"_s); // may be on the wire
        QVERIFY(outbox().markDone(id, 201, {}));
        QCOMPARE(outbox().discard(id, u"x"_s).error().code, u"outbox.wrong_state"_s);
        QCOMPARE(outbox().retry(999).error().code, u"outbox.not_found"_s);
        QCOMPARE(outbox().discard(id, u"  "_s).error().code, u"outbox.reason_required"_s);
    }

    void interruptedSendsGoBackToPendingWithTheirKey() {
        const qint64 id = enqueue(command(u"a"_s));
        const QString key = outbox().find(id)->idempotencyKey;
        QVERIFY(outbox().markSending(id));
        // A new connection, as after a crash.
        m_db.reset();
        m_db = Database::open(m_dir->filePath(u"cache.sqlite"_s)).value();
        QCOMPARE(outbox().resetInterrupted().value(), 1);
        const OutboxEntry row = *outbox().find(id);
        QCOMPARE(row.state, u"pending"_s);
        QCOMPARE(row.idempotencyKey, key);
        QCOMPARE(row.attempts, 1);
        QCOMPARE(ids(outbox().ready(10)), (QList<qint64>{id}));
    }

    void countsGroupWaitingConflictAndQuarantinedRows() {
        const qint64 r1 = enqueue(command(u"a"_s));
        enqueue(command(u"a"_s));
        const qint64 r3 = enqueue(command(u"b"_s));
        QVERIFY(outbox().markSending(r1));
        QVERIFY(outbox().markConflict(r1, makeError(u"invalid_value", {}, 422), {}));
        QVERIFY(outbox().markSending(r3));
        QVERIFY(outbox().markFailed(r3, makeError(u"api.server", {}, 503), m_clock.nowUtc()));
        const OutboxCounts counts = outbox().counts().value();
        QCOMPARE(counts.pending, 2);
        QCOMPARE(counts.failed, 1);
        QCOMPARE(counts.conflicts, 1);
        QCOMPARE(counts.quarantined, 0);
    }

    void discardingANoteRemovesTheLocalNote() {
        LocalChanges changes(*m_db, m_clock);
        const OutboxEntry row = changes.addNote(u"a"_s, u"Notiz"_s, {}).value();
        QVERIFY(changes.discard(row.id, u"typo"_s));
        QVERIFY(!NoteRepository(m_db->sql()).findLocal(row.idempotencyKey));
        QCOMPARE(outbox().find(row.id)->state, u"discarded"_s);
    }

    void discardingTheLastConsentChangeRestoresThePreviousConsent() {
        LocalChanges changes(*m_db, m_clock);
        const OutboxEntry first = changes.setConsent(u"a"_s, u"email"_s, false, {}).value();
        const OutboxEntry second = changes.setConsent(u"a"_s, u"email"_s, true, {}).value();
        QVERIFY(changes.discard(first.id, u"wrong customer"_s));
        // The later change still decides.
        QVERIFY(CustomerRepository(m_db->sql()).find(u"a"_s)->consents.at(0).granted);
        QVERIFY(changes.discard(second.id, u"wrong customer"_s));
        const Consent restored = CustomerRepository(m_db->sql()).find(u"a"_s)->consents.at(0);
        QCOMPARE(restored, customer(u"a"_s).consents.at(0));
    }

    void retryOfAStaleConsentChangeTakesTheVersionTheServerNamed() {
        LocalChanges changes(*m_db, m_clock);
        const OutboxEntry row = changes.setConsent(u"a"_s, u"sms"_s, true, {}).value();
        const OutboxEntry later = changes.setConsent(u"a"_s, u"phone"_s, true, {}).value();
        QVERIFY(outbox().markSending(row.id));
        QVERIFY(outbox().markConflict(row.id, makeError(u"version_mismatch", {}, 412),
                                      R"({"code":"version_mismatch","current_version":7})"));
        QVERIFY(changes.retry(row.id));
        QCOMPARE(outbox().find(row.id)->ifMatch, std::optional<qint64>(7));
        QCOMPARE(outbox().find(row.id)->state, u"pending"_s);
        QCOMPARE(outbox().find(later.id)->ifMatch, std::optional<qint64>(7));
    }

    void retryOfARefusedRowUsesANewKeyButAFailedRowKeepsItsKey() {
        LocalChanges changes(*m_db, m_clock);
        const OutboxEntry refused = changes.addNote(u"a"_s, u"Eins"_s, {}).value();
        const OutboxEntry failed = changes.addNote(u"b"_s, u"Zwei"_s, {}).value();
        QVERIFY(outbox().markSending(refused.id));
        QVERIFY(outbox().markQuarantined(refused.id, makeError(u"customer_not_found", {}, 404), {}));
        QVERIFY(outbox().markSending(failed.id));
        QVERIFY(outbox().markFailed(failed.id, makeError(u"net.timeout"), m_clock.nowUtc().addSecs(60)));
        QVERIFY(changes.retry(refused.id));
        QVERIFY(changes.retry(failed.id));
        const QString renewed = outbox().find(refused.id)->idempotencyKey;
        QVERIFY(renewed != refused.idempotencyKey);
        QVERIFY(NoteRepository(m_db->sql()).findLocal(renewed)); // the local note follows its row
        QCOMPARE(outbox().find(failed.id)->idempotencyKey, failed.idempotencyKey);
        QCOMPARE(ids(outbox().ready(10)), (QList<qint64>{refused.id, failed.id}));
    }

    void serverNoteTakesThePlaceOfTheLocalNoteWhoseAnswerWasLost() {
        LocalChanges changes(*m_db, m_clock);
        const OutboxEntry row = changes.addNote(u"a"_s, u"Größe 42"_s, u"st-1"_s).value();
        QVERIFY(outbox().markSending(row.id));
        QVERIFY(outbox().resetInterrupted()); // crashed: the answer never arrived
        NoteRepository notes(m_db->sql());
        Note server{u"n-1"_s, {}, u"a"_s, u"Größe 42"_s, u"st-1"_s, m_clock.nowUtc(), 1, false};
        QVERIFY(notes.upsertFromServer({server})); // the feed brings it first
        QCOMPARE(notes.forCustomer(u"a"_s).value().size(), 1);
        QVERIFY(notes.replaceLocal(row.idempotencyKey, server)); // then the replayed answer
        const QList<Note> all = notes.forCustomer(u"a"_s).value();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().id, u"n-1"_s);
        QVERIFY(!all.first().pending);
        QCOMPARE(all.first().localId, row.idempotencyKey);
    }

    void unsentLocalNoteIsNotMistakenForAServerNoteWithTheSameText() {
        LocalChanges changes(*m_db, m_clock);
        const OutboxEntry row = changes.addNote(u"a"_s, u"Hallo"_s, {}).value();
        NoteRepository notes(m_db->sql());
        QVERIFY(
            notes.upsertFromServer({Note{u"n-9"_s, {}, u"a"_s, u"Hallo"_s, {}, m_clock.nowUtc(), 1, false}}));
        QCOMPARE(notes.forCustomer(u"a"_s).value().size(), 2);
        QVERIFY(notes.findLocal(row.idempotencyKey)->pending);
        QVERIFY(notes.remove({u"n-9"_s}));
        QCOMPARE(notes.forCustomer(u"a"_s).value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOutboxRepository)
#include "tst_outboxrepository.moc"
