// The orders, customers and consents feeds decode pages parsed by simdjson (FeedDocument and the
// *PageDecoder codecs) instead of QJsonArrays; both kinds of page must leave the same rows in a real
// cache (every column), and fail with the same error (code and detail) without moving the cursor.
// The same pages go through both: generated rows with awkward text, hand-written ones in shapes
// QJsonDocument would not write, and broken ones (a field wrong at several depths, bad bodies).
#include "../support/FeedCache.h"
#include "FeedItemTexts.h"

#include "ApiClient.h"
#include "FeedDocument.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray body(const QList<QByteArray>& items) {
    return "{\"items\":[" + items.join(',') +
           R"(],"deleted":["gone-1"],"next_cursor":"c-2","has_more":true})";
}

// Answers every request with one body.
struct FixedAnswer final : Transport {
    QByteArray body;
    Result<HttpResponse> send(const HttpRequest&) override {
        HttpResponse response;
        response.status = 200;
        response.headers.insert("content-type", "application/json");
        response.body = body;
        return response;
    }
    void setCancelFlag(const std::atomic_bool*) override {}
};

// The page in text as ApiClient::fetchFeed reads it for the sync.
Result<FeedPage> fetched(const QByteArray& text, FeedItems items) {
    FixedAnswer server;
    server.body = text;
    ApiClient api(server, QUrl(u"http://127.0.0.1:1"_s), u"token"_s);
    return api.fetchFeed(u"orders"_s, {}, 500, items);
}

// As read before: QJsonDocument, the items a QJsonArray.
Result<FeedPage> jsonPage(const QByteArray& text) {
    return fetched(text, FeedItems::Json);
}

Result<FeedPage> documentPage(const QByteArray& text) {
    return fetched(text, FeedItems::Document);
}

QList<QByteArray> generated(const QString& feed, int count, quint32 seed) {
    QRandomGenerator random(seed);
    QList<QByteArray> items;
    for (int i = 0; i < count; ++i) {
        if (feed == u"orders")
            items.append(FeedItemTexts::text(FeedItemTexts::order(random, i)));
        else if (feed == u"customers")
            items.append(FeedItemTexts::text(FeedItemTexts::customer(random, i)));
        else
            items.append(FeedItemTexts::text(FeedItemTexts::consentEvent(random, i)));
    }
    return items;
}

// One field of item replaced (or removed: value empty) at a path of keys and array indexes.
QByteArray withField(const QByteArray& item, const QStringList& path, const QByteArray& value) {
    std::function<QJsonValue(const QJsonValue&, int)> change = [&](const QJsonValue& at,
                                                                   int depth) -> QJsonValue {
        const QString& key = path.at(depth);
        const bool last = depth == path.size() - 1;
        const QJsonValue replacement = value.isEmpty()
                                           ? QJsonValue(QJsonValue::Undefined)
                                           : QJsonDocument::fromJson("[" + value + "]").array().at(0);
        if (at.isArray()) {
            QJsonArray array = at.toArray();
            const int index = key.toInt();
            array.replace(index, last ? replacement : change(array.at(index), depth + 1));
            return array;
        }
        QJsonObject object = at.toObject();
        if (last && value.isEmpty())
            object.remove(key);
        else
            object.insert(key, last ? replacement : change(object.value(key), depth + 1));
        return object;
    };
    return QJsonDocument(change(QJsonDocument::fromJson(item).object(), 0).toObject())
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestFeedDocument : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bothPathsWriteTheSameRows_data() {
        QTest::addColumn<QString>("feed");
        QTest::addColumn<QList<QByteArray>>("items");
        QTest::addColumn<bool>("decodeAhead");
        QTest::addColumn<bool>("simdjsonReads"); // else ApiClient leaves the page to QJsonDocument
        for (const QString& feed : {u"orders"_s, u"customers"_s, u"consents"_s}) {
            QTest::addRow("%s generated", qPrintable(feed))
                << feed << generated(feed, 400, 5) << true << true;
            QTest::addRow("%s generated, decoded in apply()", qPrintable(feed))
                << feed << generated(feed, 50, 6) << false << true;
        }
        QTest::addRow("orders hand-written")
            << u"orders"_s << FeedItemTexts::handWrittenOrders() << true << true;
        QTest::addRow("orders only QJsonDocument reads")
            << u"orders"_s << FeedItemTexts::ordersOnlyQtReads() << true << false;
        QTest::addRow("customers hand-written")
            << u"customers"_s
            << QList<
                   QByteArray>{R"({"id":"c-\u00fc","customer_no":"K1","first_name":"J\u00fcrgen \ud83d\ude00","last_name":null,)"
                               R"("email":5,"address":{"street":"Stra\u00dfe 1","country":null},"loyalty":{"points":1.0e1},)"
                               R"("consents":[{"purpose":"sms","granted":false}],"version":2.0,"updated_at":"2025-03-05T10:31:00.5Z"})",
                               R"({"version":7,"customer_no":"","id":"c-2","address":null,"loyalty":{"points":3000000000},)"
                               R"("customer_since":"2019-02-30","updated_at":"2025-03-05T10:31:00+01:00","consents":null,)"
                               R"("first_name":"A","first_name":"B","extra":[1,2]})",
                               R"({"id":"c-3","customer_no":"K3","version":12345678901234567890,"loyalty":{"points":2.5},)"
                               R"("address":{"country":""},"updated_at":"2025-03-05T10:31:00"})"}
            << true << true;
        QTest::addRow("consents hand-written")
            << u"consents"_s
            << QList<
                   QByteArray>{R"({"changed_at":"2025-03-05T10:31:00Z","id":"e-1","customer_id":"c-\u00fc","purpose":"sms",)"
                               R"("granted":true,"channel":"marketplace:ebay","store_id":"","unknown":{"a":1.5}})",
                               R"({"id":"e-2","customer_id":"c","purpose":"email","granted":false,"channel":"app",)"
                               R"("changed_at":"2025-03-05T10:31:00.25Z","id":"e-3"})"}
            << true << true;
    }
    void bothPathsWriteTheSameRows() {
        QFETCH(QString, feed);
        QFETCH(QList<QByteArray>, items);
        QFETCH(bool, decodeAhead);
        QFETCH(bool, simdjsonReads);
        const QByteArray text = body(items);
        Result<FeedPage> before = jsonPage(text);
        Result<FeedPage> after = documentPage(text);
        QVERIFY(before.ok());
        QVERIFY(after.ok());
        QCOMPARE(bool(after->document), simdjsonReads);
        QCOMPARE(after->itemCount(), before->itemCount());
        QCOMPARE(after->deleted, before->deleted);
        QCOMPARE(after->nextCursor, before->nextCursor);
        QCOMPARE(after->hasMore, before->hasMore);

        FeedCache json;
        FeedCache simd;
        const Status written = json.write(feed, before.value(), decodeAhead);
        QVERIFY2(written.ok(), qPrintable(written.error().detail));
        const Status writtenToo = simd.write(feed, after.value(), decodeAhead);
        QVERIFY2(writtenToo.ok(), qPrintable(writtenToo.error().detail));
        QCOMPARE(simd.cursor(feed), u"c-2"_s);
        for (const QString& table : FeedCache::tablesOf(feed)) {
            const QStringList expected = json.rows(table);
            QVERIFY(!expected.isEmpty());
            QCOMPARE(simd.rows(table), expected);
        }
    }

    void unknownMembersStayInTheOrderJson() {
        FeedCache simd;
        QVERIFY(simd.write(u"orders"_s, documentPage(body(FeedItemTexts::handWrittenOrders())).value(), true)
                    .ok());
        QSqlQuery query(simd.database->sql());
        QVERIFY(query.exec(u"SELECT lines_json, pieces FROM orders WHERE id = 'hw-1'"_s));
        QVERIFY(query.next());
        const QJsonObject line =
            QJsonDocument::fromJson(query.value(0).toByteArray()).array().at(0).toObject();
        QCOMPARE(line.value(u"name").toString(), u"Müller 🙂 \"/\\"_s);
        QCOMPARE(line.value(u"colour").toObject().value(u"name").toString(), u"grün"_s);
        QCOMPARE(query.value(1).toInt(), 2);
    }

    void aBadItemFailsBothPathsAlike_data() {
        QTest::addColumn<QString>("feed");
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QByteArray>("value"); // JSON; empty removes the field
        const auto add = [](const char* feed, const QStringList& path, const QByteArray& value) {
            QTest::addRow("%s %s = %s", feed, qPrintable(path.join(u'.')),
                          value.isEmpty() ? "(absent)" : value.constData())
                << QString::fromLatin1(feed) << path << value;
        };
        add("orders", {u"id"_s}, "");
        add("orders", {u"id"_s}, "\"\"");
        add("orders", {u"order_no"_s}, "7");
        add("orders", {u"channel"_s}, "\"marketplace:\"");
        add("orders", {u"channel"_s}, "\"Webshop\"");
        add("orders", {u"channel"_s}, "\"store\\n\"");
        add("orders", {u"customer_id"_s}, "false");
        add("orders", {u"placed_at"_s}, "\"2025-03-02 19:12:44\"");
        add("orders", {u"placed_at"_s}, "\"2025-02-30T19:12:44Z\"");
        add("orders", {u"lines"_s}, "[]");
        add("orders", {u"lines"_s}, "{}");
        add("orders", {u"lines"_s, u"0"_s}, "\"line\"");
        add("orders", {u"lines"_s, u"0"_s, u"quantity"_s}, "0");
        add("orders", {u"lines"_s, u"0"_s, u"quantity"_s}, "1.5");
        add("orders", {u"lines"_s, u"0"_s, u"quantity"_s}, "\"1\"");
        add("orders", {u"lines"_s, u"0"_s, u"returned_quantity"_s}, "99");
        add("orders", {u"lines"_s, u"0"_s, u"unit_price"_s, u"amount"_s}, "12.5");
        add("orders", {u"lines"_s, u"0"_s, u"unit_price"_s, u"amount"_s}, "9000000000000001");
        add("orders", {u"lines"_s, u"0"_s, u"total"_s, u"currency"_s}, "\"eur\"");
        add("orders", {u"lines"_s, u"0"_s, u"line_id"_s}, "null");
        add("orders", {u"payment"_s}, "null");
        add("orders", {u"payment"_s, u"method"_s}, "\"bitcoin\"");
        add("orders", {u"payment"_s, u"card_brand"_s}, "1");
        add("orders", {u"totals"_s, u"gross"_s}, "");
        add("orders", {u"totals"_s, u"shipping"_s, u"currency"_s}, "\"EURO\"");
        add("orders", {u"fulfilment"_s}, "\"drone\"");
        add("orders", {u"delivered_at"_s}, "\"gestern\"");
        add("orders", {u"state"_s}, "null");
        add("orders", {u"version"_s}, "0");
        add("orders", {u"version"_s}, "18446744073709551615");
        add("orders", {u"updated_at"_s}, "");
        add("customers", {u"id"_s}, "1");
        add("customers", {u"customer_no"_s}, "");
        add("customers", {u"version"_s}, "\"1\"");
        add("customers", {u"address"_s}, "\"Hauptstraße 1\"");
        add("customers", {u"loyalty"_s}, "[]");
        add("customers", {u"consents"_s}, "{}");
        add("customers", {u"consents"_s}, "[{\"purpose\":\"sms\"}]");
        add("customers", {u"consents"_s}, "[\"sms\"]");
        add("consents", {u"id"_s}, "null");
        add("consents", {u"customer_id"_s}, "\"\"");
        add("consents", {u"purpose"_s}, "\"fax\"");
        add("consents", {u"granted"_s}, "1");
        add("consents", {u"channel"_s}, "\"store \"");
        add("consents", {u"channel"_s}, "\"phone\\n\"");
        add("consents", {u"store_id"_s}, "[]");
        add("consents", {u"changed_at"_s}, "\"2025-03-05T10:31:00\"");
    }
    void aBadItemFailsBothPathsAlike() {
        QFETCH(QString, feed);
        QFETCH(QStringList, path);
        QFETCH(QByteArray, value);
        QList<QByteArray> items = generated(feed, 6, 11);
        items[3] = withField(items.at(3), path, value);
        const QByteArray text = body(items);

        for (const bool decodeAhead : {true, false}) {
            FeedCache json;
            FeedCache simd;
            const Status before = json.write(feed, jsonPage(text).value(), decodeAhead);
            const Status after = simd.write(feed, documentPage(text).value(), decodeAhead);
            QVERIFY(!before.ok());
            QVERIFY(!after.ok());
            QCOMPARE(before.error().code, ErrorCode::kApiBadResponse.toString());
            QCOMPARE(after.error().code, before.error().code);
            QCOMPARE(after.error().detail, before.error().detail);
            QCOMPARE(simd.cursor(feed), QString());
            QVERIFY(simd.rows(FeedCache::tablesOf(feed).first()).isEmpty());
        }
    }

    // Whatever simdjson cannot read, QJsonDocument reads as before: ApiClient falls back to it, so a
    // bad body is refused (or a body only QJsonDocument reads is accepted) with the same words.
    void aBadBodyFailsBothPathsAlike_data() {
        QTest::addColumn<QByteArray>("text");
        const QByteArray good = body(generated(u"orders"_s, 3, 2));
        QTest::addRow("truncated") << good.left(good.size() / 2);
        QTest::addRow("invalid UTF-8") << QByteArray(good).replace("W-2025", "W-\xff\xfe");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("not an object") << QByteArray("[1,2]");
        QTest::addRow("trailing garbage") << good + "}";
        QTest::addRow("items not an array")
            << QByteArray(R"({"items":{},"deleted":[],"next_cursor":"","has_more":false})");
        QTest::addRow("deleted id a number")
            << QByteArray(R"({"items":[],"deleted":[1],"next_cursor":"","has_more":false})");
        QTest::addRow("item not an object")
            << QByteArray(R"({"items":[{},2],"deleted":[],"next_cursor":"","has_more":false})");
        QTest::addRow("no cursor") << QByteArray(R"({"items":[],"deleted":[],"has_more":false})");
        QTest::addRow("has_more without cursor")
            << QByteArray(R"({"items":[],"deleted":[],"next_cursor":"","has_more":true})");
        QTest::addRow("has_more a string")
            << QByteArray(R"({"items":[],"deleted":[],"next_cursor":"","has_more":"yes"})");
        QTest::addRow("byte order mark") << "\xEF\xBB\xBF" + good;
        QTest::addRow("NUL byte after the object") << good + QByteArray(1, '\0');
        QTest::addRow("whitespace around") << " \n\t" + good + "\r\n ";
        QTest::addRow("huge number") << QByteArray(
            R"({"items":[],"deleted":[],"next_cursor":"x","has_more":false,"n":1e400})");
    }
    void aBadBodyFailsBothPathsAlike() {
        QFETCH(QByteArray, text);
        const Result<FeedPage> before = jsonPage(text);
        const Result<FeedPage> after = documentPage(text);
        QCOMPARE(after.ok(), before.ok());
        if (!before.ok()) {
            QCOMPARE(after.error().code, before.error().code);
            QCOMPARE(after.error().detail, before.error().detail);
            QCOMPARE(after.error().httpStatus, before.error().httpStatus);
        } else {
            QCOMPARE(after->itemCount(), before->itemCount());
            QCOMPARE(after->nextCursor, before->nextCursor);
        }
    }
};

QTEST_GUILESS_MAIN(TestFeedDocument)
#include "tst_feeddocument.moc"
