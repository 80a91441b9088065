// theke-server's staff feed on the wire: the exact row shape, the device's store only, demo staff
// deterministic by seed, and neither names nor PIN hashes in the server log.
#include "CurlTransport.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Device {
    QString token;
    QString storeId;
};

Device enroll(const TestServer& server, const QString& code) {
    CurlTransport transport;
    HttpRequest request;
    request.method = "POST";
    request.url = QUrl(server.url().toString() + u"/v1/devices/enroll"_s);
    request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    request.body = QJsonDocument(QJsonObject{{u"code"_s, code}}).toJson(QJsonDocument::Compact);
    const auto response = transport.send(request);
    if (!response || response->status != 201)
        return {};
    const QJsonObject answer = QJsonDocument::fromJson(response->body).object();
    return {answer.value(u"token").toString(), answer.value(u"store").toObject().value(u"id").toString()};
}

QByteArray staffPage(const TestServer& server, const Device& device, const QString& cursor = {}) {
    CurlTransport transport;
    HttpRequest request;
    request.url = QUrl(server.url().toString() + u"/v1/sync/staff?cursor="_s + cursor);
    request.headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + device.token.toUtf8()));
    const auto response = transport.send(request);
    return response && response->status == 200 ? response->body : QByteArray();
}

TestServer::Options optionsFor(int seed, const QStringList& codes) {
    TestServer::Options options;
    options.seed = seed;
    options.enrollCodes = codes;
    return options;
}

} // namespace

class TestServerStaff : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    Device m_device;
    QByteArray m_page;

private Q_SLOTS:
    void initTestCase() {
        m_server = std::make_unique<TestServer>(optionsFor(7, {u"S-1"_s}));
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_device = enroll(*m_server, u"S-1"_s);
        QVERIFY(!m_device.token.isEmpty());
        m_page = staffPage(*m_server, m_device);
        QVERIFY(!m_page.isEmpty());
    }

    void rowsHaveTheContractShapeAndTheDevicesStore() {
        const QJsonObject page = QJsonDocument::fromJson(m_page).object();
        QCOMPARE(page.value(u"has_more").toBool(true), false);
        QVERIFY(page.value(u"deleted").toArray().isEmpty());
        const QJsonArray items = page.value(u"items").toArray();
        QVERIFY(items.size() >= 4 && items.size() <= 6);
        const QStringList keys{u"active"_s, u"badge_code"_s, u"display_name"_s, u"id"_s,     u"pin_hash"_s,
                               u"role"_s,   u"store_id"_s,   u"updated_at"_s,   u"version"_s};
        for (const QJsonValue& item : items) {
            const QJsonObject staff = item.toObject();
            QCOMPARE(staff.keys(), keys);
            QCOMPARE(staff.value(u"store_id").toString(), m_device.storeId);
            QVERIFY(staff.value(u"role") == u"manager"_s || staff.value(u"role") == u"associate"_s);
            QVERIFY(staff.value(u"badge_code").toString().startsWith(u"B-HH-"_s));
            QCOMPARE(staff.value(u"active").toBool(false), true);
            const QJsonObject hash = staff.value(u"pin_hash").toObject();
            QCOMPARE(hash.keys(), (QStringList{u"algorithm"_s, u"hash"_s, u"iterations"_s, u"salt"_s}));
            QCOMPARE(hash.value(u"algorithm").toString(), u"pbkdf2-sha256"_s);
            QCOMPARE(hash.value(u"iterations").toInt(), 210000);
            QCOMPARE(QByteArray::fromBase64(hash.value(u"salt").toString().toLatin1()).size(), 16);
            QCOMPARE(QByteArray::fromBase64(hash.value(u"hash").toString().toLatin1()).size(), 32);
        }
        // Written as QJsonDocument would write it, byte for byte.
        QCOMPARE(QJsonDocument(page).toJson(QJsonDocument::Compact), m_page);

        const QString cursor = page.value(u"next_cursor").toString();
        const QJsonObject after = QJsonDocument::fromJson(staffPage(*m_server, m_device, cursor)).object();
        QVERIFY(after.value(u"items").toArray().isEmpty());
        QCOMPARE(after.value(u"next_cursor").toString(), cursor);
    }

    void namesAndHashesStayOutOfTheLog() {
        const QByteArray log = m_server->serverOutput();
        QVERIFY(log.contains("demo staff"));
        const QJsonArray items = QJsonDocument::fromJson(m_page).object().value(u"items").toArray();
        for (const QJsonValue& item : items) {
            const QJsonObject staff = item.toObject();
            QVERIFY(!log.contains(staff.value(u"display_name").toString().toUtf8()));
            QVERIFY(!log.contains(staff.value(u"pin_hash").toObject().value(u"hash").toString().toUtf8()));
            QVERIFY(!log.contains(staff.value(u"pin_hash").toObject().value(u"salt").toString().toUtf8()));
        }
    }

    void sameSeedGivesTheSameStaffAndOtherSeedDiffers() {
        TestServer same(optionsFor(7, {u"S-2"_s}));
        QVERIFY2(same.start(), qPrintable(same.errorString()));
        QCOMPARE(staffPage(same, enroll(same, u"S-2"_s)), m_page);

        TestServer other(optionsFor(8, {u"S-3"_s}));
        QVERIFY2(other.start(), qPrintable(other.errorString()));
        const QByteArray otherPage = staffPage(other, enroll(other, u"S-3"_s));
        QVERIFY(!otherPage.isEmpty());
        QVERIFY(otherPage != m_page);
    }
};

QTEST_GUILESS_MAIN(TestServerStaff)
#include "tst_serverstaff.moc"
