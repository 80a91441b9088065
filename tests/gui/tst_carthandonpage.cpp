// The hand-on buttons of the cart page against the real theke-server, clicked like an associate:
// to the till (the dialog shows the code the server loads the cart by), into the online account
// (the store cart goes, the online cart shows the lines), an order with pickup in another store
// (the order number from the server's answer); unsent changes and a missing connection say so and
// change nothing.
#include "ApiClient.h"
#include "AvailabilityPanel.h"
#include "Backoff.h"
#include "CartChanges.h"
#include "CartDesk.h"
#include "CartHandOn.h"
#include "CartHandOnDesk.h"
#include "CartLinesModel.h"
#include "CartOrderDialog.h"
#include "CartRepository.h"
#include "CurlTransport.h"
#include "Database.h"
#include "Enrollment.h"
#include "ErrorMessages.h"
#include "MockClock.h"
#include "OrderRepository.h"
#include "OutboxPusher.h"
#include "SyncEngine.h"
#include "TestApi.h"
#include "TestServer.h"
#include "TillCodeDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const QString kStore = u"hh-moenckebergstrasse"_s;
const QString kOtherStore = u"b-tauentzienstrasse"_s;

} // namespace

class TestCartHandOnPage : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<Database> m_db;
    QString m_token;
    MockClock m_clock{QDateTime::currentDateTimeUtc()};
    Backoff m_backoff{1};
    QStringList m_customers; // no cart yet
    QStringList m_eans;      // articles the warehouse has plenty of
    QString m_otherStoreEan; // one the other store has in stock
    QString m_otherStoreSku;
    std::unique_ptr<QWidget> m_host;
    CartDesk* m_desk = nullptr;
    CartHandOnDesk* m_handOnDesk = nullptr;
    std::unique_ptr<CartHandOn> m_handOn;
    bool m_online = true;

    bool push() {
        CurlTransport transport;
        ApiClient api(transport, m_server->url(), m_token);
        return bool(OutboxPusher(*m_db, api, m_clock, m_backoff).push());
    }
    // A new customer's store cart with these articles, opened on the page; pushed unless told not to.
    Cart openStoreCart(const QStringList& eans, bool pushed = true) {
        const QString customer = m_customers.isEmpty() ? QString() : m_customers.takeFirst();
        QString cartId;
        for (const QString& ean : eans) {
            const auto added =
                CartChanges(*m_db, m_clock).addToStoreCart(customer, ean, 1, u"st-hh-0002"_s, kStore);
            if (!added)
                return {};
            cartId = added->cart.id;
        }
        if (pushed && !push())
            return {};
        m_desk->openCustomer(customer);
        m_desk->show(CartPage::Which::Store);
        return CartRepository(m_db->sql()).find(cartId).value_or(Cart{});
    }
    std::optional<CartHandOn::Outcome> awaitHandOn() {
        QSignalSpy handedOn(m_handOnDesk, &CartHandOnDesk::handedOn);
        if (!handedOn.wait(60000))
            return std::nullopt;
        return handedOn.at(0).at(0).value<CartHandOn::Outcome>();
    }

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<CartHandOn::Outcome>();
        TestServer::Options options;
        options.demoCustomers = 200;
        options.seed = 61;
        options.extraArgs = {u"--test-mode"_s};
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        TestApi testApi(m_server->port());
        QCOMPARE(
            testApi.post(u"/v1/test/enrollment-codes"_s, {{u"code"_s, u"THEKE-1"_s}, {u"store_id"_s, kStore}})
                .status,
            201);
        CurlTransport transport;
        m_profile = std::make_unique<Profile>(m_dir.path());
        QVERIFY(Enrollment::enroll(*m_profile, transport, m_server->url(), u"THEKE-1"_s, u"Kasse 1"_s));
        m_token = m_profile->readToken().value();
        m_db = Database::open(m_profile->databasePath()).value();
        ApiClient api(transport, m_server->url(), m_token);
        QVERIFY(SyncEngine(*m_db, api).pullAll());

        QSet<QString> withCart;
        for (const QJsonValue& c : testApi.readFeed(u"carts"_s, m_token, 2000).items)
            withCart.insert(c[u"customer_id"].toString());
        for (const QJsonValue& c : testApi.readFeed(u"customers"_s, m_token, 500).items) {
            if (!withCart.contains(c[u"id"].toString()) && !c[u"address"][u"street"].toString().isEmpty())
                m_customers.append(c[u"id"].toString());
        }
        QHash<QString, qint64> stock;
        for (const QJsonValue& s : testApi.readFeed(u"stock"_s, m_token, 2000).items)
            stock.insert(s[u"id"].toString(), s[u"quantity"].toInteger());
        for (const QJsonValue& p : testApi.readFeed(u"products"_s, m_token, 2000).items) {
            const QString sku = p[u"sku"].toString();
            const QString ean = p[u"eans"].toArray().at(0).toString();
            if (!p[u"promotion"].isNull() || ean.isEmpty())
                continue;
            if (stock.value(sku + u"@ONLINE"_s) >= 10)
                m_eans.append(ean);
            if (m_otherStoreEan.isEmpty() && stock.value(sku + u'@' + kOtherStore) >= 2) {
                m_otherStoreEan = ean;
                m_otherStoreSku = sku;
            }
        }
        QVERIFY(m_customers.size() >= 5 && m_eans.size() >= 2 && !m_otherStoreEan.isEmpty());
    }

    void init() {
        m_host = std::make_unique<QWidget>();
        m_desk = new CartDesk(m_db->sql(), m_host.get());
        m_online = true;
        m_desk->setOnline([this] { return m_online; });
        m_handOn = std::make_unique<CartHandOn>(*m_profile);
        m_handOnDesk = new CartHandOnDesk(m_desk, m_db->sql());
        m_handOnDesk->setHandOn(m_handOn.get());
        m_host->resize(1366, 768);
        m_host->show();
        m_desk->page()->resize(1366, 768);
        m_desk->page()->show();
    }

    void cleanup() {
        m_host.reset();
        m_handOn.reset();
    }

    void tillHandOnShowsTheCodeTheServerHas() {
        const Cart cart = openStoreCart({m_eans.at(0), m_eans.at(1)});
        QVERIFY(!cart.id.isEmpty());
        QVERIFY(m_handOnDesk->tillButton()->isVisible());
        QTest::mouseClick(m_handOnDesk->tillButton(), Qt::LeftButton);
        // Busy while the call runs on the pool thread; the GUI goes on.
        QVERIFY(!m_handOnDesk->tillButton()->isEnabled());
        QVERIFY(!m_handOnDesk->orderButton()->isEnabled());
        const auto outcome = awaitHandOn();
        QVERIFY(outcome);
        QVERIFY2(outcome->ok(), qPrintable(outcome->error.toString()));
        QVERIFY(m_handOnDesk->tillButton()->isEnabled());
        TillCodeDialog* dialog = m_handOnDesk->tillCodeDialog();
        QVERIFY(dialog && dialog->isVisible());
        const QString shown = dialog->codeLabel()->text().remove(u' ');
        QCOMPARE(shown.size(), 8);
        QVERIFY(!dialog->qrLabel()->pixmap().isNull());
        QVERIFY(m_desk->page()->messageText().contains(shown));
        CurlTransport transport;
        ApiClient till(transport, m_server->url(), m_token);
        const Result<QJsonObject> loaded = till.handedOffCart(shown);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(loaded.value()[u"cart_id"].toString(), cart.id);
    }

    void onlineHandOnMovesTheLines() {
        const Cart cart = openStoreCart({m_eans.at(0), m_eans.at(1)});
        QVERIFY(!cart.id.isEmpty());
        QCOMPARE(m_desk->shownCart()->id, cart.id);
        QTest::mouseClick(m_handOnDesk->onlineButton(), Qt::LeftButton);
        const auto outcome = awaitHandOn();
        QVERIFY(outcome);
        QVERIFY2(outcome->ok(), qPrintable(outcome->error.toString()));
        QVERIFY(!CartRepository(m_db->sql()).find(cart.id));
        QCOMPARE(m_desk->page()->shownCart(), CartPage::Which::Online);
        QVERIFY(m_desk->shownCart());
        QCOMPARE(m_desk->shownCart()->origin, u"online"_s);
        QCOMPARE(m_desk->shownCart()->lines.size(), 2);
        QCOMPARE(m_desk->page()->linesModel()->rowCount(), 2);
        // The online cart cannot go into the online account again.
        QTest::mouseClick(m_handOnDesk->onlineButton(), Qt::LeftButton);
        QCOMPARE(m_desk->page()->messageText(),
                 ErrorMessages::describe(Error{u"local.cart_already_online"_s, {}, 0}));
    }

    void orderWithPickupInAnotherStoreShowsTheOrderNumber() {
        const Cart cart = openStoreCart({m_otherStoreEan});
        QVERIFY(!cart.id.isEmpty());
        bool dialogSeen = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<CartOrderDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialogSeen = true;
            dialog->pickupButton()->click();
            dialog->storeBox()->setCurrentIndex(dialog->storeBox()->findData(kOtherStore));
            dialog->payAtTillButton()->click();
            dialog->findChild<QPushButton*>(u"placeButton"_s)->click();
        });
        QTest::mouseClick(m_handOnDesk->orderButton(), Qt::LeftButton);
        QVERIFY(dialogSeen);
        const auto outcome = awaitHandOn();
        QVERIFY(outcome);
        QVERIFY2(outcome->ok(), qPrintable(outcome->error.toString()));
        QCOMPARE(outcome->order.fulfilment, u"pickup"_s);
        QVERIFY(!outcome->order.orderNo.isEmpty());
        QVERIFY(m_desk->page()->messageText().contains(outcome->order.orderNo));
        QCOMPARE(OrderRepository(m_db->sql()).findByOrderNo(outcome->order.orderNo).value().customerId,
                 cart.customerId);
        QVERIFY(!CartRepository(m_db->sql()).find(cart.id));
    }

    void reservationInAnotherStoreFromTheAvailabilityPanel() {
        const QString customer = m_customers.takeFirst();
        QVERIFY(m_desk->openCustomer(customer));
        AvailabilityPanel* panel = m_desk->availabilityPanel();
        panel->showSku(m_otherStoreSku);
        QVERIFY(panel->reserveButton()->isVisible());
        QVERIFY(!panel->reserveButton()->isEnabled()); // no store chosen yet
        int other = -1;
        for (int r = 0; r < panel->rows().size(); ++r) {
            if (panel->rows().at(r).location == kOtherStore)
                other = r;
        }
        QVERIFY(other >= 0);
        panel->table()->selectRow(other);
        QVERIFY(panel->reserveButton()->isEnabled());
        QString asked;
        m_handOnDesk->setConfirmation([&](const QString& question) {
            asked = question;
            return true;
        });
        QTest::mouseClick(panel->reserveButton(), Qt::LeftButton);
        QVERIFY(asked.contains(panel->rows().at(other).storeName));
        const auto outcome = awaitHandOn();
        QVERIFY(outcome);
        QVERIFY2(outcome->ok(), qPrintable(outcome->error.toString()));
        QCOMPARE(outcome->order.fulfilment, u"pickup"_s);
        QCOMPARE(outcome->order.customerId, customer);
        QVERIFY(m_desk->page()->messageText().contains(outcome->order.orderNo));
        QVERIFY(m_desk->page()->messageText().contains(panel->rows().at(other).storeName));
    }

    void unsentChangesAndNoConnectionSaySoAndChangeNothing() {
        const Cart waiting = openStoreCart({m_eans.at(0)}, false);
        QVERIFY(!waiting.id.isEmpty());
        QTest::mouseClick(m_handOnDesk->tillButton(), Qt::LeftButton);
        const auto outcome = awaitHandOn();
        QVERIFY(outcome);
        QCOMPARE(outcome->error.code, u"local.cart_changes_pending"_s);
        QCOMPARE(m_desk->page()->messageText(), ErrorMessages::describe(outcome->error));
        QVERIFY(m_desk->page()->messageIsWarning());

        QVERIFY(push());
        m_online = false;
        for (QPushButton* button :
             {m_handOnDesk->tillButton(), m_handOnDesk->onlineButton(), m_handOnDesk->orderButton()}) {
            m_desk->page()->showMessage({});
            QVERIFY(button->isEnabled());
            QTest::mouseClick(button, Qt::LeftButton);
            QCOMPARE(m_desk->page()->messageText(),
                     ErrorMessages::describe(Error{u"local.needs_network"_s, {}, 0}));
            QVERIFY(button->isEnabled());
        }
        const Cart after = CartRepository(m_db->sql()).find(waiting.id).value();
        QVERIFY(after.handoffCode.isEmpty());
        QCOMPARE(after.lines, m_desk->shownCart()->lines);
    }
};

QTEST_MAIN(TestCartHandOnPage)
#include "tst_carthandonpage.moc"
