// The consent history on the device without a server: the consents feed's pages are decoded and
// applied (tombstones delete, a bad item fails the page), the current consents complete the history
// only where it has not caught up, the timeline gets one entry per change and filters them by kind,
// and a customer's removal from the cache takes their history with it.
#include "ConsentEventJson.h"
#include "ConsentEventRepository.h"
#include "ConsentHistory.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "RecordFeedApplier.h"
#include "TimelineBuilder.h"
#include "TimelineModel.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QDateTime at(int year, int month, int day) {
    return QDateTime(QDate(year, month, day), QTime(10, 30), Qt::UTC);
}

ConsentEvent consentChange(const QString& id, const QString& customerId, const QString& purpose, bool granted,
                           const QString& channel, const QDateTime& when, const QString& storeId = {}) {
    ConsentEvent e;
    e.id = id;
    e.customerId = customerId;
    e.purpose = purpose;
    e.granted = granted;
    e.channel = channel;
    e.storeId = storeId;
    e.at = when;
    return e;
}

using ConsentFeedApplier = RecordFeedApplier<ConsentEvent, ConsentEventRepository>;

} // namespace

class TestConsentHistory : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    qint64 rows(const QString& customerId) {
        QSqlQuery q(m_db->sql());
        q.prepare(u"SELECT count(*) FROM consent_events WHERE customer_id = ?"_s);
        q.addBindValue(customerId);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(u"cache.sqlite"_s));
        QVERIFY2(db, qPrintable(db.error().detail));
        m_db = std::move(db).value();
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(u"INSERT INTO stores (id, name, time_zone, version) "
                       u"VALUES ('k-schildergasse', 'Theke Köln Schildergasse', 'Europe/Berlin', 1)"_s));
    }
    void cleanup() {
        m_db.reset();
        m_dir.reset();
    }

    void feedPagesAreAppliedAndTombstonesDelete() {
        ConsentFeedApplier applier(u"consents"_s, m_db->sql(), &ConsentEventJson::fromJson);
        FeedPage page;
        page.items = {ConsentEventJson::toJson(
                          consentChange(u"e1"_s, u"c1"_s, u"email"_s, true, u"webshop"_s, at(2024, 3, 12))),
                      ConsentEventJson::toJson(consentChange(u"e2"_s, u"c1"_s, u"email"_s, false, u"store"_s,
                                                             at(2025, 10, 2), u"k-schildergasse"_s)),
                      ConsentEventJson::toJson(
                          consentChange(u"e3"_s, u"c2"_s, u"sms"_s, true, u"app"_s, at(2025, 1, 5)))};
        QVERIFY(m_db->transaction([&] { return applier.apply(page); }));
        const QList<ConsentEvent> history = ConsentEventRepository(m_db->sql()).forCustomer(u"c1"_s).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).id, u"e1"_s); // oldest first
        QVERIFY(history.at(0).storeName.isEmpty());
        QCOMPARE(history.at(1).storeName, u"Theke Köln Schildergasse"_s);
        QCOMPARE(history.at(1).at, at(2025, 10, 2));
        QVERIFY(!history.at(1).granted);

        FeedPage tombstones;
        tombstones.deleted = {u"e2"_s, u"never-seen"_s};
        QVERIFY(m_db->transaction([&] { return applier.apply(tombstones); }));
        QCOMPARE(rows(u"c1"_s), 1);
        QCOMPARE(rows(u"c2"_s), 1);
    }

    void aBadItemFailsThePageAndWritesNothing() {
        ConsentFeedApplier applier(u"consents"_s, m_db->sql(), &ConsentEventJson::fromJson);
        QJsonObject unknownPurpose = ConsentEventJson::toJson(
            consentChange(u"e9"_s, u"c1"_s, u"email"_s, true, u"webshop"_s, at(2024, 1, 1)));
        unknownPurpose.insert(u"purpose"_s, u"brieftaube"_s);
        FeedPage page;
        page.items = {ConsentEventJson::toJson(
                          consentChange(u"e8"_s, u"c1"_s, u"sms"_s, true, u"app"_s, at(2024, 1, 1))),
                      unknownPurpose};
        const Status applied = applier.apply(page);
        QVERIFY(!applied);
        QVERIFY(applied.error().detail.contains(u"purpose"_s));
        QCOMPARE(rows(u"c1"_s), 0);
    }

    void currentConsentsCompleteOnlyWhatTheHistoryLacks() {
        const QList<ConsentEvent> events{
            consentChange(u"e1"_s, u"c1"_s, u"email"_s, true, u"webshop"_s, at(2024, 3, 12)),
            consentChange(u"e2"_s, u"c1"_s, u"email"_s, false, u"store"_s, at(2025, 10, 2))};
        const QList<Consent> current{
            Consent{u"email"_s, false, at(2025, 10, 2).addMSecs(1200), u"store"_s}, // e2, stamped twice
            Consent{u"sms"_s, true, at(2025, 11, 1), u"app"_s},                     // feed not pulled yet
            Consent{u"phone"_s, false, QDateTime(), QString()}};                    // never asked
        const QList<ConsentEvent> history = ConsentHistory::complete(events, current, u"c1"_s);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).id, u"e1"_s);
        QCOMPARE(history.at(1).id, u"e2"_s);
        QCOMPARE(history.at(2).purpose, u"sms"_s);
        QCOMPARE(history.at(2).channel, u"app"_s);
        QCOMPARE(history.at(2).customerId, u"c1"_s);

        const QList<ConsentEvent> email = ConsentHistory::newestFirst(history, u"email"_s);
        QCOMPARE(email.size(), 2);
        QCOMPARE(email.at(0).id, u"e2"_s);
    }

    void timelineShowsEveryChangeAndFiltersThemByKind() {
        CustomerHistory h;
        h.consents = {Consent{u"email"_s, false, at(2025, 10, 2), u"store"_s}};
        h.consentEvents = {consentChange(u"e1"_s, u"c1"_s, u"email"_s, true, u"webshop"_s, at(2024, 3, 12)),
                           consentChange(u"e2"_s, u"c1"_s, u"email"_s, false, u"store"_s, at(2025, 10, 2))};
        h.consentEvents[1].storeName = u"Theke Köln Schildergasse"_s;
        ConsentEvent waiting =
            consentChange(u"outbox:4"_s, u"c1"_s, u"sms"_s, true, u"store"_s, at(2025, 11, 3));
        waiting.pending = true;
        h.consentEvents.append(waiting);
        h.contacts = {ServiceContact{u"s1"_s, u"c1"_s, u"phone"_s, u"Rückruf"_s, at(2025, 5, 5), 1, {}}};

        const QList<TimelineEvent> events = TimelineBuilder::build(h);
        QCOMPARE(events.size(), 4);
        QCOMPARE(events.at(0).kind, TimelineKind::Consent);
        QVERIFY(events.at(0).pending);
        QCOMPARE(events.at(0).text, u"sms"_s);
        QCOMPARE(events.at(1).state, u"withdrawn"_s);
        QCOMPARE(events.at(1).channel, u"store"_s);
        QCOMPARE(events.at(1).place, u"Theke Köln Schildergasse"_s);
        QVERIFY(!events.at(1).pending);
        QCOMPARE(events.at(2).kind, TimelineKind::ServiceContact);
        QCOMPARE(events.at(3).state, u"granted"_s);
        QCOMPARE(events.at(3).channel, u"webshop"_s);

        TimelineModel model;
        model.setEvents(events);
        model.setKindFilter(TimelineKind::Consent);
        QCOMPARE(model.matchingEvents(), 3);
        model.setChannelFilter(u"webshop"_s);
        QCOMPARE(model.matchingEvents(), 1);
    }

    void removingACustomerFromTheCacheTakesTheirHistory() {
        Customer gone;
        gone.id = u"gone"_s;
        gone.customerNo = u"K-1"_s;
        gone.version = 1;
        Customer kept = gone;
        kept.id = u"kept"_s;
        kept.customerNo = u"K-2"_s;
        QVERIFY(CustomerRepository(m_db->sql()).upsert({gone, kept}));
        QVERIFY(ConsentEventRepository(m_db->sql())
                    .upsert({consentChange(u"g1"_s, u"gone"_s, u"email"_s, true, u"app"_s, at(2024, 1, 1)),
                             consentChange(u"g2"_s, u"gone"_s, u"email"_s, false, u"phone"_s, at(2024, 6, 1)),
                             consentChange(u"k1"_s, u"kept"_s, u"sms"_s, true, u"app"_s, at(2024, 1, 1))}));
        QVERIFY(m_db->transaction([&] { return CustomerRepository(m_db->sql()).remove({u"gone"_s}); }));
        QCOMPARE(rows(u"gone"_s), 0);
        QCOMPARE(rows(u"kept"_s), 1);
    }
};

QTEST_MAIN(TestConsentHistory)
#include "tst_consenthistory.moc"
