// The pickup desk when the customer refuses a piece, driven like an associate, offline against a
// cache: scan the QR code, mark one jacket as refused (it leaves "now" by itself), read what will
// happen, confirm once — the rest is handed over, the refused jacket is booked as a return
// (refused at pickup, back on the shelf, refunded to PayPal), both wait in the outbox, and the desk
// shows the handover receipt (naming the refused piece) and the return receipt.
#include "AuditLog.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "DiscardDialog.h"
#include "HandoverLinesTable.h"
#include "ManagerApprovalDialog.h"
#include "OrderRepository.h"
#include "OutboxModel.h"
#include "OutboxRepository.h"
#include "OutboxSection.h"
#include "PdfText.h"
#include "PickupDesk.h"
#include "PickupDeskExamples.h"
#include "PickupPage.h"
#include "PickupRepository.h"
#include "PinHash.h"
#include "Profile.h"
#include "ReturnRepository.h"
#include "Session.h"
#include "SettingsRepository.h"
#include "SyncPage.h"
#include "SyncService.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const QString kStore = u"hh-moenckebergstrasse"_s;
const QString kCode = u"K7M2QX"_s;
const QString kOrderNo = u"W-2025-0051177"_s;

} // namespace

namespace {

// Runs check on the next modal dialog of this type as soon as it is open (exec() blocks the test).
template <typename Dialog> void whenDialogOpens(std::function<void(Dialog*)> check) {
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [check, poll] {
        if (auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget())) {
            check(dialog);
            return;
        }
        QTimer::singleShot(10, *poll);
    };
    QTimer::singleShot(0, *poll);
}

} // namespace

class TestPickupDeskRefusal : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QWidget> m_window;
    PickupDesk* m_desk = nullptr;
    QStringList m_asked;
    bool m_answer = true;
    int m_run = 0;

    PickupPage* page() const { return m_desk->page(); }
    template <typename T> T* child(const char* name) const {
        return page()->findChild<T*>(QString::fromLatin1(name));
    }
    QSpinBox* spin(int row, int column) const {
        return qobject_cast<QSpinBox*>(child<QTableWidget>("linesView")->cellWidget(row, column));
    }
    QList<OutboxEntry> rows() const { return OutboxRepository(m_db->sql()).list().value(); }

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
        customer.version = 1;
        QVERIFY(CustomerRepository(m_db->sql()).upsert({customer}));
        // A scarf (29,95 €) and two jackets (89,90 € each), paid by PayPal, ready at shelf B-07.
        const Order order = PickupDeskExamples::order(kOrderNo);
        QVERIFY(OrderRepository(m_db->sql()).upsert({order}));
        Pickup pickup;
        pickup.id = u"p-ready"_s;
        pickup.orderNo = kOrderNo;
        pickup.customerId = u"c-1"_s;
        pickup.storeId = kStore;
        pickup.state = PickupState::Ready;
        pickup.lines = {{u"1"_s, 1}, {u"2"_s, 2}};
        pickup.shelf = u"B-07"_s;
        pickup.deadline = QDateTime::currentDateTimeUtc().addDays(5);
        pickup.pickupCodeHash = PinHash::create(kCode, 10000);
        pickup.version = 3;
        pickup.updatedAt = QDateTime::currentDateTimeUtc().addDays(-1); // as every served pickup has one
        QVERIFY(PickupRepository(m_db->sql()).upsert({pickup}));
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
        m_answer = true;
        m_desk->setConfirm([this](const QString&, const QString& question) {
            m_asked << question;
            return m_answer;
        });
        page()->refresh();
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        page()->searchField()->setText(u"THEKE-PICKUP:W-2025-0051177:K7M2QX"_s);
        QTest::keyClick(page()->searchField(), Qt::Key_Return);
        QTRY_COMPARE(page()->verifiedCode(), kCode); // checked on a pool thread
    }

    void refusedJacketIsHandedBackAsAReturnInOneStep() {
        QSpinBox* jacketsNow = spin(1, HandoverLinesTable::NowColumn);
        QSpinBox* jacketsRefused = spin(1, HandoverLinesTable::RefusedColumn);
        QCOMPARE(jacketsNow->value(), 2);
        jacketsRefused->setValue(1);
        QCOMPARE(jacketsNow->value(), 1); // a refused piece is no longer handed over
        QCOMPARE(jacketsNow->maximum(), 1);
        auto* note = child<QLabel>("refusalLabel");
        QVERIFY(!note->isHidden());
        QVERIFY2(note->text().contains(u"refund"_s), qPrintable(note->text()));

        child<QPushButton>("handoverButton")->click();
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked.first().contains(u"89.90"_s) || m_asked.first().contains(u"89,90"_s),
                 qPrintable(m_asked.first()));
        QVERIFY(m_asked.first().contains(u"PayPal"_s));

        const Pickup pickup = PickupRepository(m_db->sql()).find(u"p-ready"_s).value();
        QCOMPARE(pickup.state, PickupState::HandedOver); // nothing waits on the shelf any more
        QCOMPARE(pickup.handovers.constLast().refusedLines, (QList<PickupLine>{{u"2"_s, 1}}));
        const QList<ReturnRecord> returns = ReturnRepository(m_db->sql()).forOrderNo(kOrderNo).value();
        QCOMPARE(returns.size(), 1);
        QCOMPARE(returns.first().lines.first().reason, u"refused_at_pickup"_s);
        QCOMPARE(returns.first().refund.amount, Money::eur(8990));
        QCOMPARE(OrderRepository(m_db->sql()).findByOrderNo(kOrderNo)->lines.at(1).returnedQuantity, 1);

        const QList<OutboxEntry> queued = rows();
        QCOMPARE(queued.size(), 2);
        const OutboxModel outbox(m_db->sql()); // the Sync screen names the order of the return
        QVERIFY2(outbox.describeChange(queued.at(1)).contains(kOrderNo),
                 qPrintable(outbox.describeChange(queued.at(1))));

        const QString handover = pdfText(m_desk->lastReceiptPath());
        QVERIFY2(handover.contains(u"refused"_s) && handover.contains(u"Steppjacke"_s), qPrintable(handover));
        QVERIFY(QFile::exists(m_desk->lastReturnReceiptPath()));
        const QString returned = pdfText(m_desk->lastReturnReceiptPath());
        QVERIFY2(returned.contains(u"Refused at pickup"_s) && returned.contains(kOrderNo),
                 qPrintable(returned));
        const QString message = child<QLabel>("messageLabel")->text();
        QVERIFY2(message.contains(u"refused"_s) && message.contains(u"Open return receipt"_s),
                 qPrintable(message));
    }

    void cancelledConfirmationBooksNothing() {
        spin(0, HandoverLinesTable::RefusedColumn)->setValue(1);
        m_answer = false;
        child<QPushButton>("handoverButton")->click();
        QCOMPARE(m_asked.size(), 1);
        QVERIFY(rows().isEmpty());
        QVERIFY(ReturnRepository(m_db->sql()).forOrderNo(kOrderNo).value().isEmpty());
        QCOMPARE(PickupRepository(m_db->sql()).find(u"p-ready"_s)->state, PickupState::Ready);
    }

    void everythingRefusedStillNeedsTheCheckAndOneClick() {
        spin(0, HandoverLinesTable::RefusedColumn)->setValue(1);
        spin(1, HandoverLinesTable::RefusedColumn)->setValue(2);
        QVERIFY(page()->chosenLines().isEmpty());
        QVERIFY(child<QPushButton>("handoverButton")->isEnabled());
        child<QPushButton>("handoverButton")->click();
        QCOMPARE(PickupRepository(m_db->sql()).find(u"p-ready"_s)->state, PickupState::HandedOver);
        QCOMPARE(ReturnRepository(m_db->sql()).forOrderNo(kOrderNo).value().first().refund.amount,
                 Money::eur(20975));
        QVERIFY(child<QLabel>("messageLabel")->text().contains(u"refused"_s));
    }

    void discardOnTheSyncScreenTakesTheReturnAlongAndSaysSo() {
        QSqlQuery manager(m_db->sql());
        QVERIFY(
            manager.exec(u"INSERT INTO staff (id, store_id, display_name, role, badge_code, pin_hash) VALUES "
                         u"('m1', '%1', 'Merle Brandt', 'manager', 'B-2', '%2')"_s.arg(
                             kStore, PinHash::create(u"2222"_s, PinHash::kMinimumIterations))));
        spin(1, HandoverLinesTable::RefusedColumn)->setValue(1);
        child<QPushButton>("handoverButton")->click();
        const QList<OutboxEntry> queued = rows();
        QCOMPARE(queued.size(), 2);

        auto* session = m_window->findChild<Session*>();
        SyncService service{Profile(m_dir.filePath(QString::number(m_run)))};
        SyncPage syncPage(m_db->sql(), service);
        syncPage.setSession(session);
        OutboxSection& section = *syncPage.outbox();
        int handoverRow = -1;
        for (int row = 0; row < section.model()->rowCount(); ++row)
            handoverRow = section.model()->entry(row).id == queued.at(0).id ? row : handoverRow;
        QVERIFY(handoverRow >= 0);
        section.view()->selectionModel()->select(section.model()->index(handoverRow, 0),
                                                 QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
        QString undo;
        whenDialogOpens<DiscardDialog>([&](DiscardDialog* dialog) {
            undo = dialog->findChild<QLabel*>(u"undoLabel"_s)->text();
            whenDialogOpens<ManagerApprovalDialog>([](ManagerApprovalDialog* approval) {
                auto* managers = approval->findChild<QComboBox*>(u"managerCombo"_s);
                managers->setCurrentIndex(managers->findData(u"m1"_s));
                approval->findChild<QLineEdit*>(u"pinEdit"_s)->setText(u"2222"_s);
                approval->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
            });
            dialog->reasonEdit()->setText(u"Kundin hat es sich anders überlegt"_s);
            dialog->discardButton()->click();
        });
        section.discardAction()->trigger();

        QVERIFY2(undo.contains(u"linked return is discarded as well"_s), qPrintable(undo));
        for (const OutboxEntry& row : rows())
            QCOMPARE(row.state, OutboxState::kDiscarded.toString());
        QCOMPARE(PickupRepository(m_db->sql()).find(u"p-ready"_s)->state, PickupState::Ready);
        QVERIFY(ReturnRepository(m_db->sql()).forOrderNo(kOrderNo).value().isEmpty());
        QCOMPARE(OrderRepository(m_db->sql()).findByOrderNo(kOrderNo)->lines.at(1).returnedQuantity, 0);
        AuditFilter filter;
        filter.action = AuditAction::kOutboxDiscard.toString();
        const QList<AuditEntry> audited = AuditLog(m_db->sql()).list(filter).value();
        QCOMPARE(audited.size(), 2); // each dropped row, the return naming the handover that took it
        QStringList subjects{audited.at(0).subjectId, audited.at(1).subjectId};
        subjects.sort();
        QCOMPARE(subjects, (QStringList{QString::number(queued.at(0).id), QString::number(queued.at(1).id)}));
        for (const AuditEntry& entry : audited) {
            QCOMPARE(entry.detail.value(u"approver_staff_id").toString(), u"m1"_s);
            if (entry.subjectId == QString::number(queued.at(1).id))
                QCOMPARE(entry.detail.value(u"discarded_with").toString(), QString::number(queued.at(0).id));
        }
    }
};

QTEST_MAIN(TestPickupDeskRefusal)
#include "tst_pickupdeskrefusal.moc"
