// A customer not in this device's cache: the counter's search asks the central search of the real
// theke-server, shows the answer marked as such, and picking one takes the customer into the cache.
#include "CurlTransport.h"
#include "CustomerDetailPane.h"
#include "CustomerRepository.h"
#include "CustomerSearchModel.h"
#include "CustomersPage.h"
#include "Database.h"
#include "Enrollment.h"
#include "OnlineCustomerSearch.h"
#include "TestServer.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCentralSearch : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        TestServer::Options options;
        options.demoCustomers = 300;
        options.seed = 3;
        options.enrollCodes << u"CENTRAL-1"_s;
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        CurlTransport transport;
        QVERIFY(Enrollment::enroll(Profile(m_dir.path()), transport, m_server->url(), u"CENTRAL-1"_s,
                                   u"Kasse"_s));
    }

    void searchNowFindsByCustomerNumber() {
        // Nothing was synced: the cache is empty, the server knows 300 customers.
        const auto answer = OnlineCustomerSearch::searchNow(Profile(m_dir.path()), u"Müller"_s);
        QVERIFY2(answer.error.code.isEmpty(), qPrintable(answer.error.toString()));
        QVERIFY(!answer.customers.isEmpty());
        for (const Customer& c : answer.customers)
            QVERIFY2(c.lastName.startsWith(u"Müller"_s) || c.lastName.startsWith(u"Mueller"_s),
                     qPrintable(c.lastName));
        const QString number = answer.customers.first().customerNo;
        const auto byNumber = OnlineCustomerSearch::searchNow(Profile(m_dir.path()), number);
        QCOMPARE(byNumber.customers.size(), 1);
        QCOMPARE(byNumber.customers.first().customerNo, number);
    }

    void counterSearchFallsBackToTheCentralSearchAndAdoptsTheChoice() {
        auto db = Database::open(Profile(m_dir.path()).databasePath());
        QVERIFY(db);
        QCOMPARE(CustomerRepository(db.value()->sql()).count().value(), qint64(0));
        OnlineCustomerSearch central(Profile(m_dir.path()));
        CustomersPage page(db.value()->sql());
        page.setCentralSearch(&central, [] { return true; });
        page.show();
        page.searchField()->setText(u"Müller"_s);
        page.searchNow();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->fromCentral(), 15000);
        QVERIFY(page.model()->rowCount() > 0);
        // The associate is told where these matches come from.
        const QList<QLabel*> labels = page.findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel* label) {
            return label->text().contains(u"found by the central search"_s);
        }));
        // The first match is selected: it is now cached and shown, so notes and consents work.
        const QString id = page.model()->customerAt(0)->id;
        QTRY_COMPARE(page.detailPane()->shownCustomerId(), id);
        QVERIFY(CustomerRepository(db.value()->sql()).find(id));
    }

    void offlineTheCentralSearchIsNotAsked() {
        auto db = Database::open(Profile(m_dir.path()).databasePath());
        QVERIFY(db);
        OnlineCustomerSearch central(Profile(m_dir.path()));
        CustomersPage page(db.value()->sql());
        page.setCentralSearch(&central, [] { return false; });
        page.searchField()->setText(u"Zzyzx"_s);
        page.searchNow();
        QTest::qWait(200);
        QVERIFY(!page.model()->fromCentral());
        QCOMPARE(page.model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestCentralSearch)
#include "tst_centralsearch.moc"
