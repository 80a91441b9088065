// A malformed feed row is refused with api.bad_response that names the row and the field, never
// with a crash and never with the personal data the row carries.
#include "DomainExamples.h"

#include "CartJson.h"
#include "OrderJson.h"
#include "PickupJson.h"
#include "ProductJson.h"
#include "ReturnJson.h"
#include "ServiceContactJson.h"
#include "StockLevelJson.h"
#include "StoreRecordJson.h"

#include <QTest>

using namespace Qt::StringLiterals;
namespace Ex = DomainExamples;

namespace {

template <typename T> Error errorOf(const Result<T>& result) {
    return result ? Error{} : result.error();
}

QJsonObject example(const QString& entity) {
    if (entity == u"store")
        return Ex::store();
    if (entity == u"product")
        return Ex::product();
    if (entity == u"stock")
        return Ex::stock();
    if (entity == u"order")
        return Ex::order();
    if (entity == u"pickup")
        return Ex::pickup();
    if (entity == u"return")
        return Ex::returnRecord();
    if (entity == u"cart")
        return Ex::cart();
    return Ex::serviceContact();
}

Error decodeError(const QString& entity, const QJsonObject& json) {
    if (entity == u"store")
        return errorOf(StoreRecordJson::fromJson(json));
    if (entity == u"product")
        return errorOf(ProductJson::fromJson(json));
    if (entity == u"stock")
        return errorOf(StockLevelJson::fromJson(json));
    if (entity == u"order")
        return errorOf(OrderJson::fromJson(json));
    if (entity == u"pickup")
        return errorOf(PickupJson::fromJson(json));
    if (entity == u"return")
        return errorOf(ReturnJson::fromJson(json));
    if (entity == u"cart")
        return errorOf(CartJson::fromJson(json));
    return errorOf(ServiceContactJson::fromJson(json));
}

const QJsonValue kMissing(QJsonValue::Undefined);

QJsonObject money(const QJsonValue& amount, const QJsonValue& currency) {
    return QJsonObject{{u"amount"_s, amount}, {u"currency"_s, currency}};
}

} // namespace

class TestDomainCodecErrors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyUntouchedExampleDecodes() {
        for (const QString& entity : {u"store"_s, u"product"_s, u"stock"_s, u"order"_s, u"pickup"_s,
                                      u"return"_s, u"cart"_s, u"contact"_s}) {
            const Error error = decodeError(entity, example(entity));
            QVERIFY2(error.code.isEmpty(), qPrintable(entity + u": "_s + error.detail));
        }
    }

    void malformedRowNamesTheField_data() {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field"); // as the message names it

        auto row = [](const char* name, const QString& entity, const QString& path, const QJsonValue& value,
                      const QString& field = {}) {
            QTest::newRow(name) << entity << path << value << (field.isEmpty() ? path : field);
        };
        // missing keys
        row("store without id", u"store"_s, u"id"_s, kMissing);
        row("store without time zone", u"store"_s, u"time_zone"_s, kMissing);
        row("product without sku", u"product"_s, u"sku"_s, kMissing);
        row("product without variant", u"product"_s, u"variant"_s, kMissing);
        row("stock without location", u"stock"_s, u"location"_s, kMissing);
        row("order without order_no", u"order"_s, u"order_no"_s, kMissing);
        row("order line without unit price", u"order"_s, u"lines/1/unit_price"_s, kMissing,
            u"lines[1].unit_price"_s);
        row("order without totals", u"order"_s, u"totals"_s, kMissing);
        row("pickup without state", u"pickup"_s, u"state"_s, kMissing);
        row("pickup without code hash", u"pickup"_s, u"pickup_code_hash"_s, kMissing);
        row("return without created_at", u"return"_s, u"created_at"_s, kMissing);
        row("contact without customer", u"contact"_s, u"customer_id"_s, kMissing);
        // wrong types
        row("store version as text", u"store"_s, u"version"_s, u"1"_s);
        row("store street as number", u"store"_s, u"address/street"_s, 7, u"address.street"_s);
        row("store return window negative", u"store"_s, u"return_policy/retailer_window_days"_s, -1,
            u"return_policy"_s);
        row("store return policy as text", u"store"_s, u"return_policy"_s, u"30 Tage"_s);
        row("product returnable as text", u"product"_s, u"returnable"_s, u"yes"_s);
        row("stock quantity as text", u"stock"_s, u"quantity"_s, u"3"_s);
        row("order lines as object", u"order"_s, u"lines"_s, QJsonObject{});
        row("order line quantity fraction", u"order"_s, u"lines/0/quantity"_s, 1.5, u"lines[0].quantity"_s);
        row("pickup persons as text", u"pickup"_s, u"authorised_persons"_s, u"Sören Köhler"_s);
        row("pickup person name as number", u"pickup"_s, u"authorised_persons/0/name"_s, 5,
            u"authorised_persons[0].name"_s);
        row("pickup store null", u"pickup"_s, u"store_id"_s, QJsonValue::Null);
        row("cart lines as text", u"cart"_s, u"lines"_s, u"JKT"_s);
        row("updated_at without zone", u"store"_s, u"updated_at"_s, u"2024-01-01T00:00:00"_s);
        row("placed_at not a time", u"order"_s, u"placed_at"_s, u"yesterday"_s);
        // bad money
        row("price with cents as fraction", u"product"_s, u"price"_s, money(129.95, u"EUR"_s));
        row("price in lower-case currency", u"product"_s, u"price"_s, money(12995, u"eur"_s));
        row("price as a number", u"product"_s, u"price"_s, 12995);
        row("order gross as text", u"order"_s, u"totals/gross"_s, money(u"8990"_s, u"EUR"_s),
            u"totals.gross"_s);
        row("refund without currency", u"return"_s, u"refund/amount"_s, QJsonObject{{u"amount"_s, 5995}},
            u"refund.amount"_s);
        row("cart line price missing amount", u"cart"_s, u"lines/0/unit_price"_s,
            QJsonObject{{u"currency"_s, u"EUR"_s}}, u"lines[0].unit_price"_s);
        // unknown states and enum values
        row("pickup state unknown", u"pickup"_s, u"state"_s, u"shelved"_s);
        row("pickup state in capitals", u"pickup"_s, u"state"_s, u"READY"_s);
        row("order state unknown", u"order"_s, u"state"_s, u"lost"_s);
        row("return state unknown", u"return"_s, u"state"_s, u"done"_s);
        row("order channel unknown", u"order"_s, u"channel"_s, u"fax"_s);
        row("marketplace without name", u"order"_s, u"channel"_s, u"marketplace:"_s);
        row("fulfilment unknown", u"order"_s, u"fulfilment"_s, u"drone"_s);
        row("payment method unknown", u"order"_s, u"payment/method"_s, u"bitcoin"_s, u"payment.method"_s);
        row("notification channel unknown", u"pickup"_s, u"notifications/0/channel"_s, u"pigeon"_s,
            u"notifications[0].channel"_s);
        row("return reason unknown", u"return"_s, u"lines/0/reason"_s, u"meh"_s, u"lines[0].reason"_s);
        row("refund in cash", u"return"_s, u"refund/method"_s, u"cash"_s, u"refund.method"_s);
        row("approval rule unknown", u"return"_s, u"approvals/0/rule"_s, u"whim"_s, u"approvals[0].rule"_s);
        row("cart origin unknown", u"cart"_s, u"origin"_s, u"shop"_s);
        row("contact channel unknown", u"contact"_s, u"channel"_s, u"fax"_s);
        row("non-returnable reason unknown", u"product"_s, u"non_returnable_reason"_s, u"ugly"_s);
        // values out of range or shape
        row("EAN of 12 digits", u"product"_s, u"eans/0"_s, u"400638133393"_s, u"eans[0]"_s);
        row("VAT with three decimals", u"product"_s, u"vat_rate"_s, 19.005);
        row("VAT above 100", u"product"_s, u"vat_rate"_s, 119);
        row("negative stock", u"stock"_s, u"quantity"_s, -1);
        row("version 0", u"order"_s, u"version"_s, 0);
        row("order without lines", u"order"_s, u"lines"_s, QJsonArray{});
        row("order line quantity 0", u"order"_s, u"lines/0/quantity"_s, 0, u"lines[0].quantity"_s);
        row("more returned than bought", u"order"_s, u"lines/0/returned_quantity"_s, 2,
            u"lines[0].returned_quantity"_s);
        row("pickup line without line id", u"pickup"_s, u"lines/0/line_id"_s, u""_s, u"lines[0].line_id"_s);
        row("pickup hash md5", u"pickup"_s, u"pickup_code_hash/algorithm"_s, u"md5"_s, u"pickup_code_hash"_s);
        row("pickup hash 100 iterations", u"pickup"_s, u"pickup_code_hash/iterations"_s, 100,
            u"pickup_code_hash"_s);
        row("pickup hash salt not base64", u"pickup"_s, u"pickup_code_hash/salt"_s, u"not base64!"_s,
            u"pickup_code_hash"_s);
        row("return without lines", u"return"_s, u"lines"_s, QJsonArray{});
        row("handoff code in lower case", u"cart"_s, u"handoff_code"_s, u"wk4f7q2z"_s);
    }

    void malformedRowNamesTheField() {
        QFETCH(QString, entity);
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        const Error error = decodeError(entity, Ex::withValue(example(entity), path, value));
        QCOMPARE(error.code, ErrorCode::kApiBadResponse.toString());
        QVERIFY2(error.detail.contains(u"'%1'"_s.arg(field)), qPrintable(error.detail));
        // Ids say which row it was; names, subjects and addresses stay out of logs.
        for (const QString& personal : {u"Sören"_s, u"Köhler"_s, u"Rückfrage"_s, u"Mönckebergstraße 7"_s})
            QVERIFY2(!error.detail.contains(personal), qPrintable(error.detail));
    }

    void errorNamesTheRowById() {
        const Error error = decodeError(u"order"_s, Ex::withValue(Ex::order(), u"state"_s, u"lost"_s));
        QVERIFY2(error.detail.startsWith(u"order 0195a0f1-7b2c-7d3e-9f40-5a6b7c8d9e0f: "_s),
                 qPrintable(error.detail));
    }

    void emptyObjectIsRefusedForEveryEntity() {
        for (const QString& entity : {u"store"_s, u"product"_s, u"stock"_s, u"order"_s, u"pickup"_s,
                                      u"return"_s, u"cart"_s, u"contact"_s}) {
            const Error error = decodeError(entity, QJsonObject{});
            QCOMPARE(error.code, ErrorCode::kApiBadResponse.toString());
            QVERIFY2(error.detail.contains(u"'id'"_s), qPrintable(error.detail));
        }
    }
};

QTEST_APPLESS_MAIN(TestDomainCodecErrors)
#include "tst_domaincodecerrors.moc"
