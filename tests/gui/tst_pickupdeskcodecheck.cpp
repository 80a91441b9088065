// The pickup desk checks a typed code against the cached PBKDF2 hash on a pool thread: the window
// keeps working and says "checking" meanwhile, the answer then shows on the page; an answer that
// comes back after the associate moved on to another pickup is still counted (switching away must
// not hide a wrong code) but not shown.
#include "Database.h"
#include "OrderRepository.h"
#include "PickupCode.h"
#include "PickupCodeCheck.h"
#include "PickupDesk.h"
#include "PickupDeskExamples.h"
#include "PickupPage.h"
#include "PickupRepository.h"
#include "PinHash.h"
#include "SettingsRepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const QString kStore = u"hh-moenckebergstrasse"_s;
const QString kCode = u"K7M2QX"_s;

Pickup readyPickup(const QString& id, const QString& orderNo) {
    Pickup p;
    p.id = id;
    p.orderNo = orderNo;
    p.customerId = u"c-1"_s;
    p.storeId = kStore;
    p.state = PickupState::Ready;
    p.lines = {{u"1"_s, 1}, {u"2"_s, 2}};
    p.shelf = u"B-07"_s;
    p.deadline = QDateTime::currentDateTimeUtc().addDays(5);
    p.pickupCodeHash = PinHash::create(kCode, 10000);
    p.version = 3;
    p.updatedAt = QDateTime::currentDateTimeUtc().addDays(-2);
    return p;
}

} // namespace

class TestPickupDeskCodeCheck : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QWidget> m_window;
    PickupDesk* m_desk = nullptr;
    QSemaphore m_gate; // each hash check waits for one release
    int m_run = 0;

    PickupPage* page() const { return m_desk->page(); }
    template <typename T> T* child(const char* name) const {
        return page()->findChild<T*>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void init() {
        m_desk = nullptr;
        m_window.reset();
        m_db.reset();
        auto db = Database::open(m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_run)));
        QVERIFY(db);
        m_db = std::move(db).value();
        QVERIFY(SettingsRepository(m_db->sql()).setValue(SettingKey::kStoreId.toString(), kStore));
        QVERIFY(OrderRepository(m_db->sql())
                    .upsert({PickupDeskExamples::order(u"W-2025-0051177"_s),
                             PickupDeskExamples::order(u"W-2025-0051178"_s)}));
        QVERIFY(PickupRepository(m_db->sql())
                    .upsert({readyPickup(u"p-ready"_s, u"W-2025-0051177"_s),
                             readyPickup(u"p-other"_s, u"W-2025-0051178"_s)}));
        m_window = std::make_unique<QWidget>();
        m_desk = new PickupDesk(m_db->sql(), m_window.get());
        m_desk->setOnline([] { return false; });
        m_desk->codeCheck()->setMatcher([this](const QString& code, const QString& descriptor) {
            m_gate.acquire();
            return PickupCode::matches(code, descriptor);
        });
        page()->refresh();
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() {
        m_gate.release(100); // a check still waiting must end before its desk goes
        QThreadPool::globalInstance()->waitForDone();
    }

    void codeIsCheckedOffTheGuiThreadAndSaysSoMeanwhile() {
        QVERIFY(page()->selectPickup(u"p-ready"_s));
        QStringList order;
        connect(m_desk, &PickupDesk::codeChecked, this, [&order] { order << u"answer"_s; });
        child<QLineEdit>("codeField")->setText(kCode.toLower());
        child<QPushButton>("verifyButton")->click();
        QVERIFY(m_desk->codeCheck()->isRunning());
        QVERIFY2(child<QLabel>("checkLabel")->text().contains(u"Checking the code"_s),
                 qPrintable(child<QLabel>("checkLabel")->text()));
        QVERIFY(!child<QPushButton>("handoverButton")->isEnabled());
        // Released by a timer of the GUI thread: had the check run there, the timer could never fire.
        QTimer::singleShot(0, this, [this, &order] {
            order << u"timer"_s;
            m_gate.release();
        });
        QTRY_VERIFY(!m_desk->codeCheck()->isRunning());
        QCOMPARE(order, (QStringList{u"timer"_s, u"answer"_s}));
        QCOMPARE(page()->verifiedCode(), kCode);
        QVERIFY(child<QLabel>("checkLabel")->text().contains(u"correct"_s));
        QVERIFY(child<QPushButton>("handoverButton")->isEnabled());
    }

    void answerAfterMovingOnIsCountedButNotShown() {
        QVERIFY(page()->selectPickup(u"p-ready"_s));
        QSignalSpy answered(m_desk, &PickupDesk::codeChecked);
        child<QLineEdit>("codeField")->setText(u"AAAAAA"_s);
        child<QPushButton>("verifyButton")->click();
        QVERIFY(page()->selectPickup(u"p-other"_s)); // the associate moves on before the answer
        m_gate.release();
        QVERIFY(answered.wait(10000));
        QCOMPARE(answered.first().at(0).toString(), u"p-ready"_s);
        QCOMPARE(answered.first().at(1).toBool(), false);
        // Counted for p-ready all the same, but the other pickup's screen shows nothing of it.
        QCOMPARE(PickupActions(*m_db).attemptsLeft(u"p-ready"_s), 4);
        QCOMPARE(PickupActions(*m_db).attemptsLeft(u"p-other"_s), 5);
        QVERIFY(child<QLabel>("checkLabel")->text().isEmpty());
        QVERIFY(page()->verifiedCode().isEmpty());
    }

    void answerForAnotherCodeIsNotShownAsThisOne() {
        QVERIFY(page()->selectPickup(u"p-ready"_s));
        QSignalSpy answered(m_desk, &PickupDesk::codeChecked);
        child<QLineEdit>("codeField")->setText(kCode);
        child<QPushButton>("verifyButton")->click();
        child<QLineEdit>("codeField")->setText(u"K7M2Q"_s); // typing on while it checks
        m_gate.release();
        QVERIFY(answered.wait(10000));
        QCOMPARE(answered.first().at(1).toBool(), true);
        QVERIFY(page()->verifiedCode().isEmpty()); // the right code was K7M2QX, not what is there now
        QVERIFY(!child<QPushButton>("handoverButton")->isEnabled());
        QVERIFY(child<QLabel>("checkLabel")->text().isEmpty()); // no "checking" left behind
    }
};

QTEST_MAIN(TestPickupDeskCodeCheck)
#include "tst_pickupdeskcodecheck.moc"
