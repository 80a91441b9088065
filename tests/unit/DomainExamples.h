#pragma once
// The examples of docs/api/openapi.yaml (schemas Store, Product, Stock, Order, Pickup, Return, Cart,
// ServiceContact), copied as JSON, plus a way to change one field of them for the malformed cases.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace DomainExamples {

inline QJsonObject parse(const char* json) {
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

inline QJsonObject store() {
    return parse(
        R"json({"id":"hh-moenckebergstrasse","name":"Theke Hamburg Mönckebergstraße","time_zone":"Europe/Berlin","address":{"street":"Mönckebergstraße 7","postcode":"20095","city":"Hamburg","country":"DE"},"phone":"+4940309876500","return_policy":{"retailer_window_days":30,"marketplace_in_store":"needs_approval","goodwill_days_beyond_window":30,"approval_above_amount":{"amount":50000,"currency":"EUR"},"goodwill_as_voucher_only":true,"public_holidays":["2025-12-25","2025-12-26","2026-01-01"]},"version":1,"updated_at":"2024-01-01T00:00:00.000Z"})json");
}

inline QJsonObject product() {
    return parse(
        R"json({"id":"prd-4711-m-navy","sku":"JKT-4711-M-NAVY","eans":["4006381333931"],"name":"Steppjacke „Elbe“","brand":"Nordküste","variant":{"size":"M","colour":"navy"},"price":{"amount":12995,"currency":"EUR"},"vat_rate":19,"returnable":true,"non_returnable_reason":null,"promotion":{"label":"Winterschlussverkauf −20 %","price":{"amount":10395,"currency":"EUR"},"ends_at":"2025-03-15T22:59:59.000Z"},"version":4,"updated_at":"2025-03-01T05:00:00.000Z"})json");
}

inline QJsonObject stock() {
    return parse(
        R"json({"id":"JKT-4711-M-NAVY@b-tauentzienstrasse","sku":"JKT-4711-M-NAVY","location":"b-tauentzienstrasse","quantity":3,"version":57,"updated_at":"2025-03-14T08:02:11.000Z"})json");
}

inline QJsonObject order() {
    return parse(
        R"json({"id":"0195a0f1-7b2c-7d3e-9f40-5a6b7c8d9e0f","order_no":"W-2025-0048213","channel":"webshop","customer_id":"0190a7c2-5b1e-7c3a-9f2e-4d8b6a1c3e57","store_id":null,"placed_at":"2025-03-02T19:12:44.000Z","lines":[{"line_id":"1","sku":"SCF-0815-ONE-GREY","name":"Schal „Föhr“ grau","quantity":1,"unit_price":{"amount":2995,"currency":"EUR"},"total":{"amount":2995,"currency":"EUR"},"returned_quantity":0},{"line_id":"2","sku":"JKT-4711-M-NAVY","name":"Steppjacke „Elbe“ navy, M","quantity":1,"unit_price":{"amount":5995,"currency":"EUR"},"total":{"amount":5995,"currency":"EUR"},"returned_quantity":0}],"payment":{"method":"paypal","card_brand":null,"provider_reference":"PSP-7Q2L-99XK-01"},"totals":{"net":{"amount":7555,"currency":"EUR"},"vat":{"amount":1435,"currency":"EUR"},"gross":{"amount":8990,"currency":"EUR"},"shipping":{"amount":0,"currency":"EUR"}},"fulfilment":"delivery","delivered_at":"2025-03-05T10:31:00.000Z","state":"delivered","version":5,"updated_at":"2025-03-05T10:31:00.000Z"})json");
}

inline QJsonObject pickup() {
    return parse(
        R"json({"id":"0195a1aa-3c4d-7e5f-8061-7a8b9c0d1e2f","order_no":"W-2025-0051177","customer_id":"0190a7c2-5b1e-7c3a-9f2e-4d8b6a1c3e57","store_id":"hh-moenckebergstrasse","state":"ready","lines":[{"line_id":"1","quantity":1},{"line_id":"2","quantity":2}],"shelf":"B-07","deadline":"2025-03-24T18:00:00.000Z","pickup_code_hash":{"algorithm":"pbkdf2-sha256","iterations":210000,"salt":"9Zx0Qm1Lw2Rt3Yv4","hash":"pQ8m2Vx7Lk1Tz4Rb0Ns6Wd3Hy5Gj9Cf2Ae7Uo1Ik3Ml="},"authorised_persons":[{"name":"Sören Köhler"}],"notifications":[{"channel":"sms","template":"ready","sent_at":"2025-03-14T10:02:00.000Z","staff_id":"st-hh-0007"}],"handovers":[],"version":3,"updated_at":"2025-03-14T10:02:00.000Z"})json");
}

inline QJsonObject returnRecord() {
    return parse(
        R"json({"id":"0195a3e0-11aa-7c2b-8d3e-4f5a6b7c8d9e","order_no":"W-2025-0048213","store_id":"hh-moenckebergstrasse","channel":"store","requester_staff_id":"st-hh-0012","lines":[{"line_id":"2","quantity":1,"reason":"does_not_fit","condition":"as_new","disposition":"restock"}],"refund":{"method":"original","amount":{"amount":5995,"currency":"EUR"}},"approvals":[{"approver_staff_id":"st-hh-0007","requester_staff_id":"st-hh-0012","rule":"goodwill","at":"2025-04-02T11:20:00.000Z"}],"state":"refund_pending","created_at":"2025-04-02T11:20:31.000Z","version":1,"updated_at":"2025-04-02T11:20:31.000Z"})json");
}

inline QJsonObject cart() {
    return parse(
        R"json({"id":"0195a3f2-5e6f-7081-92a3-b4c5d6e7f809","customer_id":"0190a7c2-5b1e-7c3a-9f2e-4d8b6a1c3e57","store_id":"hh-moenckebergstrasse","origin":"store","lines":[{"sku":"JKT-4711-M-NAVY","name":"Steppjacke „Elbe“ navy, M","quantity":1,"unit_price":{"amount":12995,"currency":"EUR"}}],"handoff_code":"WK4F7Q2Z","version":2,"updated_at":"2025-03-14T11:05:00.000Z"})json");
}

inline QJsonObject serviceContact() {
    return parse(
        R"json({"id":"0195a2b7-0c3d-7e4f-8a9b-1c2d3e4f5a6b","customer_id":"0190a7c2-5b1e-7c3a-9f2e-4d8b6a1c3e57","channel":"phone","subject":"Rückfrage zur Lieferung W-2025-0048213","at":"2025-03-10T13:22:00.000Z","version":1,"updated_at":"2025-03-10T13:22:00.000Z"})json");
}

// A copy of object with the value at path ("lines/1/unit_price") replaced; an undefined value
// removes the key.
inline QJsonValue withValue(const QJsonValue& node, QStringList path, const QJsonValue& value) {
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = head.toInt();
        array.replace(index, withValue(array.at(index), path, value));
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(head);
    else
        object.insert(head, withValue(object.value(head), path, value));
    return object;
}

inline QJsonObject withValue(const QJsonObject& object, const QString& path, const QJsonValue& value) {
    return withValue(QJsonValue(object), path.split(u'/'), value).toObject();
}

} // namespace DomainExamples
