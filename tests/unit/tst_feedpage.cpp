// The feed page envelope: a page the client cannot trust must never move the cursor.
#include "CustomerJson.h"
#include "FeedPage.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFeedPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void validPageIsRead() {
        const auto json = QJsonDocument::fromJson(
            R"({"items":[{"id":"c1","customer_no":"K1","version":1}],"deleted":["c9"],"next_cursor":"abc","has_more":true})");
        auto page = FeedPage::fromJson(json.object());
        QVERIFY(page);
        QCOMPARE(page->items.size(), 1);
        QCOMPARE(page->deleted, QStringList{u"c9"_s});
        QCOMPARE(page->nextCursor, u"abc"_s);
        QVERIFY(page->hasMore);
    }

    void brokenEnvelopeIsRejected_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("no items") << QByteArray(R"({"deleted":[],"next_cursor":"a","has_more":false})");
        QTest::newRow("items not array")
            << QByteArray(R"({"items":{},"deleted":[],"next_cursor":"a","has_more":false})");
        QTest::newRow("item not object")
            << QByteArray(R"({"items":[1],"deleted":[],"next_cursor":"a","has_more":false})");
        QTest::newRow("deleted not strings")
            << QByteArray(R"({"items":[],"deleted":[5],"next_cursor":"a","has_more":false})");
        QTest::newRow("cursor not string")
            << QByteArray(R"({"items":[],"deleted":[],"next_cursor":5,"has_more":false})");
        QTest::newRow("has_more missing") << QByteArray(R"({"items":[],"deleted":[],"next_cursor":"a"})");
        QTest::newRow("more without cursor")
            << QByteArray(R"({"items":[],"deleted":[],"next_cursor":"","has_more":true})");
    }

    void brokenEnvelopeIsRejected() {
        QFETCH(QByteArray, json);
        auto page = FeedPage::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!page);
        QCOMPARE(page.error().code, ErrorCode::kApiBadResponse.toString());
    }

    void customerRoundTripsThroughJson() {
        Customer c;
        c.id = u"0b6f"_s;
        c.customerNo = u"K1004711"_s;
        c.firstName = u"Jürgen"_s;
        c.lastName = u"Weiß"_s;
        c.email = u"juergen.weiss@example.de"_s;
        c.phone = u"+4915112345678"_s;
        c.street = u"Mönckebergstraße 7"_s;
        c.postcode = u"20095"_s;
        c.city = u"Hamburg"_s;
        c.loyaltyCard = u"2900001234567"_s;
        c.loyaltyTier = u"gold"_s;
        c.loyaltyPoints = 1234;
        c.preferredStoreId = u"store-hh"_s;
        c.customerSince = QDate(2019, 4, 1);
        c.consents = {
            Consent{u"email"_s, true, QDateTime(QDate(2024, 3, 2), QTime(10, 0), Qt::UTC), u"webshop"_s},
            Consent{u"sms"_s, false, QDateTime(QDate(2025, 1, 5), QTime(8, 15), Qt::UTC), u"store"_s}};
        c.version = 3;
        c.updatedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 30), Qt::UTC);
        auto back = CustomerJson::fromJson(CustomerJson::toJson(c));
        QVERIFY(back);
        QCOMPARE(back.value(), c);
    }

    void customerWithoutIdOrVersionIsRejected_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("no id") << QByteArray(R"({"customer_no":"K1","version":1})");
        QTest::newRow("empty id") << QByteArray(R"({"id":"","customer_no":"K1","version":1})");
        QTest::newRow("version as text") << QByteArray(R"({"id":"a","customer_no":"K1","version":"1"})");
        QTest::newRow("consents not array")
            << QByteArray(R"({"id":"a","customer_no":"K1","version":1,"consents":{}})");
        QTest::newRow("consent without granted")
            << QByteArray(R"({"id":"a","customer_no":"K1","version":1,"consents":[{"purpose":"email"}]})");
        QTest::newRow("address not object")
            << QByteArray(R"({"id":"a","customer_no":"K1","version":1,"address":"x"})");
    }

    void customerWithoutIdOrVersionIsRejected() {
        QFETCH(QByteArray, json);
        auto c = CustomerJson::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!c);
        QCOMPARE(c.error().code, ErrorCode::kApiBadResponse.toString());
    }
};

QTEST_GUILESS_MAIN(TestFeedPage)
#include "tst_feedpage.moc"
