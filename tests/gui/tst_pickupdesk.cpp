// The pickup desk driven like an associate, offline against a cache: the queue shows its buckets,
// a scanned QR code selects the pickup and checks its code against the cached hash, the handover
// (full or partial, by code or identity document) goes to the outbox and prints a receipt naming
// the order; shelf, return to stock and wrong codes behave as the desk promises.
#include "CustomerRepository.h"
#include "Database.h"
#include "OrderRepository.h"
#include "OutboxModel.h"
#include "OutboxRepository.h"
#include "PdfText.h"
#include "PickupCode.h"
#include "PickupCodeSearch.h"
#include "PickupDesk.h"
#include "PickupDeskExamples.h"
#include "PickupPage.h"
#include "PickupQueueModel.h"
#include "PickupRepository.h"
#include "PinHash.h"
#include "Session.h"
#include "SettingsRepository.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const QString kStore = u"hh-moenckebergstrasse"_s;
const QString kCode = u"K7M2QX"_s;
using PickupDeskExamples::order;

Pickup pickup(const QString& id, const QString& orderNo, PickupState state, const QDateTime& deadline) {
    Pickup p;
    p.id = id;
    p.orderNo = orderNo;
    p.customerId = u"c-1"_s;
    p.storeId = kStore;
    p.state = state;
    p.lines = {{u"1"_s, 1}, {u"2"_s, 2}};
    p.shelf = state == PickupState::AwaitingStock ? QString() : u"B-07"_s;
    p.deadline = deadline;
    p.pickupCodeHash = PinHash::create(kCode, 10000);
    p.authorisedPersons = {{u"Sören Köhler"_s}};
    p.version = 3;
    p.updatedAt = QDateTime::currentDateTimeUtc().addDays(-2);
    return p;
}

} // namespace

class TestPickupDesk : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QWidget> m_window;
    PickupDesk* m_desk = nullptr;
    int m_run = 0;
    QStringList m_asked;

    PickupPage* page() const { return m_desk->page(); }
    template <typename T> T* child(const char* name) const {
        return page()->findChild<T*>(QString::fromLatin1(name));
    }
    PickupState stateOf(const QString& id) const { return PickupRepository(m_db->sql()).find(id)->state; }
    QList<OutboxEntry> rows() const { return OutboxRepository(m_db->sql()).list().value(); }
    // Four more pickups waiting on the shelf, each with a code of its own ("CODE01" … "CODE04").
    void addWaitingPickupsWithOwnCodes() {
        QList<Pickup> more;
        for (int i = 1; i <= 4; ++i) {
            Pickup p = pickup(u"p-own-%1"_s.arg(i), u"W-2025-0051177"_s, PickupState::Ready,
                              QDateTime::currentDateTimeUtc().addDays(2 + i));
            p.pickupCodeHash = PinHash::create(u"CODE0%1"_s.arg(i), 10000);
            more << p;
        }
        QVERIFY(PickupRepository(m_db->sql()).upsert(more));
        page()->refresh();
    }
    void typeInSearch(const QString& text) {
        page()->searchField()->setText(text);
        QTest::keyClick(page()->searchField(), Qt::Key_Return);
    }

private Q_SLOTS:
    void init() {
        m_desk = nullptr;
        m_window.reset();
        m_db.reset();
        QDir(m_dir.path()).mkpath(QString::number(++m_run));
        auto db = Database::open(m_dir.filePath(u"%1/cache.sqlite"_s.arg(m_run)));
        QVERIFY(db);
        m_db = std::move(db).value();
        QVERIFY(SettingsRepository(m_db->sql()).setValue(SettingKey::kStoreId.toString(), kStore));
        Customer customer;
        customer.id = u"c-1"_s;
        customer.customerNo = u"K1004711"_s;
        customer.firstName = u"Jana"_s;
        customer.lastName = u"Schröder"_s;
        customer.email = u"jana@example.org"_s;
        customer.version = 1;
        QVERIFY(CustomerRepository(m_db->sql()).upsert({customer}));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(OrderRepository(m_db->sql())
                    .upsert({order(u"W-2025-0051001"_s), order(u"W-2025-0051177"_s),
                             order(u"W-2025-0051200"_s), order(u"W-2025-0051300"_s)}));
        Pickup done = pickup(u"p-done"_s, u"W-2025-0051300"_s, PickupState::HandedOver, now.addDays(3));
        done.handovers = {Handover{
            now, u"st-1"_s, {u"customer"_s, u"Jana Schröder"_s}, {u"pickup_code"_s, {}}, done.lines}};
        QVERIFY(PickupRepository(m_db->sql())
                    .upsert({pickup(u"p-wait"_s, u"W-2025-0051001"_s, PickupState::AwaitingStock, {}),
                             pickup(u"p-ready"_s, u"W-2025-0051177"_s, PickupState::Ready, now.addDays(5)),
                             pickup(u"p-late"_s, u"W-2025-0051200"_s, PickupState::Ready, now.addDays(-1)),
                             done}));

        QSqlQuery staff(m_db->sql());
        QVERIFY(
            staff.exec(u"INSERT INTO staff (id, store_id, display_name, role, badge_code, pin_hash) VALUES "
                       u"('st-1', '%1', 'Dörte Schäfer', 'associate', 'B-1', '%2')"_s.arg(
                           kStore, PinHash::create(u"1111"_s, PinHash::kMinimumIterations))));

        m_window = std::make_unique<QWidget>();
        auto* session = new Session(m_db->sql(), Clock::system(), m_window.get());
        QVERIFY(session->signIn(u"st-1"_s, u"1111"_s).ok());
        m_desk = new PickupDesk(m_db->sql(), m_window.get());
        m_desk->setSession(session);
        m_desk->setOnline([] { return false; });
        m_asked.clear();
        m_desk->setConfirm([this](const QString&, const QString& question) {
            m_asked << question;
            return true;
        });
        page()->refresh();
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
    }

    void queueShowsEachBucketWithItsCount() {
        QTabBar* tabs = page()->buckets();
        QCOMPARE(tabs->count(), 4);
        for (int i = 0; i < 4; ++i)
            QVERIFY2(tabs->tabText(i).endsWith(u"(1)"_s), qPrintable(tabs->tabText(i)));
        const QStringList orders{u"W-2025-0051001"_s, u"W-2025-0051177"_s, u"W-2025-0051200"_s,
                                 u"W-2025-0051300"_s};
        for (int i = 0; i < 4; ++i) {
            tabs->setCurrentIndex(i);
            QCOMPARE(page()->queue()->rowCount(), 1);
            QCOMPARE(page()->queue()->index(0, PickupQueueModel::OrderColumn).data().toString(),
                     orders.at(i));
        }
        QSignalSpy attention(page(), &PickupPage::attentionChanged);
        page()->refresh();
        QCOMPARE(attention.size(), 1);
        QCOMPARE(attention.first().first().toInt(), 2); // overdue + to prepare: the navigation's badge
        page()->searchField()->setText(u"schröder"_s);  // by name
        QCOMPARE(page()->queue()->rowCount(), 1);
        page()->searchField()->setText(u"W-2025-0059"_s);
        QCOMPARE(page()->queue()->rowCount(), 0);
    }

    // The queue names whose pickup it is; a sync that renames the customer shows in the next refresh.
    void queueShowsTheCustomersCurrentName() {
        page()->buckets()->setCurrentIndex(int(PickupQueueModel::ReadyBucket));
        QCOMPARE(page()->queue()->index(0, PickupQueueModel::CustomerColumn).data().toString(),
                 u"Jana Schröder"_s);
        std::optional<Customer> renamed = CustomerRepository(m_db->sql()).find(u"c-1"_s);
        QVERIFY(renamed);
        renamed->lastName = u"Weiß"_s;
        renamed->version += 1;
        QVERIFY(CustomerRepository(m_db->sql()).upsert({*renamed}));
        page()->refresh();
        QCOMPARE(page()->queue()->index(0, PickupQueueModel::CustomerColumn).data().toString(),
                 u"Jana Weiß"_s);
        page()->searchField()->setText(u"weiß"_s);
        QCOMPARE(page()->queue()->rowCount(), 1);
    }

    void scannedQrCodeSelectsChecksAndHandsOverWithReceipt() {
        page()->searchField()->setText(u"THEKE-PICKUP:W-2025-0051177:K7M2QX"_s);
        QTest::keyClick(page()->searchField(), Qt::Key_Return);
        QCOMPARE(page()->current()->id, u"p-ready"_s);
        QTRY_COMPARE(page()->verifiedCode(), kCode); // checked on a pool thread
        QVERIFY(child<QLabel>("checkLabel")->text().contains(u"correct"_s));
        auto* lines = child<QTableWidget>("linesView");
        QCOMPARE(lines->item(1, 0)->text(), u"Steppjacke „Elbe“ navy, M"_s);
        QVERIFY(child<QPushButton>("handoverButton")->isEnabled());

        child<QPushButton>("handoverButton")->click();
        QCOMPARE(m_asked.size(), 1);
        QVERIFY(m_asked.first().contains(u"W-2025-0051177"_s));
        QCOMPARE(stateOf(u"p-ready"_s), PickupState::HandedOver);
        QCOMPARE(rows().size(), 1);
        QCOMPARE(rows().first().command, u"pickup.handover"_s);
        const OutboxModel outbox(m_db->sql()); // the Sync screen names the order, not the pickup id
        QCOMPARE(outbox.describeChange(rows().first()), u"Pickup W-2025-0051177: 3 article(s) handed over"_s);
        QVERIFY(outbox.describeUndo(rows().first()).contains(u"W-2025-0051177"_s));
        QVERIFY(QFile::exists(m_desk->lastReceiptPath()));
        const QString text = pdfText(m_desk->lastReceiptPath());
        QVERIFY2(text.contains(u"W-2025-0051177"_s), qPrintable(text));
        QVERIFY(text.contains(u"Steppjacke"_s));
        QVERIFY(text.contains(u"Dörte Schäfer"_s)); // who handed over
        QVERIFY(child<QLabel>("messageLabel")->text().contains(u"W-2025-0051177"_s));
        QCOMPARE(page()->queue()->count(PickupQueueModel::HandedOverToday), 2);
        QVERIFY(child<QLineEdit>("codeField")->text().isEmpty()); // a used code leaves the screen
        const QString shots = qEnvironmentVariable("THEKE_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            m_window->resize(1366 - 120, 768 - 60); // the area beside the navigation in a 1366×768 window
            QTest::qWait(20);
            page()->grab().save(shots + u"/abholung-uebergeben.png"_s);
        }
    }

    // Clicks "Check" and waits for the answer from the pool thread; whether the code matched.
    bool clickVerify() {
        QSignalSpy answered(m_desk, &PickupDesk::codeChecked);
        child<QPushButton>("verifyButton")->click();
        if (!answered.wait(10000) && answered.isEmpty())
            return false;
        return answered.first().at(1).toBool();
    }

    void wrongCodeIsRefusedAndCounted() {
        QVERIFY(page()->selectPickup(u"p-ready"_s));
        child<QLineEdit>("codeField")->setText(u"AAAAAA"_s);
        QVERIFY(!clickVerify());
        QVERIFY(page()->verifiedCode().isEmpty());
        QVERIFY2(child<QLabel>("checkLabel")->text().contains(u"4"_s),
                 qPrintable(child<QLabel>("checkLabel")->text()));
        QVERIFY(!child<QPushButton>("handoverButton")->isEnabled());
        for (int i = 0; i < 4; ++i)
            QVERIFY(!clickVerify());
        QVERIFY(child<QLabel>("checkLabel")->text().contains(u"blocked"_s));
        child<QLineEdit>("codeField")->setText(kCode); // even the right code waits now
        QVERIFY(!clickVerify());
        QVERIFY(page()->verifiedCode().isEmpty());
        QVERIFY(rows().isEmpty());
    }

    void typedCodeFindsItsPickupWhileTheWindowKeepsWorking() {
        addWaitingPickupsWithOwnCodes();
        // Each hash check waits until the GUI thread's timer has run: had the search run on the GUI
        // thread, the timer could never fire and the check would never end.
        QSemaphore gate;
        page()->codeSearch()->setMatcher([&gate](const QString& code, const QString& descriptor) {
            gate.acquire();
            return PickupCode::matches(code, descriptor);
        });
        QStringList order;
        connect(page()->codeSearch(), &PickupCodeSearch::finished, this, [&order] { order << u"answer"_s; });
        typeInSearch(u"code04"_s);
        QVERIFY(page()->isCheckingCode());
        QVERIFY(!page()->current());
        QVERIFY2(child<QLabel>("messageLabel")->text().contains(u"Checking the code"_s),
                 qPrintable(child<QLabel>("messageLabel")->text()));
        QCOMPARE(page()->searchField()->text(), u"code04"_s); // nothing lost while it checks
        QTimer::singleShot(0, this, [&order, &gate] {
            order << u"timer"_s;
            gate.release(100);
        });
        QTRY_VERIFY(!page()->isCheckingCode());
        QCOMPARE(order, (QStringList{u"timer"_s, u"answer"_s}));
        QCOMPARE(page()->current()->id, u"p-own-4"_s);
        QTRY_COMPARE(page()->verifiedCode(), u"CODE04"_s); // then checked against that pickup, as a scan is
        QVERIFY(child<QLabel>("checkLabel")->text().contains(u"correct"_s));
        QVERIFY(child<QLabel>("messageLabel")->isHidden());
        QVERIFY(page()->searchField()->text().isEmpty());
    }

    void codeOpeningNothingSaysSoAndKeepsTheText() {
        addWaitingPickupsWithOwnCodes();
        typeInSearch(u"ZZZ999"_s);
        QTRY_VERIFY(!page()->isCheckingCode());
        QVERIFY(!page()->current());
        QVERIFY2(child<QLabel>("messageLabel")->text().contains(u"No pickup waiting"_s),
                 qPrintable(child<QLabel>("messageLabel")->text()));
        QCOMPARE(page()->searchField()->text(), u"ZZZ999"_s);
    }

    void answerOfAReplacedSearchIsDropped() {
        addWaitingPickupsWithOwnCodes();
        QSemaphore gate;
        page()->codeSearch()->setMatcher([&gate](const QString& code, const QString& descriptor) {
            gate.acquire();
            return PickupCode::matches(code, descriptor);
        });
        QSignalSpy answers(page()->codeSearch(), &PickupCodeSearch::finished);
        typeInSearch(u"CODE01"_s);
        typeInSearch(u"CODE03"_s); // the associate scans again before the first answer is back
        gate.release(100);
        QThreadPool::globalInstance()->waitForDone(); // both searches have ended …
        QTRY_VERIFY(!page()->isCheckingCode());
        QCoreApplication::processEvents(); // … and whatever they posted has been delivered
        QCOMPARE(answers.size(), 1);
        QCOMPARE(page()->current()->id, u"p-own-3"_s);
    }

    void pickupChosenByHandWhileSearchingStaysChosen() {
        addWaitingPickupsWithOwnCodes();
        QSemaphore gate;
        page()->codeSearch()->setMatcher([&gate](const QString& code, const QString& descriptor) {
            gate.acquire();
            return PickupCode::matches(code, descriptor);
        });
        QSignalSpy answers(page()->codeSearch(), &PickupCodeSearch::finished);
        typeInSearch(u"CODE01"_s);
        QVERIFY(page()->selectPickup(u"p-ready"_s));
        QVERIFY(!page()->isCheckingCode());
        gate.release(100);
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(answers.size(), 0);
        QCOMPARE(page()->current()->id, u"p-ready"_s);
    }

    void foundPickupStillHonoursItsBlock() {
        addWaitingPickupsWithOwnCodes();
        PickupActions actions(*m_db);
        for (int i = 0; i < 5; ++i)
            QVERIFY(!actions.verifyCode(u"p-own-2"_s, u"AAAAAA"_s));
        QVERIFY(actions.blockedUntil(u"p-own-2"_s).isValid());
        typeInSearch(u"CODE02"_s);
        QTRY_VERIFY(!page()->isCheckingCode());
        QCOMPARE(page()->current()->id, u"p-own-2"_s);
        QVERIFY(page()->verifiedCode().isEmpty());
        QVERIFY2(child<QLabel>("checkLabel")->text().contains(u"blocked"_s),
                 qPrintable(child<QLabel>("checkLabel")->text()));
    }

    void partialHandoverToAuthorisedPersonByPassport() {
        QVERIFY(page()->selectPickup(u"p-ready"_s));
        child<QRadioButton>("documentRadio")->setChecked(true);
        auto* documents = child<QComboBox>("documentCombo");
        documents->setCurrentIndex(documents->findData(u"passport"_s));
        auto* recipient = child<QComboBox>("recipientCombo");
        recipient->setCurrentIndex(recipient->findData(u"Sören Köhler"_s));
        auto* lines = child<QTableWidget>("linesView");
        qobject_cast<QSpinBox*>(lines->cellWidget(0, 3))->setValue(0); // the scarf stays
        qobject_cast<QSpinBox*>(lines->cellWidget(1, 3))->setValue(1);
        QVERIFY(child<QPushButton>("handoverButton")->isEnabled());
        child<QPushButton>("handoverButton")->click();
        QCOMPARE(stateOf(u"p-ready"_s), PickupState::PartlyHandedOver);
        const Handover handover = PickupRepository(m_db->sql()).find(u"p-ready"_s)->handovers.first();
        QCOMPARE(handover.recipient.type, u"authorised_person"_s);
        QCOMPARE(handover.identityCheck.documentType, u"passport"_s);
        const QString text = pdfText(m_desk->lastReceiptPath());
        QVERIFY2(text.contains(u"Sören Köhler"_s), qPrintable(text));
        QVERIFY(text.contains(u"Schal"_s)); // still waiting
    }

    void shelfAndCtrlEnterMakeItReady() {
        QVERIFY(page()->selectPickup(u"p-wait"_s));
        QVERIFY(!child<QPushButton>("notifyEmailButton")->isEnabled());
        auto* shelf = child<QLineEdit>("shelfField");
        shelf->setFocus();
        QTest::keyClicks(shelf, u"C-12"_s);
        QTest::keyClick(shelf, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(stateOf(u"p-wait"_s), PickupState::Ready);
        QCOMPARE(PickupRepository(m_db->sql()).find(u"p-wait"_s)->shelf, u"C-12"_s);
        QVERIFY(child<QPushButton>("notifyEmailButton")->isEnabled());
        child<QPushButton>("notifyEmailButton")->click();
        QCOMPARE(PickupRepository(m_db->sql()).find(u"p-wait"_s)->notifications.size(), 1);
        QCOMPARE(rows().size(), 2);
    }

    void overduePickupGoesBackToStockAfterConfirmation() {
        QVERIFY(page()->selectPickup(u"p-late"_s));
        QCOMPARE(page()->buckets()->currentIndex(), int(PickupQueueModel::Overdue));
        QVERIFY(child<QPushButton>("returnButton")->isEnabled());
        child<QPushButton>("returnButton")->click();
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(stateOf(u"p-late"_s), PickupState::ReturnedToStock);
        QCOMPARE(rows().first().command, u"pickup.return_to_stock"_s);
        QVERIFY(page()->selectPickup(u"p-ready"_s));
        QVERIFY(!child<QPushButton>("returnButton")->isEnabled()); // deadline not reached
    }
};

QTEST_MAIN(TestPickupDesk)
#include "tst_pickupdesk.moc"
