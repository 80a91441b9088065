// The customers feed of theke-server over real HTTP: paging by cursor and the demo customers (German,
// valid, realistic consents, the same for the same seed). Changes between syncs: tst_servercustomerchanges.
#include "CustomerFeedFixture.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace ServerApiSupport;

class TestServerCustomerFeed : public QObject, public CustomerFeedFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void pagingTheWholeFeedReturnsEveryCustomerExactlyOnce();
    void resumingFromAMiddleCursorReturnsExactlyTheRest();
    void pageAfterTheEndIsEmptyAndKeepsTheCursor();
    void demoCustomersLookGermanAndValid();
    void demoCustomersHaveRealisticConsents();
    void sameSeedGivesIdenticalFeedAndOtherSeedDiffers();
};

void TestServerCustomerFeed::initTestCase() {
    startDemoServer();
}

void TestServerCustomerFeed::pagingTheWholeFeedReturnsEveryCustomerExactlyOnce() {
    auto client = clientFor(*m_server);
    const auto pages = fetchAll(*client, m_token, {}, 500);
    QVERIFY(pages);
    QCOMPARE(int(pages->size()), kDemoCustomers / 500);
    QSet<QString> ids;
    int items = 0;
    for (const Page& page : *pages) {
        QVERIFY(page.items.size() <= 500);
        QVERIFY(page.deleted.isEmpty());
        for (const QJsonValue& item : page.items) {
            const Result<Customer> customer = CustomerJson::fromJson(item.toObject());
            QVERIFY2(customer, qPrintable(customer.ok() ? QString() : customer.error().toString()));
            ids.insert(customer->id);
            ++items;
        }
    }
    QCOMPARE(items, kDemoCustomers);
    QCOMPARE(int(ids.size()), kDemoCustomers);
    QVERIFY(!pages->back().hasMore);
}

void TestServerCustomerFeed::resumingFromAMiddleCursorReturnsExactlyTheRest() {
    auto client = clientFor(*m_server);
    const auto all = fetchAll(*client, m_token, {}, 2000);
    QVERIFY(all && all->size() == 1);
    const QJsonArray everything = all->front().items;

    const auto first = fetchPage(*client, m_token, {}, 700);
    QVERIFY(first && first->hasMore);
    const auto rest = fetchAll(*client, m_token, first->nextCursor, 450);
    QVERIFY(rest);
    QJsonArray resumed = first->items;
    for (const Page& page : *rest) {
        for (const QJsonValue& item : page.items)
            resumed.append(item);
    }
    QCOMPARE(resumed.size(), everything.size());
    QCOMPARE(resumed, everything);
}

void TestServerCustomerFeed::pageAfterTheEndIsEmptyAndKeepsTheCursor() {
    auto client = clientFor(*m_server);
    const auto all = fetchPage(*client, m_token, {}, 2000);
    QVERIFY(all && !all->hasMore);
    const auto after = fetchPage(*client, m_token, all->nextCursor, 10);
    QVERIFY(after);
    QVERIFY(after->items.isEmpty());
    QVERIFY(after->deleted.isEmpty());
    QVERIFY(!after->hasMore);
    QCOMPARE(after->nextCursor, all->nextCursor);
}

void TestServerCustomerFeed::demoCustomersLookGermanAndValid() {
    auto client = clientFor(*m_server);
    const auto page = fetchPage(*client, m_token, {}, 2000);
    QVERIFY(page);
    static const QRegularExpression kE164(u"^\\+49[1-9]\\d{6,12}$"_s);
    static const QRegularExpression kCustomerNo(u"^K\\d{7}$"_s);
    static const QRegularExpression kPostcode(u"^\\d{5}$"_s);
    static const QRegularExpression kEmail(u"^[a-z0-9.-]+@(example\\.de|example\\.com|mail\\.example)$"_s);
    QSet<QString> numbers;
    QSet<QString> cards;
    QSet<QString> tiers;
    QSet<QString> cities;
    bool umlaut = false;
    bool sharpS = false;
    int phones = 0;
    for (const QJsonValue& item : page->items) {
        const Customer c = CustomerJson::fromJson(item.toObject()).value();
        const QString name = c.firstName + c.lastName;
        umlaut = umlaut || name.contains(QRegularExpression(u"[äöüÄÖÜ]"_s));
        sharpS = sharpS || name.contains(u'ß');
        QVERIFY2(kCustomerNo.match(c.customerNo).hasMatch(), qPrintable(c.customerNo));
        numbers.insert(c.customerNo);
        QVERIFY2(isValidEan13(c.loyaltyCard) && c.loyaltyCard.startsWith(u"29"), qPrintable(c.loyaltyCard));
        cards.insert(c.loyaltyCard);
        if (!c.phone.isEmpty()) {
            QVERIFY2(kE164.match(c.phone).hasMatch(), qPrintable(c.phone));
            ++phones;
        }
        if (!c.email.isEmpty())
            QVERIFY2(kEmail.match(c.email).hasMatch(), qPrintable(c.email));
        QVERIFY(kPostcode.match(c.postcode).hasMatch());
        QVERIFY(!c.street.isEmpty() && c.street.back().isLetterOrNumber());
        QVERIFY(c.customerSince.isValid());
        QVERIFY(c.updatedAt.isValid());
        QCOMPARE(c.country, u"DE"_s);
        QCOMPARE(c.version, 1);
        tiers.insert(c.loyaltyTier);
        cities.insert(c.city);
    }
    QVERIFY(umlaut);
    QVERIFY(sharpS);
    QVERIFY(phones > kDemoCustomers * 8 / 10);
    QCOMPARE(int(numbers.size()), kDemoCustomers);
    QCOMPARE(int(cards.size()), kDemoCustomers);
    QCOMPARE(tiers, (QSet<QString>{u"basic"_s, u"silver"_s, u"gold"_s}));
    QVERIFY(cities.contains(u"München"_s) && cities.contains(u"Köln"_s) && cities.contains(u"Hamburg"_s));
}

void TestServerCustomerFeed::demoCustomersHaveRealisticConsents() {
    auto client = clientFor(*m_server);
    const auto page = fetchPage(*client, m_token, {}, 2000);
    QVERIFY(page);
    static const QRegularExpression kSource(u"^(webshop|app|store|phone|marketplace:[a-z]+)$"_s);
    QHash<QString, int> granted;
    QSet<QString> sources;
    int undated = 0;
    for (const QJsonValue& item : page->items) {
        const Customer c = CustomerJson::fromJson(item.toObject()).value();
        QStringList purposes;
        for (const Consent& consent : c.consents) {
            purposes.append(consent.purpose);
            QVERIFY2(kSource.match(consent.source).hasMatch(), qPrintable(consent.source));
            sources.insert(consent.source.section(u':', 0, 0));
            if (consent.granted) {
                ++granted[consent.purpose];
                QVERIFY(consent.changedAt.isValid());
            }
            if (consent.changedAt.isValid()) {
                QVERIFY(consent.changedAt.date() >= c.customerSince);
                QVERIFY(consent.changedAt <= c.updatedAt);
            } else {
                ++undated;
            }
            // Nobody can have agreed to e-mail without an address, or to calls and texts without a number.
            if (consent.purpose == u"email" && c.email.isEmpty())
                QVERIFY(!consent.granted);
            if ((consent.purpose == u"sms" || consent.purpose == u"phone") && c.phone.isEmpty())
                QVERIFY(!consent.granted);
        }
        QCOMPARE(purposes, (QStringList{u"email"_s, u"sms"_s, u"phone"_s, u"personalised_offers"_s}));
    }
    auto share = [&granted](const QString& purpose) {
        return granted.value(purpose) * 100 / kDemoCustomers;
    };
    QVERIFY2(share(u"email"_s) >= 48 && share(u"email"_s) <= 62,
             qPrintable(QString::number(share(u"email"_s))));
    QVERIFY2(share(u"sms"_s) >= 19 && share(u"sms"_s) <= 30, qPrintable(QString::number(share(u"sms"_s))));
    QVERIFY2(share(u"phone"_s) >= 6 && share(u"phone"_s) <= 14,
             qPrintable(QString::number(share(u"phone"_s))));
    QVERIFY2(share(u"personalised_offers"_s) >= 30 && share(u"personalised_offers"_s) <= 40,
             qPrintable(QString::number(share(u"personalised_offers"_s))));
    QVERIFY(undated > 0);
    QCOMPARE(sources, (QSet<QString>{u"webshop"_s, u"app"_s, u"store"_s, u"phone"_s, u"marketplace"_s}));
}

void TestServerCustomerFeed::sameSeedGivesIdenticalFeedAndOtherSeedDiffers() {
    TestServer::Options same;
    same.demoCustomers = kDemoCustomers;
    same.seed = kSeed;
    same.enrollCodes = {u"SAME-0001"_s};
    TestServer twin(same);
    QVERIFY2(twin.start(), qPrintable(twin.errorString()));
    TestServer::Options other = same;
    other.seed = kSeed + 1;
    TestServer stranger(other);
    QVERIFY2(stranger.start(), qPrintable(stranger.errorString()));

    auto firstPage = [](TestServer& server, const QString& token) {
        auto client = clientFor(server);
        const auto result = client->Get(feedPath({}, 500), bearer(token));
        return result && result->status == 200 ? result->body : std::string();
    };
    const std::string original = firstPage(*m_server, m_token);
    const std::string twinPage = firstPage(twin, enroll(twin, u"SAME-0001"_s));
    const std::string strangerPage = firstPage(stranger, enroll(stranger, u"SAME-0001"_s));
    QVERIFY(!original.empty());
    QVERIFY(original == twinPage);
    QVERIFY(!strangerPage.empty());
    QVERIFY(original != strangerPage);
}

QTEST_GUILESS_MAIN(TestServerCustomerFeed)
#include "tst_servercustomerfeed.moc"
