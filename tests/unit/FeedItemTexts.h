#pragma once

// Feed items as JSON text for tst_feeddocument: generated orders, customers and consent events with
// German and other awkward text (umlauts, ß, emoji, quotes, control characters, escaped unicode),
// nulls, empty strings, every channel shape; and hand-written ones in shapes a QJsonObject cannot
// show (reordered or repeated keys, unknown members, 1.0 for 1, big integers, "\u00fc" escapes).

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace FeedItemTexts {

inline const QStringList& awkwardTexts() {
    static const QStringList texts{QStringLiteral("Müller"),
                                   QStringLiteral("Straße"),
                                   QStringLiteral("Jürgen Größe-Übel"),
                                   QStringLiteral("Café 🙂 Ünïcødé"),
                                   QStringLiteral(""),
                                   QStringLiteral("Anführungs\"zeichen\\"),
                                   QStringLiteral("Zeile\nneue\tTab"),
                                   QStringLiteral("Ærø Łódź 東京"),
                                   QStringLiteral("\u00a0€ 12,99"),
                                   QStringLiteral("O'Brien"),
                                   QStringLiteral("Bäckerei Schäfer & Söhne GmbH")};
    return texts;
}

inline QString pick(QRandomGenerator& random, const QStringList& from) {
    return from.at(int(random.bounded(from.size())));
}

inline QString channel(QRandomGenerator& random) {
    return pick(random, {QStringLiteral("webshop"), QStringLiteral("app"), QStringLiteral("store"),
                         QStringLiteral("phone"), QStringLiteral("marketplace:otto"),
                         QStringLiteral("marketplace:amazon_de-2")});
}

inline QString time(QRandomGenerator& random) {
    const QDateTime at =
        QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC)
            .addMSecs(qint64(random.bounded(1000)) * 86'400'000 / 10 + random.bounded(86'400'000));
    // Both shapes the API sends: with and without milliseconds.
    return random.bounded(3) == 0 ? at.toString(u"yyyy-MM-ddTHH:mm:ssZ") : at.toString(Qt::ISODateWithMs);
}

inline QJsonValue nullOr(QRandomGenerator& random, const QString& text) {
    return random.bounded(3) == 0 ? QJsonValue() : QJsonValue(text);
}

inline QJsonObject money(qint64 cents, const QString& currency = QStringLiteral("EUR")) {
    return QJsonObject{{QStringLiteral("amount"), cents}, {QStringLiteral("currency"), currency}};
}

inline QJsonObject order(QRandomGenerator& random, int i) {
    QJsonArray lines;
    const int count = 1 + int(random.bounded(4));
    const QString currency = random.bounded(5) == 0 ? QStringLiteral("CHF") : QStringLiteral("EUR");
    qint64 gross = 0;
    for (int l = 1; l <= count; ++l) {
        const int quantity = 1 + int(random.bounded(5));
        const qint64 price = qint64(random.bounded(100000)) - 500; // a few negative (discount lines)
        gross += price * quantity;
        lines.append(QJsonObject{{QStringLiteral("line_id"), QString::number(l)},
                                 {QStringLiteral("sku"), QStringLiteral("SKU-%1").arg(random.bounded(9999))},
                                 {QStringLiteral("name"), pick(random, awkwardTexts())},
                                 {QStringLiteral("quantity"), quantity},
                                 {QStringLiteral("unit_price"), money(price, currency)},
                                 {QStringLiteral("total"), money(price * quantity, currency)},
                                 {QStringLiteral("returned_quantity"), int(random.bounded(quantity + 1))}});
    }
    const bool delivered = random.bounded(2) == 0;
    return QJsonObject{
        {QStringLiteral("id"),
         QStringLiteral("ord-%1-%2").arg(i).arg(pick(random, {QStringLiteral("a"), QStringLiteral("ü")}))},
        {QStringLiteral("order_no"), QStringLiteral("W-2025-%1").arg(i, 7, 10, QLatin1Char('0'))},
        {QStringLiteral("channel"), channel(random)},
        {QStringLiteral("customer_id"), nullOr(random, QStringLiteral("cust-%1").arg(random.bounded(500)))},
        {QStringLiteral("store_id"),
         nullOr(random, random.bounded(4) == 0 ? QString() : QStringLiteral("store-berlin"))},
        {QStringLiteral("placed_at"), time(random)},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("payment"),
         QJsonObject{{QStringLiteral("method"),
                      pick(random, {QStringLiteral("card"), QStringLiteral("paypal"),
                                    QStringLiteral("pending_till"), QStringLiteral("cash")})},
                     {QStringLiteral("card_brand"), nullOr(random, QStringLiteral("VISA"))},
                     {QStringLiteral("provider_reference"), nullOr(random, pick(random, awkwardTexts()))}}},
        {QStringLiteral("totals"),
         QJsonObject{{QStringLiteral("net"), money(gross * 100 / 119, currency)},
                     {QStringLiteral("vat"), money(gross - gross * 100 / 119, currency)},
                     {QStringLiteral("gross"), money(gross, currency)},
                     {QStringLiteral("shipping"), money(random.bounded(2) * 495, currency)}}},
        {QStringLiteral("fulfilment"),
         random.bounded(2) == 0 ? QStringLiteral("delivery") : QStringLiteral("pickup")},
        {QStringLiteral("delivered_at"), delivered ? QJsonValue(time(random)) : QJsonValue()},
        {QStringLiteral("state"), delivered ? QStringLiteral("delivered") : QStringLiteral("paid")},
        {QStringLiteral("version"), 1 + int(random.bounded(20))},
        {QStringLiteral("updated_at"), time(random)},
    };
}

inline QJsonObject customer(QRandomGenerator& random, int i) {
    QJsonArray consents;
    for (const QString& purpose : {QStringLiteral("email"), QStringLiteral("sms"), QStringLiteral("phone")}) {
        if (random.bounded(2) == 0)
            consents.append(QJsonObject{{QStringLiteral("purpose"), purpose},
                                        {QStringLiteral("granted"), random.bounded(2) == 0},
                                        {QStringLiteral("changed_at"), nullOr(random, time(random))},
                                        {QStringLiteral("source"), channel(random)}});
    }
    QJsonObject c{
        {QStringLiteral("id"), QStringLiteral("cust-%1").arg(i)},
        {QStringLiteral("customer_no"), QStringLiteral("K%1").arg(1000000 + i)},
        {QStringLiteral("first_name"), pick(random, awkwardTexts())},
        {QStringLiteral("last_name"), pick(random, awkwardTexts())},
        {QStringLiteral("email"), nullOr(random, QStringLiteral("kunde%1@example.de").arg(i))},
        {QStringLiteral("phone"), nullOr(random, QStringLiteral("+49151%1").arg(1000000 + i))},
        {QStringLiteral("preferred_store_id"), nullOr(random, QStringLiteral("store-berlin"))},
        {QStringLiteral("customer_since"),
         nullOr(random, QStringLiteral("2019-0%1-1%2").arg(1 + i % 9).arg(i % 10))},
        {QStringLiteral("consents"), consents},
        {QStringLiteral("version"), 1 + int(random.bounded(9))},
        {QStringLiteral("updated_at"), time(random)},
    };
    if (random.bounded(4) != 0)
        c.insert(QStringLiteral("address"),
                 QJsonObject{{QStringLiteral("street"), pick(random, awkwardTexts())},
                             {QStringLiteral("postcode"), QStringLiteral("10115")},
                             {QStringLiteral("city"),
                              pick(random, {QStringLiteral("Köln"), QStringLiteral("München")})},
                             {QStringLiteral("country"), nullOr(random, QStringLiteral("AT"))}});
    if (random.bounded(3) != 0)
        c.insert(QStringLiteral("loyalty"),
                 QJsonObject{{QStringLiteral("card"), QStringLiteral("2900%1").arg(i)},
                             {QStringLiteral("tier"),
                              pick(random, {QStringLiteral("silver"), QStringLiteral("gold")})},
                             {QStringLiteral("points"), int(random.bounded(50000))}});
    return c;
}

inline QJsonObject consentEvent(QRandomGenerator& random, int i) {
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("ce-%1").arg(i)},
        {QStringLiteral("customer_id"), QStringLiteral("cust-%1").arg(random.bounded(500))},
        {QStringLiteral("purpose"),
         pick(random, {QStringLiteral("email"), QStringLiteral("sms"), QStringLiteral("phone"),
                       QStringLiteral("personalised_offers")})},
        {QStringLiteral("granted"), random.bounded(2) == 0},
        {QStringLiteral("channel"), channel(random)},
        {QStringLiteral("store_id"), nullOr(random, QStringLiteral("store-köln"))},
        {QStringLiteral("changed_at"), time(random)},
        {QStringLiteral("version"), 1},
        {QStringLiteral("updated_at"), time(random)},
    };
}

inline QByteArray text(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The totals of the hand-written orders below, and their members after the totals.
inline QByteArray handWrittenTotals() {
    return R"({"net":{"amount":1681,"currency":"EUR"},"vat":{"amount":319,"currency":"EUR"},)"
           R"("gross":{"amount":2000,"currency":"EUR"},"shipping":{"amount":0,"currency":"EUR"}})";
}
inline QByteArray handWrittenOrderEnd() {
    return R"("fulfilment":"delivery","delivered_at":null,"state":"paid","version":3,)"
           R"("updated_at":"2025-03-05T10:31:00Z")";
}

// Hand-written orders: escapes, key order, unknown and repeated members, numbers as fractions.
inline QList<QByteArray> handWrittenOrders() {
    const QByteArray line =
        R"({"line_id":"1","sku":"S\u00fc","name":"M\u00fcller \ud83d\ude42 \"\/\\","quantity":2,)"
        R"("unit_price":{"amount":1000,"currency":"EUR"},"total":{"currency":"EUR","amount":2000},)"
        R"("returned_quantity":0,"colour":{"name":"grün","rgb":[1,2,300]}})";
    const QByteArray totals = handWrittenTotals();
    const QByteArray rest = handWrittenOrderEnd();
    return {
        // escapes and an unknown member inside a line
        R"({"id":"hw-1","order_no":"W-\u00dc1","channel":"store","customer_id":null,"store_id":"",)"
        R"("placed_at":"2025-03-02T19:12:44.123Z","lines":[)" +
            line +
            R"(],"payment":{"method":"card",)"
            R"("card_brand":"VISA","provider_reference":null},"totals":)" +
            totals + "," + rest + "}",
        // members in another order, the payment without its optional members, an unknown top-level member
        R"({"updated_at":"2025-03-05T10:31:00.000Z","version":1,"state":"placed","fulfilment":"pickup",)"
        R"("totals":)" +
            totals +
            R"(,"payment":{"method":"pending_till"},"lines":[{"total":{"amount":500,)"
            R"("currency":"EUR"},"unit_price":{"amount":500,"currency":"EUR"},"returned_quantity":0,"quantity":1,)"
            R"("name":"","sku":"","line_id":"x"}],"placed_at":"2025-03-02T19:12:44Z","channel":"marketplace:otto",)"
            R"("order_no":"A-1","id":"hw-2","promotion":"Sommer"})",
        // whole numbers written as fractions and exponents, a repeated key (the last counts)
        R"({"id":"hw-3","order_no":"W-3","channel":"app","customer_id":"c-1","customer_id":"c-2","store_id":null,)"
        R"("placed_at":"2025-03-02T19:12:44Z","lines":[{"line_id":"1","sku":"s","name":"n","quantity":2.0,)"
        R"("unit_price":{"amount":1e3,"currency":"EUR"},"total":{"amount":2000.0,"currency":"EUR"},)"
        R"("returned_quantity":0}],"payment":{"method":"cash","card_brand":null,"provider_reference":null},)"
        R"("totals":)" +
            totals + "," + rest + "}",
        // a large version
        R"({"id":"hw-4","order_no":"W-4","channel":"phone","customer_id":"c-1","store_id":null,)"
        R"("placed_at":"2025-03-02T19:12:44.5Z","lines":[)" +
            line +
            R"(],"payment":{"method":"invoice"},)"
            R"("totals":)" +
            totals +
            R"(,"fulfilment":"delivery","delivered_at":"2025-03-04T08:00:00.5Z",)"
            R"("state":"delivered","version":9000000000000000,"updated_at":"2025-03-05T10:31:00Z"})",
    };
}

// Orders simdjson refuses and QJsonDocument reads (so ApiClient hands them to QJsonDocument).
inline QList<QByteArray> ordersOnlyQtReads() {
    const QByteArray totals = handWrittenTotals();
    const QByteArray rest = handWrittenOrderEnd();
    return {
        // a lone surrogate escape, an escaped NUL and a raw emoji in the texts
        R"({"id":"hw-5","order_no":"W-5\u0000","channel":"app","customer_id":"c-\ud800x","store_id":null,)"
        R"("placed_at":"2025-03-02T19:12:44Z","lines":[{"line_id":"1","sku":"\udc00","name":"🙂","quantity":1,)"
        R"("unit_price":{"amount":1,"currency":"EUR"},"total":{"amount":1,"currency":"EUR"},"returned_quantity":1}],)"
        R"("payment":{"method":"cash"},"totals":)" +
            totals + "," + rest + "}",
        // an integer beyond 64 bits
        R"({"id":"hw-6","order_no":"W-6","channel":"app","customer_id":null,"store_id":null,"big":99999999999999999999,)"
        R"("placed_at":"2025-03-02T19:12:44Z","lines":[{"line_id":"1","sku":"s","name":"n","quantity":1,)"
        R"("unit_price":{"amount":1,"currency":"EUR"},"total":{"amount":1,"currency":"EUR"},"returned_quantity":0}],)"
        R"("payment":{"method":"cash"},"totals":)" +
            totals + "," + rest + "}",
    };
}

} // namespace FeedItemTexts
