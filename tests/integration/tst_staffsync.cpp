// The staff feed end to end: real theke-server on loopback, real libcurl, real SQLite cache files.
// A device gets exactly its own store's staff, and the documented demo PINs (server/README.md) verify.
#include "ApiClient.h"
#include "CurlTransport.h"
#include "Database.h"
#include "Enrollment.h"
#include "PinHash.h"
#include "StaffRepository.h"
#include "SyncEngine.h"
#include "TestServer.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kHamburg = u"hh-moenckebergstrasse"_s;
const QString kBerlin = u"b-tauentzienstrasse"_s;
const QString kAssociatePin = u"1234"_s;
const QString kManagerPin = u"9999"_s;

QList<StaffMember> cachedStaff(Database& db) {
    QList<StaffMember> staff;
    QSqlQuery q(db.sql());
    q.exec(u"SELECT id, store_id, display_name, role, badge_code, pin_hash, active, version FROM staff "
           "ORDER BY id"_s);
    while (q.next()) {
        StaffMember member;
        member.id = q.value(0).toString();
        member.storeId = q.value(1).toString();
        member.displayName = q.value(2).toString();
        member.role =
            q.value(3).toString() == u"manager" ? StaffMember::Role::Manager : StaffMember::Role::Associate;
        member.badgeCode = q.value(4).toString();
        member.pinHash = q.value(5).toString();
        member.active = q.value(6).toBool();
        member.version = q.value(7).toLongLong();
        staff.append(member);
    }
    return staff;
}

} // namespace

class TestStaffSync : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_first; // stopped; owns the data directory
    std::unique_ptr<TestServer> m_server;

    // Enrolls a profile in dir with code, pulls every feed and returns the open cache.
    std::unique_ptr<Database> syncedProfile(const QString& dir, const QString& code) {
        CurlTransport transport;
        const Profile profile(dir);
        auto device = Enrollment::enroll(profile, transport, m_server->url(), code, u"Testkasse"_s);
        if (!device) {
            qWarning() << device.error().toString();
            return {};
        }
        auto db = Database::open(profile.databasePath());
        if (!db)
            return {};
        ApiClient api(transport, m_server->url(), profile.readToken().value());
        SyncEngine engine(*db.value(), api);
        auto pulled = engine.pullAll();
        if (!pulled) {
            qWarning() << pulled.error().toString();
            return {};
        }
        return std::move(db).value();
    }

    void verifyStoreStaff(const QList<StaffMember>& staff, const QString& storeId,
                          const QString& badgePrefix) {
        QVERIFY(staff.size() >= 4 && staff.size() <= 6);
        int managers = 0;
        for (const StaffMember& member : staff) {
            QCOMPARE(member.storeId, storeId);
            QVERIFY(member.badgeCode.startsWith(badgePrefix));
            QVERIFY(member.displayName.contains(u' '));
            QVERIFY(member.active);
            QCOMPARE(member.version, qint64(1));
            QCOMPARE(PinHash::descriptorProblem(member.pinHash), QString());
            managers += member.isManager() ? 1 : 0;
        }
        QVERIFY(managers >= 1 && managers <= 2);
        const qsizetype associates = staff.size() - managers;
        QVERIFY(associates >= 3 && associates <= 4);
    }

private Q_SLOTS:
    void initTestCase() {
        // Codes for two stores: the first start registers Hamburg's (the default store), a restart on the
        // same data registers Berlin's; both stay valid.
        TestServer::Options options;
        options.demoCustomers = 50;
        options.seed = 7;
        options.enrollCodes << u"HH-1"_s << u"HH-2"_s;
        m_first = std::make_unique<TestServer>(options);
        QVERIFY2(m_first->start(), qPrintable(m_first->errorString()));
        QVERIFY(m_first->serverOutput().contains("demo staff"));
        m_first->stop();

        options.dataDir = m_first->dataDir();
        options.enrollCodes = QStringList{u"B-1"_s};
        options.extraArgs << u"--enroll-store"_s << kBerlin;
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        // Staff exist already: the slow PIN hashes are not made again.
        QVERIFY(!m_server->serverOutput().contains("demo staff"));
    }

    void syncCachesExactlyTheStoresStaff() {
        QTemporaryDir dir;
        auto db = syncedProfile(dir.path(), u"HH-1"_s);
        QVERIFY(db);
        const QList<StaffMember> staff = cachedStaff(*db);
        verifyStoreStaff(staff, kHamburg, u"B-HH-"_s);
        // The repository the sign-in screen uses finds them by badge.
        const auto byBadge = StaffRepository(db->sql()).findActiveByBadge(staff.first().badgeCode);
        QVERIFY(byBadge);
        QCOMPARE(byBadge->id, staff.first().id);

        // A second sync changes nothing.
        CurlTransport transport;
        ApiClient api(transport, m_server->url(), Profile(dir.path()).readToken().value());
        SyncEngine engine(*db, api);
        auto again = engine.pullAll();
        QVERIFY(again);
        QCOMPARE(again.value(), qint64(0));
        QCOMPARE(cachedStaff(*db).size(), staff.size());
    }

    void documentedDemoPinsVerify() {
        QTemporaryDir dir;
        auto db = syncedProfile(dir.path(), u"HH-2"_s);
        QVERIFY(db);
        const QList<StaffMember> staff = cachedStaff(*db);
        const auto manager =
            std::find_if(staff.begin(), staff.end(), [](const StaffMember& m) { return m.isManager(); });
        const auto associate =
            std::find_if(staff.begin(), staff.end(), [](const StaffMember& m) { return !m.isManager(); });
        QVERIFY(manager != staff.end() && associate != staff.end());
        QVERIFY(PinHash::verify(kManagerPin, manager->pinHash));
        QVERIFY(PinHash::verify(kAssociatePin, associate->pinHash));
        QVERIFY(!PinHash::verify(kAssociatePin, manager->pinHash));
        QVERIFY(!PinHash::verify(u"0000"_s, associate->pinHash));
        // Salted per person: equal PINs, different hashes.
        QVERIFY(manager->pinHash != associate->pinHash);
    }

    void otherStoresStaffAreNotThere() {
        QTemporaryDir berlinDir;
        auto berlin = syncedProfile(berlinDir.path(), u"B-1"_s);
        QVERIFY(berlin);
        const QList<StaffMember> berlinStaff = cachedStaff(*berlin);
        verifyStoreStaff(berlinStaff, kBerlin, u"B-B-"_s);

        // Hamburg's people (seen through the first store's feed on the server) are not in Berlin's cache.
        QSqlQuery q(berlin->sql());
        QVERIFY(q.exec(
            u"SELECT COUNT(*) FROM staff WHERE store_id <> '%1' OR badge_code LIKE 'B-HH-%'"_s.arg(kBerlin)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(!StaffRepository(berlin->sql()).findActiveByBadge(u"B-HH-1"_s));
    }
};

QTEST_GUILESS_MAIN(TestStaffSync)
#include "tst_staffsync.moc"
