// An order put together at the counter before it goes to POST /v1/orders: what the device refuses
// itself (so nothing is sent that the server would refuse for sure) and the request body it sends.
#include "OrderDraft.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

OrderDraft delivery() {
    OrderDraft draft;
    draft.customerId = u"0190a7c2-5b1e-7c3a-9f2e-4d8b6a1c3e57"_s;
    draft.lines = {{u"JKT-4711-L-NAVY"_s, 1}, {u"SCF-0815-GREY"_s, 2}};
    return draft;
}

} // namespace

class TestOrderDraft : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void checkFindsWhatTheServerWouldRefuse_data() {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("code");
        QTest::newRow("fine") << QString() << QString();
        QTest::newRow("no customer") << u"customer"_s << u"local.customer_unknown"_s;
        QTest::newRow("no lines") << u"lines"_s << u"local.order_empty"_s;
        QTest::newRow("quantity 0") << u"zero"_s << u"local.quantity_invalid"_s;
        QTest::newRow("quantity 1000") << u"thousand"_s << u"local.quantity_invalid"_s;
        QTest::newRow("line without SKU") << u"sku"_s << u"local.product_unknown"_s;
        QTest::newRow("pickup without store") << u"store"_s << u"local.store_required"_s;
        QTest::newRow("address without city") << u"address"_s << u"local.address_incomplete"_s;
        QTest::newRow("101 lines") << u"many"_s << u"local.order_too_large"_s;
    }
    void checkFindsWhatTheServerWouldRefuse() {
        QFETCH(QString, change);
        QFETCH(QString, code);
        OrderDraft draft = delivery();
        if (change == u"customer")
            draft.customerId = u"  "_s;
        if (change == u"lines")
            draft.lines.clear();
        if (change == u"zero")
            draft.lines[1].quantity = 0;
        if (change == u"thousand")
            draft.lines[0].quantity = 1000;
        if (change == u"sku")
            draft.lines[1].sku.clear();
        if (change == u"store")
            draft.fulfilment = OrderDraft::Fulfilment::Pickup;
        if (change == u"address")
            draft.deliveryAddress = OrderDraft::Address{u"Eppendorfer Weg 211"_s, u"20253"_s, QString()};
        if (change == u"many")
            draft.lines = QList<OrderDraft::Line>(101, OrderDraft::Line{u"SCF-0815-GREY"_s, 1});
        QCOMPARE(draft.check().error().code, code);
    }

    void deliveryToTheAddressOnFileSendsNoAddress() {
        OrderDraft draft = delivery();
        draft.payment = OrderDraft::Payment::Online;
        const QJsonObject json = draft.toRequestJson();
        QCOMPARE(json[u"customer_id"].toString(), draft.customerId);
        QCOMPARE(json[u"payment"].toString(), u"online"_s);
        QCOMPARE(json[u"fulfilment"].toObject(), (QJsonObject{{u"type"_s, u"delivery"_s}}));
        QCOMPARE(json[u"lines"].toArray().at(1).toObject(),
                 (QJsonObject{{u"sku"_s, u"SCF-0815-GREY"_s}, {u"quantity"_s, 2}}));
        QVERIFY(!json.contains(u"cart_id"_s));

        draft.cartId = u"0195a3f2-5e6f-7081-92a3-b4c5d6e7f809"_s;
        draft.deliveryAddress = OrderDraft::Address{u" Eppendorfer Weg 211 "_s, u"20253"_s, u"Hamburg"_s};
        const QJsonObject elsewhere = draft.toRequestJson();
        QCOMPARE(elsewhere[u"cart_id"].toString(), draft.cartId);
        QCOMPARE(elsewhere[u"fulfilment"][u"address"][u"street"].toString(), u"Eppendorfer Weg 211"_s);
        QCOMPARE(elsewhere[u"fulfilment"][u"address"][u"country"].toString(), u"DE"_s);
    }

    void reservationIsOneLineCollectedAndPaidInThatStore() {
        const OrderDraft draft =
            OrderDraft::reservation(u"c1"_s, u"SNK-4102-42-WHT"_s, 1, u"b-tauentzienstrasse"_s);
        QVERIFY(draft.check());
        const QJsonObject json = draft.toRequestJson();
        QCOMPARE(json[u"payment"].toString(), u"till"_s);
        QCOMPARE(json[u"fulfilment"].toObject(), (QJsonObject{{u"type"_s, u"pickup"_s},
                                                              {u"store_id"_s, u"b-tauentzienstrasse"_s},
                                                              {u"reserve"_s, true}}));
        QCOMPARE(json[u"lines"].toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOrderDraft)
#include "tst_orderdraft.moc"
