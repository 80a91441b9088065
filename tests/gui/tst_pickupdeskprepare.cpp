// Preparing a pickup at the desk, offline against a cache: the pick list takes scanned EANs (a wrong
// article or one piece too many warns and changes nothing), a line can be ticked without a scanner,
// a missing piece is marked unavailable with its reason, the list survives leaving the pickup, and
// "ready for pickup" asks when pieces are unconfirmed and queues the unavailable pieces with the
// ready command. In German at 1366×768 the scanner wedge reaches the pick list from anywhere in the
// window and nothing is cut off (screenshot with THEKE_SCREENSHOT_DIR).
#include "GermanLayoutCheck.h"
#include "OutboxRepository.h"
#include "PickListPanel.h"
#include "PickProgressRepository.h"
#include "PickupDeskExamples.h"
#include "PickupQueueModel.h"
#include "Session.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace germanlayout;

namespace {

const QString kStore = u"hh-moenckebergstrasse"_s;
const QString kOrderNo = u"W-2025-0051001"_s;
const QString kScarfEan = u"4006381333931"_s;
const QString kJacketEan = u"4012345678901"_s;
const QString kForeignEan = u"4003994155486"_s; // an article of the store, not of this order

Product product(const QString& sku, const QString& ean, const QString& name) {
    Product p;
    p.id = u"prod-"_s + sku;
    p.sku = sku;
    p.eans = {ean};
    p.name = name;
    p.price = Money::eur(2995);
    p.vatRateHundredths = 1900;
    p.version = 1;
    p.updatedAt = QDateTime::currentDateTimeUtc();
    return p;
}

} // namespace

class TestPickupDeskPrepare : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QWidget> m_window;
    PickupDesk* m_desk = nullptr;
    int m_run = 0;
    QStringList m_asked;
    bool m_answer = true;

    PickupPage* page() const { return m_desk->page(); }
    PickListPanel* pickList() const { return page()->pickList(); }
    template <typename T> T* child(const char* name) const {
        return page()->findChild<T*>(QString::fromLatin1(name));
    }
    QList<OutboxEntry> rows() const { return OutboxRepository(m_db->sql()).list().value(); }
    void scan(const QString& text) {
        page()->searchField()->setText(text);
        QTest::keyClick(page()->searchField(), Qt::Key_Return);
    }
    QString confirmedText(int row) const {
        return pickList()->table()->item(row, PickListPanel::ConfirmedColumn)->text();
    }
    // A scanner in keyboard-wedge mode: keys go to whatever has the focus, then Enter.
    static void wedge(const QString& code) {
        for (const QChar digit : code)
            QTest::keyClick(QApplication::focusWidget(), char(digit.unicode()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }
    void seed(Database& database) {
        QVERIFY(SettingsRepository(database.sql()).setValue(SettingKey::kStoreId.toString(), kStore));
        QVERIFY(OrderRepository(database.sql()).upsert({PickupDeskExamples::order(kOrderNo)}));
        QVERIFY(ProductRepository(database.sql())
                    .upsert({product(u"SCF-0815-ONE-GREY"_s, kScarfEan, u"Schal „Föhr“ grau"_s),
                             product(u"JKT-4711-M-NAVY"_s, kJacketEan, u"Steppjacke „Elbe“ navy, M"_s),
                             product(u"MUG-0001"_s, kForeignEan, u"Becher"_s)}));
        Pickup p;
        p.id = u"p-wait"_s;
        p.orderNo = kOrderNo;
        p.customerId = u"c-1"_s;
        p.storeId = kStore;
        p.state = PickupState::AwaitingStock;
        p.lines = {{u"1"_s, 1}, {u"2"_s, 2}};
        p.pickupCodeHash = PinHash::create(u"K7M2QX"_s, 10000);
        p.version = 3;
        p.updatedAt = QDateTime::currentDateTimeUtc().addDays(-1);
        QVERIFY(PickupRepository(database.sql()).upsert({p}));
        QSqlQuery staff(database.sql());
        QVERIFY(
            staff.exec(u"INSERT INTO staff (id, store_id, display_name, role, badge_code, pin_hash) VALUES "
                       u"('st-1', '%1', 'Dörte Schäfer', 'associate', 'B-1', '%2')"_s.arg(
                           kStore, PinHash::create(u"1111"_s, PinHash::kMinimumIterations))));
    }

private Q_SLOTS:
    void initTestCase() {
        QCOMPARE(Translations::install(*QCoreApplication::instance(), u"en"_s), u"en"_s); // plural forms
    }

    void init() {
        m_desk = nullptr;
        m_window.reset();
        m_db.reset();
        QDir(m_dir.path()).mkpath(QString::number(++m_run));
        auto db = Database::open(m_dir.filePath(u"%1/cache.sqlite"_s.arg(m_run)));
        QVERIFY(db);
        m_db = std::move(db).value();
        seed(*m_db);
        m_window = std::make_unique<QWidget>();
        auto* session = new Session(m_db->sql(), Clock::system(), m_window.get());
        QVERIFY(session->signIn(u"st-1"_s, u"1111"_s).ok());
        m_desk = new PickupDesk(m_db->sql(), m_window.get());
        m_desk->setSession(session);
        m_desk->setOnline([] { return false; });
        m_asked.clear();
        m_answer = true;
        m_desk->setConfirm([this](const QString&, const QString& question) {
            m_asked << question;
            return m_answer;
        });
        page()->refresh();
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(page()->selectPickup(u"p-wait"_s));
    }

    void scansConfirmPiecesAndReadyCarriesTheUnavailableOne() {
        QVERIFY(pickList()->isVisible());
        QVERIFY(!child<QTableWidget>("linesView")->isVisible()); // the handover table waits till ready
        QCOMPARE(pickList()->progressLabel()->text(), u"0 of 3 pieces confirmed"_s);

        scan(kScarfEan);
        QCOMPARE(confirmedText(0), u"1 / 1"_s);
        QCOMPARE(pickList()->table()->item(0, PickListPanel::ConfirmedColumn)->checkState(), Qt::Checked);
        QVERIFY(page()->searchField()->text().isEmpty()); // ready for the next scan
        QCOMPARE(page()->queue()->rowCount(), 1);         // the EAN did not filter the queue

        scan(kForeignEan); // wrong article: a clear warning, nothing changes
        QVERIFY2(pickList()->feedbackLabel()->text().contains(u"Wrong article"_s) &&
                     pickList()->feedbackLabel()->text().contains(kOrderNo),
                 qPrintable(pickList()->feedbackLabel()->text()));
        scan(kScarfEan); // one scarf too many
        QVERIFY2(pickList()->feedbackLabel()->text().contains(u"confirmed already"_s),
                 qPrintable(pickList()->feedbackLabel()->text()));
        QCOMPARE(pickList()->pickList().confirmedPieces(), 1);

        scan(kJacketEan);
        QCOMPARE(confirmedText(1), u"1 / 2"_s);
        // The second jacket is damaged.
        pickList()->reasonBox(1)->setCurrentIndex(pickList()->reasonBox(1)->findData(u"damaged"_s));
        pickList()->unavailableBox(1)->setValue(1);
        QCOMPARE(confirmedText(1), u"1 / 1"_s);
        QCOMPARE(pickList()->progressLabel()->text(), u"2 of 2 pieces confirmed · 1 unavailable"_s);

        // Kept in the cache: leaving the pickup (or a restart) loses nothing.
        QCOMPARE(PickProgressRepository(m_db->sql()).load(u"p-wait"_s),
                 (QList<PickProgress>{{u"1"_s, 1, 0, QString()}, {u"2"_s, 1, 1, u"damaged"_s}}));
        page()->refresh();
        QVERIFY(page()->selectPickup(u"p-wait"_s));
        QCOMPARE(pickList()->pickList().confirmedPieces(), 2);
        QCOMPARE(pickList()->unavailableBox(1)->value(), 1);

        child<QLineEdit>("shelfField")->setText(u"C-03"_s);
        child<QPushButton>("readyButton")->click();
        QVERIFY2(m_asked.isEmpty(), qPrintable(m_asked.join(u'|'))); // everything confirmed: no question
        const QList<OutboxEntry> queued = rows();
        QCOMPARE(queued.size(), 1);
        const QJsonObject body = QJsonDocument::fromJson(queued.first().payload).object();
        QCOMPARE(body[u"shelf"].toString(), u"C-03"_s);
        QCOMPARE(body[u"unavailable"][0][u"line_id"].toString(), u"2"_s);
        QCOMPARE(body[u"unavailable"][0][u"quantity"].toInt(), 1);
        QCOMPARE(body[u"unavailable"][0][u"reason"].toString(), u"damaged"_s);
        const Pickup ready = *PickupRepository(m_db->sql()).find(u"p-wait"_s);
        QCOMPARE(ready.state, PickupState::Ready);
        QCOMPARE(ready.lines.at(1).unavailableQuantity, 1);
        QVERIFY(PickProgressRepository(m_db->sql()).load(u"p-wait"_s).isEmpty());
        QVERIFY(!pickList()->isVisible());
        // The handover offers only what is there: one jacket.
        auto* lines = child<QTableWidget>("linesView");
        QVERIFY(lines->isVisible());
        QCOMPARE(qobject_cast<QSpinBox*>(lines->cellWidget(1, 3))->maximum(), 1);
        QVERIFY2(child<QLabel>("messageLabel")->text().contains(u"1 piece marked unavailable"_s),
                 qPrintable(child<QLabel>("messageLabel")->text()));
    }

    void tickWithoutScannerAndReadyWithUnconfirmedPiecesAsksFirst() {
        QTableWidgetItem* jackets = pickList()->table()->item(1, PickListPanel::ConfirmedColumn);
        jackets->setCheckState(Qt::Checked); // both jackets are there, no scanner at hand
        QCOMPARE(confirmedText(1), u"2 / 2"_s);
        child<QLineEdit>("shelfField")->setText(u"C-04"_s);
        m_answer = false;
        child<QPushButton>("readyButton")->click();
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked.first().startsWith(u"1 piece of order W-2025-0051001 is not confirmed"_s),
                 qPrintable(m_asked.first()));
        QVERIFY(rows().isEmpty());
        QCOMPARE(PickupRepository(m_db->sql()).find(u"p-wait"_s)->state, PickupState::AwaitingStock);
        m_answer = true;
        child<QPushButton>("readyButton")->click();
        QCOMPARE(rows().size(), 1);
        QVERIFY(!QJsonDocument::fromJson(rows().first().payload).object().contains(u"unavailable"_s));
        QCOMPARE(PickupRepository(m_db->sql()).find(u"p-wait"_s)->state, PickupState::Ready);
    }

    void everyPieceUnavailableStaysToPrepare() {
        pickList()->unavailableBox(0)->setValue(1);
        pickList()->unavailableBox(1)->setValue(2);
        child<QLineEdit>("shelfField")->setText(u"C-05"_s);
        child<QPushButton>("readyButton")->click();
        QVERIFY(m_asked.isEmpty()); // nothing to confirm: the refusal says why
        QVERIFY(rows().isEmpty());
        QCOMPARE(PickupRepository(m_db->sql()).find(u"p-wait"_s)->state, PickupState::AwaitingStock);
        QVERIFY2(child<QLabel>("messageLabel")
                     ->text()
                     .contains(u"Every piece of this order is marked unavailable"_s),
                 qPrintable(child<QLabel>("messageLabel")->text()));
        // The marks stay for when stock arrives.
        QCOMPARE(PickProgressRepository(m_db->sql()).load(u"p-wait"_s).size(), 2);
    }

    // In German, in the main window: the scanner types into whatever has focus, the wedge takes the
    // EAN to the pick list.
    void germanPickListFitsAndTakesTheWedgeAt1366x768() {
        QCOMPARE(Translations::install(*QCoreApplication::instance(), u"de"_s), u"de"_s);
        QTemporaryDir dir;
        auto db = Database::open(Profile(dir.path()).databasePath());
        QVERIFY(db);
        seed(*db.value());
        SyncService service{Profile(dir.path())};
        MainWindow window(db.value()->sql(), service);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showArea(MainWindow::PickupArea);
        PickupPage* desk = window.pickupDesk()->page();
        desk->refresh();
        QVERIFY(desk->selectPickup(u"p-wait"_s));
        auto* queue = desk->findChild<QTableView*>(u"queueView"_s);
        queue->setFocus();
        QTRY_VERIFY(queue->hasFocus());
        wedge(kScarfEan);
        QCOMPARE(desk->pickList()->pickList().confirmedPieces(), 1);
        desk->pickList()->table()->setFocus();
        wedge(kForeignEan);
        QCOMPARE(desk->pickList()->pickList().confirmedPieces(), 1);
        QVERIFY2(desk->pickList()->feedbackLabel()->text().contains(u"Falscher Artikel"_s),
                 qPrintable(desk->pickList()->feedbackLabel()->text()));
        desk->pickList()->unavailableBox(1)->setValue(1);
        QCOMPARE(desk->pickList()->progressLabel()->text(),
                 u"1 von 2 Teilen bestätigt · 1 nicht verfügbar"_s);
        QTest::qWait(50);
        saveScreenshot(&window, u"abholung-kommissionieren"_s);
        const QStringList problems = cutOffTexts(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u" | "_s)));
        QCOMPARE(Translations::install(*QCoreApplication::instance(), u"en"_s), u"en"_s);
    }
};

QTEST_MAIN(TestPickupDeskPrepare)
#include "tst_pickupdeskprepare.moc"
