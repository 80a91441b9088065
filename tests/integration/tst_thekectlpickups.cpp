// theke-ctl at the pickup desk: ready and handover on a synced profile against the real theke-server,
// with the staff member's PIN on stdin; pushed, the server's pickups feed shows the new state.
#include "CtlRunner.h"
#include "Profile.h"
#include "TestApi.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kStore = u"hh-moenckebergstrasse"_s;

} // namespace

class TestThekeCtlPickups : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestApi> m_api;
    QTemporaryDir m_dir;
    QString m_token; // a second device of the same store, to read the server's feeds

    QString profile() const { return m_dir.path(); }
    QJsonArray feed(const QString& name) { return m_api->readFeed(name, m_token, 2000).items; }

    QJsonObject pickupIn(const QString& state) {
        for (const QJsonValue& value : feed(u"pickups"_s)) {
            if (value[u"state"] == state)
                return value.toObject();
        }
        return {};
    }
    QJsonObject pickupOf(const QString& orderNo) {
        for (const QJsonValue& value : feed(u"pickups"_s)) {
            if (value[u"order_no"] == orderNo)
                return value.toObject();
        }
        return {};
    }
    QString associate() {
        for (const QJsonValue& s : feed(u"staff"_s)) {
            if (s[u"role"] == u"associate"_s)
                return s[u"id"].toString();
        }
        return {};
    }
    void push() {
        const CtlRun pushed = runCtl(profile(), {u"push"_s});
        QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
    }

private Q_SLOTS:
    void initTestCase() {
        TestServer::Options options;
        options.demoCustomers = 300;
        options.seed = 23;
        options.enrollCodes = {u"PICK-1"_s};
        options.extraArgs = {u"--test-mode"_s, u"--enroll-store"_s, kStore};
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_api = std::make_unique<TestApi>(m_server->port());
        m_token = m_api->enrollAt(kStore);
        QVERIFY(!m_token.isEmpty());
        QVERIFY(runCtl(profile(),
                       {u"enroll"_s, u"--server"_s, m_server->url().toString(), u"--code"_s, u"PICK-1"_s})
                    .exitCode == 0);
        QVERIFY(runCtl(profile(), {u"sync"_s}).exitCode == 0);
    }

    // Runs before the store's only waiting pickup is readied below, so the refusal is what ctl shows
    // here; the accepted case is covered through PickupActions in tst_pickupsync and on the server in
    // tst_serverpickupprepare.
    void readyWithEveryPieceUnavailableIsRefused() {
        const QJsonObject waiting = pickupIn(u"awaiting_stock"_s);
        QVERIFY2(!waiting.isEmpty(), "no pickup awaiting stock in the demo data");
        const QString orderNo = waiting[u"order_no"].toString();
        QStringList ready{u"pickup"_s, u"ready"_s,   orderNo,    u"--shelf"_s,
                          u"C-13"_s,   u"--staff"_s, associate()};
        // A reason outside the list is a usage error: nothing is asked, nothing queued.
        const QString firstLine = waiting[u"lines"][0][u"line_id"].toString();
        QCOMPARE(
            runCtl(profile(), ready + QStringList{u"--unavailable"_s, firstLine + u":1:lost"_s}, "1234\n")
                .exitCode,
            2);
        for (const QJsonValue& line : waiting[u"lines"].toArray())
            ready
                << u"--unavailable"_s
                << u"%1:%2:stock_incorrect"_s.arg(line[u"line_id"].toString()).arg(line[u"quantity"].toInt());
        const CtlRun refused = runCtl(profile(), ready, "1234\n");
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("nothing_available"), refused.err.constData());
        push();
        QCOMPARE(pickupOf(orderNo)[u"state"].toString(), u"awaiting_stock"_s);
        QCOMPARE(pickupOf(orderNo)[u"version"], waiting[u"version"]);
    }

    void readyPutsAWaitingOrderOnTheShelf() {
        const QJsonObject waiting = pickupIn(u"awaiting_stock"_s);
        QVERIFY2(!waiting.isEmpty(), "no pickup awaiting stock in the demo data");
        const QString orderNo = waiting[u"order_no"].toString();
        const CtlRun ready = runCtl(
            profile(), {u"pickup"_s, u"ready"_s, orderNo, u"--shelf"_s, u"C-12"_s, u"--staff"_s, associate()},
            "1234\n");
        QVERIFY2(ready.exitCode == 0, ready.err.constData());
        push();
        const QJsonObject after = pickupOf(orderNo);
        QCOMPARE(after[u"state"].toString(), u"ready"_s);
        QCOMPARE(after[u"shelf"].toString(), u"C-12"_s);
    }

    void handoverWithTheCustomersCode() {
        const QJsonObject ready = pickupIn(u"ready"_s);
        QVERIFY(!ready.isEmpty());
        const QString orderNo = ready[u"order_no"].toString();
        const QString code = m_api->get(u"/v1/test/pickups/%1/code"_s.arg(ready[u"id"].toString()))
                                 .object()[u"code"]
                                 .toString();
        QCOMPARE(code.size(), 6);
        const QStringList args{u"pickup"_s, u"handover"_s, orderNo, u"--staff"_s, associate(), u"--code"_s};

        // A wrong code is refused offline and nothing is queued.
        const CtlRun wrong = runCtl(profile(), args + QStringList{u"000000"_s}, "1234\n");
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY(wrong.err.contains("pickup_code_invalid"));
        QVERIFY(!wrong.err.contains(code.toUtf8()));

        const CtlRun handed = runCtl(profile(), args + QStringList{code.toLower()}, "1234\n");
        QVERIFY2(handed.exitCode == 0, handed.err.constData());
        push();
        QCOMPARE(pickupOf(orderNo)[u"state"].toString(), u"handed_over"_s);
    }

    void withoutStaffOrWithAWrongPinNothingHappens() {
        const QJsonObject ready = pickupIn(u"ready"_s);
        QVERIFY(!ready.isEmpty());
        const QString orderNo = ready[u"order_no"].toString();
        QCOMPARE(runCtl(profile(), {u"pickup"_s, u"ready"_s, orderNo, u"--shelf"_s, u"A-1"_s}).exitCode, 2);
        const CtlRun wrongPin = runCtl(
            profile(), {u"pickup"_s, u"ready"_s, orderNo, u"--shelf"_s, u"A-1"_s, u"--staff"_s, associate()},
            "0000\n");
        QCOMPARE(wrongPin.exitCode, 1);
        const QJsonArray rows =
            QJsonDocument::fromJson(runCtl(profile(), {u"outbox"_s, u"list"_s, u"--json"_s}).out).array();
        for (const QJsonValue& row : rows)
            QVERIFY(row[u"state"] != u"pending"_s);
    }
};

QTEST_GUILESS_MAIN(TestThekeCtlPickups)
#include "tst_thekectlpickups.moc"
