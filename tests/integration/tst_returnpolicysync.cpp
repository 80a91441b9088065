// The retailer's return policy set centrally (theke-server --return-policy): it reaches the device with
// its store in the stores feed, the returns desk and theke-ctl judge by it as the server does, and a
// policy file the server cannot use stops it at the start with a message naming what is wrong.
#include "ApiClient.h"
#include "Backoff.h"
#include "CachedReturnableOrders.h"
#include "CommandClient.h"
#include "CtlRunner.h"
#include "CurlTransport.h"
#include "Database.h"
#include "Enrollment.h"
#include "OutboxPusher.h"
#include "ReturnLinesModel.h"
#include "ReturnsDesk.h"
#include "ReturnsPage.h"
#include "SettingsRepository.h"
#include "StoreRepository.h"
#include "SyncEngine.h"
#include "TestApi.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

ReturnRequest oneOf(const ReturnOrderLine& line) {
    return ReturnRequest{{ReturnRequestLine{line.lineId, 1, ReturnReason::DoesNotFit, ItemCondition::AsNew,
                                            std::nullopt, ReturnDisposition::Restock}},
                         RefundMethod::Original};
}

QString text(QWidget* page, const QString& name) {
    return page->findChild<QLabel*>(name)->text();
}

} // namespace

class TestReturnPolicySync : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Database> m_db;
    QString m_token;
    QString m_storeId;
    QSet<QString> m_used;

    Profile profile() const { return Profile(m_dir.filePath(u"device"_s)); }

    // A cached order (channel matching `channel`, delivered minDays..maxDays ago unless 0) with a line
    // the synced policy decides on as `wanted` says; marked used.
    struct Found {
        ReturnableOrder order;
        ReturnOrderLine line;
    };
    std::optional<Found>
    find(const std::function<bool(const QString& channel, qint64 daysAgo)>& fits,
         const std::function<bool(const ReturnableOrder&, const ReturnOrderLine&)>& wanted) {
        QSqlQuery orders(m_db->sql());
        if (!orders.exec(u"SELECT order_no FROM orders ORDER BY placed_at DESC"_s))
            return std::nullopt;
        CachedReturnableOrders source(m_db->sql(), m_storeId);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        while (orders.next()) {
            const Result<ReturnableOrder> order = source.find(orders.value(0).toString());
            if (!order || m_used.contains(order->orderNo))
                continue;
            const QDateTime delivered = order->facts.deliveredAtUtc;
            if (!fits(order->facts.channel, delivered.isValid() ? delivered.daysTo(now) : -1))
                continue;
            for (const ReturnOrderLine& line : order->facts.lines) {
                if (line.quantity > line.returnedQuantity && line.returnable && wanted(order.value(), line)) {
                    m_used.insert(order->orderNo);
                    return Found{order.value(), line};
                }
            }
        }
        return std::nullopt;
    }

    // Delivered 40 to 55 days ago: inside the configured 60 days, after the default 30; the synced
    // policy takes the line back without a manager, the default one would ask for one.
    std::optional<Found> day45Order() {
        const ReturnPolicy synced(StoreRepository(m_db->sql()).returnPolicy(m_storeId));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return find([](const QString& channel,
                       qint64 days) { return channel == u"webshop" && days >= 40 && days <= 55; },
                    [&](const ReturnableOrder& order, const ReturnOrderLine& line) {
                        const auto configured = synced.evaluate(order.facts, oneOf(line), now);
                        const auto defaults = ReturnPolicy().evaluate(order.facts, oneOf(line), now);
                        return configured && configured->canProceed() && !configured->needsApproval() &&
                               !configured->total.isZero() && defaults &&
                               defaults->approvalRuleNames() == QStringList{u"outside_window"_s};
                    });
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QFile policy(m_dir.filePath(u"rueckgabe.json"_s));
        QVERIFY(policy.open(QIODevice::WriteOnly));
        policy.write(R"({"retailer_window_days": 60, "marketplace_in_store": "refused",
                         "public_holidays": ["2025-12-25", "2025-12-26"]})");
        policy.close();
        TestServer::Options options;
        options.demoCustomers = 1500;
        options.seed = 23;
        options.enrollCodes << u"POLICY-1"_s;
        options.extraArgs = {u"--return-policy"_s, policy.fileName()};
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));

        CurlTransport transport;
        QVERIFY(Enrollment::enroll(profile(), transport, m_server->url(), u"POLICY-1"_s, u"Retoure"_s));
        m_token = profile().readToken().value();
        m_db = Database::open(profile().databasePath()).value();
        m_storeId = SettingsRepository(m_db->sql()).value(SettingKey::kStoreId.toString());
        ApiClient api(transport, m_server->url(), m_token);
        QVERIFY(SyncEngine(*m_db, api).pullAll());
    }

    void storesFeedBringsThePolicyToTheDevice() {
        const ReturnPolicyConfig policy = StoreRepository(m_db->sql()).returnPolicy(m_storeId);
        QCOMPARE(policy.retailerWindowDays, 60);
        QCOMPARE(int(policy.marketplaceInStore), int(MarketplaceInStore::Refused));
        QCOMPARE(policy.publicHolidays, (QList<QDate>{QDate(2025, 12, 25), QDate(2025, 12, 26)}));
        QVERIFY(!policy.goodwillDaysBeyondWindow); // not in the file: the default
        // Every store has it, with a new version the feed served.
        for (const StoreRecord& store : StoreRepository(m_db->sql()).all().value()) {
            QCOMPARE(store.returnPolicy, policy);
            QVERIFY(store.version >= 2);
        }

        QWidget window;
        ReturnsDesk desk(m_db->sql(), &window);
        const QString shown = text(desk.page(), u"policyLabel"_s);
        QVERIFY2(shown.contains(u"Store return window: 60 day"_s),
                 qPrintable(shown)); // "day(s)" untranslated
        QVERIFY2(shown.contains(u"Marketplace orders: not taken back in store"_s), qPrintable(shown));
        QCOMPARE(desk.page()->policy().config(), policy);
    }

    void deskAndServerTakeBackDay45WithoutAManager() {
        const std::optional<Found> found = day45Order();
        QVERIFY2(found, "no webshop order delivered 40 to 55 days ago in the demo data");
        QWidget window;
        ReturnsDesk desk(m_db->sql(), &window);
        ReturnsPage* page = desk.page();
        QVERIFY(page->lookUp(found->order.orderNo));
        QVERIFY(page->linesModel()->setQuantity(found->line.lineId, 1));
        QVERIFY(page->decision() && page->decision()->canProceed());
        QCOMPARE(page->decision()->approvalRuleNames(), QStringList());
        QCOMPARE(text(page, u"approvalLabel"_s), u"No approval needed."_s);
        auto* submit = page->findChild<QPushButton*>(u"submitButton"_s);
        QVERIFY(submit->isEnabled());
        submit->click();
        QVERIFY2(!desk.lastReceiptPath().isEmpty(), qPrintable(text(page, u"messageLabel"_s)));

        // The server judges by the same policy: accepted, not a conflict.
        CurlTransport transport;
        ApiClient api(transport, m_server->url(), m_token);
        Backoff backoff{1};
        const Result<PushReport> pushed = OutboxPusher(*m_db, api, Clock::system(), backoff).push();
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().toString()));
        QCOMPARE(pushed->done, 1);
        QCOMPARE(pushed->conflicts, 0);
    }

    void marketplaceOrderIsRefusedOnTheDeskAndByTheServer() {
        const std::optional<Found> found =
            find([](const QString& channel, qint64) { return channel.startsWith(u"marketplace:"); },
                 [](const ReturnableOrder&, const ReturnOrderLine&) { return true; });
        QVERIFY2(found, "no marketplace order in the demo data");
        QWidget window;
        ReturnsDesk desk(m_db->sql(), &window);
        ReturnsPage* page = desk.page();
        QVERIFY(page->lookUp(found->order.orderNo));
        QVERIFY(page->linesModel()->setQuantity(found->line.lineId, 1));
        QVERIFY(page->decision());
        QVERIFY(!page->decision()->canProceed());
        QVERIFY(!page->findChild<QPushButton*>(u"submitButton"_s)->isEnabled());
        QVERIFY2(text(page, u"approvalLabel"_s).contains(u"cannot be taken back"_s),
                 qPrintable(text(page, u"approvalLabel"_s)));
        QStringList explained;
        const auto* list = page->findChild<QListWidget*>(u"explanationList"_s);
        for (int i = 0; i < list->count(); ++i)
            explained << list->item(i)->text();
        QVERIFY2(explained.join(u' ').contains(u"marketplace"_s, Qt::CaseInsensitive),
                 qPrintable(explained.join(u'\n')));

        // Sent anyway (e.g. by an old device): the server refuses it too.
        TestApi server(m_server->port());
        QString associate;
        for (const QJsonValue& s : server.readFeed(u"staff"_s, m_token, 500).items) {
            if (s[u"role"] == u"associate"_s && associate.isEmpty())
                associate = s[u"id"].toString();
        }
        CommandClient client(m_server->port(), m_token, associate);
        const QJsonObject line{{u"line_id"_s, found->line.lineId},
                               {u"quantity"_s, 1},
                               {u"reason"_s, u"does_not_fit"_s},
                               {u"condition"_s, u"as_new"_s},
                               {u"disposition"_s, u"restock"_s}};
        const CommandClient::Answer answer = client.send(
            u"POST"_s, u"/v1/returns"_s,
            QJsonObject{{u"order_no"_s, found->order.orderNo},
                        {u"lines"_s, QJsonArray{line}},
                        {u"refund"_s, QJsonObject{{u"method"_s, u"original"_s},
                                                  {u"amount"_s, QJsonObject{{u"amount"_s, 100},
                                                                            {u"currency"_s, u"EUR"_s}}}}},
                        {u"approvals"_s, QJsonArray{}}});
        QCOMPARE(answer.status, 422);
        QCOMPARE(answer.code(), u"not_returnable"_s);
        QVERIFY2(answer.object()[u"detail"].toString().contains(u"marketplace.refused"_s),
                 answer.body.constData());
    }

    void ctlReturnCreateUsesTheSyncedPolicy() {
        const std::optional<Found> found = day45Order();
        QVERIFY2(found, "no second webshop order delivered 40 to 55 days ago in the demo data");
        const CtlRun created =
            runCtl(profile().directory(), {u"return"_s, u"create"_s, u"--order"_s, found->order.orderNo,
                                           u"--line"_s, found->line.lineId + u":1:does_not_fit:as_new"_s});
        QVERIFY2(created.exitCode == 0, created.err.constData()); // the default policy wants a manager
        const CtlRun pushed = runCtl(profile().directory(), {u"push"_s, u"--json"_s});
        QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
        QCOMPARE(QJsonDocument::fromJson(pushed.out)[u"done"].toInt(), 1);
    }

    void unusablePolicyFileStopsTheServer_data() {
        QTest::addColumn<QByteArray>("content"); // empty: no such file
        QTest::addColumn<QString>("says");
        QTest::newRow("window out of range") << QByteArray(R"({"retailer_window_days": -30})")
                                             << u"retailer_window_days must be a whole number of days"_s;
        QTest::newRow("not JSON") << QByteArray("retailer_window_days = 30") << u"not valid JSON"_s;
        QTest::newRow("unknown store")
            << QByteArray(R"({"stores": {"hh-jungfernstieg": {"retailer_window_days": 45}}})")
            << u"stores.hh-jungfernstieg names no known store"_s;
        QTest::newRow("missing file") << QByteArray() << u"cannot read the file"_s;
    }
    void unusablePolicyFileStopsTheServer() {
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"policy.json"_s);
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        TestServer::Options options;
        options.extraArgs = {u"--return-policy"_s, path};
        TestServer server(options);
        QVERIFY(!server.start(60000));
        QVERIFY2(server.errorString().contains(says), qPrintable(server.errorString()));
        QVERIFY2(server.errorString().contains(u"--return-policy"_s), qPrintable(server.errorString()));
    }
};

QTEST_MAIN(TestReturnPolicySync)
#include "tst_returnpolicysync.moc"
