// The feed codecs read the API's own examples to the values the desks show, and what they write
// reads back the same, so the cache's JSON columns lose nothing.
#include "DomainExamples.h"

#include "CartJson.h"
#include "JsonWriter.h"
#include "OrderJson.h"
#include "PickupJson.h"
#include "PinHash.h"
#include "ProductJson.h"
#include "ReturnJson.h"
#include "ServiceContactJson.h"
#include "StockLevelJson.h"
#include "StoreRecordJson.h"

#include <QTest>

using namespace Qt::StringLiterals;
namespace Ex = DomainExamples;

namespace {

QDateTime utc(const char* iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

// decode(encode(decode(example))) equals decode(example).
template <typename T>
bool roundTrips(Result<T> (*decode)(const QJsonObject&), QJsonObject (*encode)(const T&),
                const QJsonObject& in) {
    const Result<T> first = decode(in);
    if (!first) {
        qWarning() << first.error().detail;
        return false;
    }
    const Result<T> second = decode(encode(first.value()));
    return second && second.value() == first.value();
}

} // namespace

class TestDomainCodecs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void storeExampleReadsNameZoneAndAddress() {
        const Result<StoreRecord> store = StoreRecordJson::fromJson(Ex::store());
        QVERIFY2(store, qPrintable(store.error().detail));
        QCOMPARE(store->id, u"hh-moenckebergstrasse"_s);
        QCOMPARE(store->name, u"Theke Hamburg Mönckebergstraße"_s);
        QCOMPARE(store->timeZone, u"Europe/Berlin"_s);
        QCOMPARE(store->street, u"Mönckebergstraße 7"_s);
        QCOMPARE(store->postcode, u"20095"_s);
        QCOMPARE(store->phone, u"+4940309876500"_s);
        QCOMPARE(store->returnPolicy.retailerWindowDays, 30);
        QCOMPARE(store->returnPolicy.goodwillDaysBeyondWindow, std::optional<int>(30));
        QCOMPARE(store->returnPolicy.approvalAboveAmount, std::optional<Money>(Money::eur(50000)));
        QVERIFY(store->returnPolicy.goodwillAsVoucherOnly);
        QCOMPARE(store->returnPolicy.publicHolidays.size(), 3);
        QCOMPARE(store->updatedAt, utc("2024-01-01T00:00:00.000Z"));
    }

    void productExampleReadsPriceVatAndVariant() {
        const Result<Product> product = ProductJson::fromJson(Ex::product());
        QVERIFY2(product, qPrintable(product.error().detail));
        QCOMPARE(product->sku, u"JKT-4711-M-NAVY"_s);
        QCOMPARE(product->eans, QStringList{u"4006381333931"_s});
        QCOMPARE(product->brand, u"Nordküste"_s);
        QCOMPARE(product->size, u"M"_s);
        QCOMPARE(product->colour, u"navy"_s);
        QCOMPARE(product->price, Money::eur(12995));
        QCOMPARE(product->vatRateHundredths, 1900);
        QVERIFY(product->returnable);
        QVERIFY(product->nonReturnableReason.isEmpty());
        QCOMPARE(product->version, 4);
    }

    void vatRateKeepsTwoDecimals_data() {
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("hundredths");
        QTest::newRow("19 %") << 19.0 << 1900;
        QTest::newRow("7 %") << 7.0 << 700;
        QTest::newRow("10.7 % (flat rate farmers)") << 10.7 << 1070;
        QTest::newRow("0 %") << 0.0 << 0;
    }
    void vatRateKeepsTwoDecimals() {
        QFETCH(double, rate);
        QFETCH(int, hundredths);
        const Result<Product> product =
            ProductJson::fromJson(Ex::withValue(Ex::product(), u"vat_rate"_s, rate));
        QVERIFY2(product, qPrintable(product.error().detail));
        QCOMPARE(product->vatRateHundredths, hundredths);
        QCOMPARE(ProductJson::fromJson(ProductJson::toJson(product.value()))->vatRateHundredths, hundredths);
    }

    void everyTimestampFormOfTheContractIsRead_data() {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<QString>("stored");
        QTest::newRow("milliseconds") << u"2025-03-14T08:02:11.000Z"_s << u"2025-03-14T08:02:11.000Z"_s;
        QTest::newRow("no fraction") << u"2025-03-14T08:02:11Z"_s << u"2025-03-14T08:02:11.000Z"_s;
        QTest::newRow("one digit") << u"2025-03-14T08:02:11.5Z"_s << u"2025-03-14T08:02:11.500Z"_s;
        QTest::newRow("nanoseconds") << u"2025-03-14T08:02:11.123456789Z"_s << u"2025-03-14T08:02:11.123Z"_s;
    }
    void everyTimestampFormOfTheContractIsRead() {
        QFETCH(QString, wire);
        QFETCH(QString, stored);
        const Result<StockLevel> stock =
            StockLevelJson::fromJson(Ex::withValue(Ex::stock(), u"updated_at"_s, wire));
        QVERIFY2(stock, qPrintable(stock.error().detail));
        QCOMPARE(stock->updatedAt.toString(Qt::ISODateWithMs), stored);
    }

    void stockExampleReadsQuantityAndTime() {
        const Result<StockLevel> stock = StockLevelJson::fromJson(Ex::stock());
        QVERIFY2(stock, qPrintable(stock.error().detail));
        QCOMPARE(stock->location, u"b-tauentzienstrasse"_s);
        QCOMPARE(stock->quantity, 3);
        QVERIFY(!stock->isOnline());
        QCOMPARE(stock->updatedAt, utc("2025-03-14T08:02:11.000Z"));
    }

    void orderExampleReadsLinesPaymentAndTotals() {
        const Result<Order> order = OrderJson::fromJson(Ex::order());
        QVERIFY2(order, qPrintable(order.error().detail));
        QCOMPARE(order->orderNo, u"W-2025-0048213"_s);
        QCOMPARE(order->channel, u"webshop"_s);
        QVERIFY(order->storeId.isEmpty());
        QCOMPARE(order->lines.size(), 2);
        QCOMPARE(order->lines.at(1).lineId, u"2"_s);
        QCOMPARE(order->lines.at(1).name, u"Steppjacke „Elbe“ navy, M"_s);
        QCOMPARE(order->lines.at(1).unitPrice, Money::eur(5995));
        QCOMPARE(order->lines.at(1).quantityLeft(), 1);
        QCOMPARE(order->payment.method, u"paypal"_s);
        QVERIFY(order->payment.cardBrand.isEmpty());
        QCOMPARE(order->payment.providerReference, u"PSP-7Q2L-99XK-01"_s);
        QCOMPARE(order->totals.gross, Money::eur(8990));
        QCOMPARE(order->totals.net + order->totals.vat, order->totals.gross);
        QCOMPARE(order->deliveredAt, utc("2025-03-05T10:31:00.000Z"));
        QCOMPARE(order->state, u"delivered"_s);
    }

    void guestOrderAndUndeliveredOrderHaveNoCustomerAndNoDeliveryTime() {
        QJsonObject json = Ex::withValue(Ex::order(), u"customer_id"_s, QJsonValue::Null);
        json = Ex::withValue(json, u"delivered_at"_s, QJsonValue::Null);
        json = Ex::withValue(json, u"channel"_s, u"marketplace:zalando"_s);
        const Result<Order> order = OrderJson::fromJson(json);
        QVERIFY2(order, qPrintable(order.error().detail));
        QVERIFY(order->customerId.isEmpty());
        QVERIFY(!order->deliveredAt.isValid());
        QCOMPARE(order->channel, u"marketplace:zalando"_s);
    }

    void pickupExampleReadsStateShelfPersonsAndNotifications() {
        const Result<Pickup> pickup = PickupJson::fromJson(Ex::pickup());
        QVERIFY2(pickup, qPrintable(pickup.error().detail));
        QCOMPARE(pickup->state, PickupState::Ready);
        QCOMPARE(pickup->shelf, u"B-07"_s);
        QCOMPARE(pickup->deadline, utc("2025-03-24T18:00:00.000Z"));
        QCOMPARE(pickup->lines.size(), 2);
        QCOMPARE(pickup->lines.at(1).quantity, 2);
        QCOMPARE(pickup->authorisedPersons.size(), 1);
        QCOMPARE(pickup->authorisedPersons.first().name, u"Sören Köhler"_s);
        QCOMPARE(pickup->notifications.size(), 1);
        QCOMPARE(pickup->notifications.first().templateName, u"ready"_s);
        QCOMPARE(pickup->notifications.first().staffId, u"st-hh-0007"_s);
        QVERIFY(pickup->handovers.isEmpty());
        QVERIFY(pickup->pickupCodeHash.contains(u"pbkdf2-sha256"_s));
    }

    void pickupCodeHashIsCheckedLikeAStaffPin() {
        const QString descriptor = PinHash::createWithSalt(u"K7M2QX"_s, QByteArray(16, 'p'), 100000);
        const QJsonObject hash = QJsonDocument::fromJson(descriptor.toUtf8()).object();
        const Result<Pickup> pickup =
            PickupJson::fromJson(Ex::withValue(Ex::pickup(), u"pickup_code_hash"_s, hash));
        QVERIFY2(pickup, qPrintable(pickup.error().detail));
        QVERIFY(PinHash::verify(u"K7M2QX"_s, pickup->pickupCodeHash));
        QVERIFY(!PinHash::verify(u"K7M2QY"_s, pickup->pickupCodeHash));
        // And it survives the way to the cache and back.
        const Result<Pickup> again = PickupJson::fromJson(PickupJson::toJson(pickup.value()));
        QVERIFY(again && PinHash::verify(u"K7M2QX"_s, again->pickupCodeHash));
    }

    void handoverReadsRecipientCheckAndLines() {
        const QJsonObject handover = Ex::parse(
            R"({"at":"2025-03-15T09:00:00.000Z","staff_id":"st-hh-0012",
                "recipient":{"type":"authorised_person","name":"Sören Köhler"},
                "identity_check":{"method":"identity_document","document_type":"id_card"},
                "lines":[{"line_id":"1","quantity":1}]})");
        QJsonObject json = Ex::withValue(Ex::pickup(), u"handovers"_s, QJsonArray{handover});
        json = Ex::withValue(json, u"state"_s, u"partly_handed_over"_s);
        const Result<Pickup> pickup = PickupJson::fromJson(json);
        QVERIFY2(pickup, qPrintable(pickup.error().detail));
        QCOMPARE(pickup->state, PickupState::PartlyHandedOver);
        QCOMPARE(pickup->handovers.size(), 1);
        const Handover& h = pickup->handovers.first();
        QCOMPARE(h.recipient.type, u"authorised_person"_s);
        QCOMPARE(h.identityCheck.documentType, u"id_card"_s);
        QCOMPARE(h.lines, (QList<PickupLine>{PickupLine{u"1"_s, 1}}));
        QVERIFY(roundTrips(&PickupJson::fromJson, &PickupJson::toJson, json));
    }

    void returnExampleReadsLinesRefundAndApprovals() {
        const Result<ReturnRecord> r = ReturnJson::fromJson(Ex::returnRecord());
        QVERIFY2(r, qPrintable(r.error().detail));
        QCOMPARE(r->orderNo, u"W-2025-0048213"_s);
        QCOMPARE(r->lines.size(), 1);
        QCOMPARE(r->lines.first().reason, u"does_not_fit"_s);
        QCOMPARE(r->lines.first().disposition, u"restock"_s);
        QCOMPARE(r->refund.method, u"original"_s);
        QCOMPARE(r->refund.amount, Money::eur(5995));
        QCOMPARE(r->approvals.size(), 1);
        QCOMPARE(r->approvals.first().approverStaffId, u"st-hh-0007"_s);
        QCOMPARE(r->approvals.first().rule, u"goodwill"_s);
        QCOMPARE(r->state, u"refund_pending"_s);
    }

    void cartExampleReadsLinesAndHandoffCode() {
        const Result<Cart> cart = CartJson::fromJson(Ex::cart());
        QVERIFY2(cart, qPrintable(cart.error().detail));
        QCOMPARE(cart->origin, u"store"_s);
        QCOMPARE(cart->handoffCode, u"WK4F7Q2Z"_s);
        QCOMPARE(cart->lines.size(), 1);
        QCOMPARE(cart->lines.first().unitPrice, Money::eur(12995));
        const Result<Cart> anonymous =
            CartJson::fromJson(Ex::withValue(Ex::withValue(Ex::cart(), u"customer_id"_s, QJsonValue::Null),
                                             u"handoff_code"_s, QJsonValue::Null));
        QVERIFY(anonymous && anonymous->customerId.isEmpty() && anonymous->handoffCode.isEmpty());
    }

    void serviceContactExampleReadsChannelSubjectAndTime() {
        const Result<ServiceContact> contact = ServiceContactJson::fromJson(Ex::serviceContact());
        QVERIFY2(contact, qPrintable(contact.error().detail));
        QCOMPARE(contact->channel, u"phone"_s);
        QCOMPARE(contact->subject, u"Rückfrage zur Lieferung W-2025-0048213"_s);
        QCOMPARE(contact->at, utc("2025-03-10T13:22:00.000Z"));
    }

    void jsonWriterWritesNumbersOfEverySignAndSize() {
        JsonWriter writer;
        writer.beginArray()
            .value(qint64(-1234))
            .value(qint64(0))
            .value(std::numeric_limits<qint64>::max())
            .value(std::numeric_limits<qint64>::min())
            .endArray();
        QCOMPARE(writer.text(), u"[-1234,0,9223372036854775807,-9223372036854775808]"_s);
    }

    void orderTextWritersGiveTheSameJsonAsTheCodec() {
        Order order = OrderJson::fromJson(Ex::order()).value();
        // Names as typed in shops: quotes, backslashes, control characters, emoji.
        order.lines[0].name = u"Schal \"Föhr\" \\ grau\n\t\u0001 🧣"_s;
        order.payment.cardBrand = u"girocard"_s;
        order.totals.shipping = Money{495, u"CHF"_s};
        const auto parsed = [](const QString& text) {
            return QJsonDocument::fromJson(text.toUtf8());
        };
        QCOMPARE(parsed(OrderJson::linesText(order.lines)).array(), OrderJson::linesToJson(order.lines));
        QCOMPARE(parsed(OrderJson::paymentText(order.payment)).object(),
                 OrderJson::paymentToJson(order.payment));
        QCOMPARE(parsed(OrderJson::totalsText(order.totals)).object(), OrderJson::totalsToJson(order.totals));
        QCOMPARE(OrderJson::linesFromJson(parsed(OrderJson::linesText(order.lines)).array()).value(),
                 order.lines);
        order.payment.providerReference.clear();
        QVERIFY(parsed(OrderJson::paymentText(order.payment)).object().value(u"provider_reference").isNull());
    }

    void everyExampleReadsBackTheSameAfterWriting() {
        QVERIFY(roundTrips(&StoreRecordJson::fromJson, &StoreRecordJson::toJson, Ex::store()));
        QVERIFY(roundTrips(&ProductJson::fromJson, &ProductJson::toJson, Ex::product()));
        QVERIFY(roundTrips(&StockLevelJson::fromJson, &StockLevelJson::toJson, Ex::stock()));
        QVERIFY(roundTrips(&OrderJson::fromJson, &OrderJson::toJson, Ex::order()));
        QVERIFY(roundTrips(&PickupJson::fromJson, &PickupJson::toJson, Ex::pickup()));
        QVERIFY(roundTrips(&ReturnJson::fromJson, &ReturnJson::toJson, Ex::returnRecord()));
        QVERIFY(roundTrips(&CartJson::fromJson, &CartJson::toJson, Ex::cart()));
        QVERIFY(roundTrips(&ServiceContactJson::fromJson, &ServiceContactJson::toJson, Ex::serviceContact()));
    }
};

QTEST_APPLESS_MAIN(TestDomainCodecs)
#include "tst_domaincodecs.moc"
