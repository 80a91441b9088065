// The customer view at the counter: marketing contact only with consent (and it says why not),
// consents and notes recorded offline into the outbox, and a manager's erasure from this device.
#include "AuditLog.h"
#include "ConsentGate.h"
#include "ConsentPanel.h"
#include "CustomerDetailPane.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "NoteRepository.h"
#include "NotesPanel.h"
#include "OutboxRepository.h"

#include <QDesktopServices>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const QDateTime kChanged = QDateTime::fromString(u"2025-03-14T09:45:00Z"_s, Qt::ISODate);

Customer weiss() {
    Customer c;
    c.id = u"c-weiss"_s;
    c.customerNo = u"K1004711"_s;
    c.firstName = u"Jürgen"_s;
    c.lastName = u"Weiß"_s;
    c.email = u"juergen.weiss@example.de"_s;
    c.phone = u"+4940123456789"_s;
    c.loyaltyTier = u"silver"_s;
    c.loyaltyPoints = 3240;
    c.consents = {Consent{u"email"_s, false, kChanged, u"store"_s},
                  Consent{u"sms"_s, true, kChanged, u"webshop"_s}};
    c.version = 12;
    return c;
}

// Clicks the button with the given text in the next message box that opens.
void answerNextMessageBox(const QString& buttonText) {
    QTimer::singleShot(0, [buttonText] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* box = qobject_cast<QMessageBox*>(widget);
            if (!box || !box->isVisible())
                continue;
            for (QAbstractButton* button : box->buttons()) {
                if (button->text().remove(u'&') == buttonText) {
                    button->click();
                    return;
                }
            }
        }
        answerNextMessageBox(buttonText); // not open yet
    });
}

} // namespace

class UrlRecorder : public QObject {
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl& url) { opened.append(url); }
};

class TestCustomerView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    UrlRecorder m_urls;

    QList<OutboxEntry> outbox() const { return OutboxRepository(m_db->sql()).list().value(); }

private Q_SLOTS:
    void init() {
        m_db.reset();
        QFile::remove(m_dir.filePath(u"cache.sqlite"_s));
        auto db = Database::open(m_dir.filePath(u"cache.sqlite"_s));
        QVERIFY2(db, qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        QVERIFY(CustomerRepository(m_db->sql()).upsert({weiss()}));
        for (const char* scheme : {"mailto", "sms", "tel"})
            QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &m_urls, "open");
        m_urls.opened.clear();
    }

    void contactActionsFollowTheConsents() {
        CustomerDetailPane pane(m_db->sql());
        pane.showCustomer(weiss());
        auto* email = pane.findChild<QPushButton*>(u"offerEmailButton"_s);
        auto* sms = pane.findChild<QPushButton*>(u"offerSmsButton"_s);
        auto* call = pane.findChild<QPushButton*>(u"callButton"_s);
        QVERIFY(email && sms && call);
        QVERIFY(!email->isEnabled()); // withdrawn in the store
        QVERIFY(sms->isEnabled());
        QVERIFY(!call->isEnabled()); // never granted
        const QString hint = pane.findChild<QLabel*>(u"contactHint"_s)->text();
        QVERIFY2(hint.contains(u"e-mail"_s) && hint.contains(u"14"_s), qPrintable(hint));
        QVERIFY2(hint.contains(u"never granted"_s), qPrintable(hint));
        QVERIFY(!email->toolTip().isEmpty());

        sms->click();
        QCOMPARE(m_urls.opened, QList<QUrl>{QUrl(u"sms:+4940123456789"_s)});
    }

    void grantingAConsentIsCachedAndQueued() {
        CustomerDetailPane pane(m_db->sql());
        pane.showCustomer(weiss());
        QPushButton* toggle = pane.consentPanel()->toggleButton(u"email"_s);
        QCOMPARE(toggle->text(), u"Grant"_s);
        answerNextMessageBox(u"Yes"_s);
        toggle->click();
        QTRY_COMPARE(toggle->text(), u"Withdraw"_s);

        const auto cached = CustomerRepository(m_db->sql()).find(u"c-weiss"_s);
        QVERIFY(cached);
        const Consent* consent = ConsentGate::find(*cached, u"email"_s);
        QVERIFY(consent && consent->granted);
        QVERIFY(pane.findChild<QPushButton*>(u"offerEmailButton"_s)->isEnabled());
        const QList<OutboxEntry> queued = outbox();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().command, u"consent.set"_s);
        QCOMPARE(queued.first().entityId, u"c-weiss"_s);
    }

    void cancellingTheQuestionChangesNothing() {
        CustomerDetailPane pane(m_db->sql());
        pane.showCustomer(weiss());
        answerNextMessageBox(u"No"_s);
        pane.consentPanel()->toggleButton(u"sms"_s)->click();
        QVERIFY(outbox().isEmpty());
        QCOMPARE(pane.consentPanel()->toggleButton(u"sms"_s)->text(), u"Withdraw"_s);
    }

    void aNoteShowsAtOnceAndWaitsInTheOutbox() {
        CustomerDetailPane pane(m_db->sql());
        pane.show();
        pane.showCustomer(weiss());
        NotesPanel* notes = pane.notesPanel();
        QVERIFY(!notes->addButton()->isEnabled());
        notes->editor()->setPlainText(u"Trägt Größe 42, bevorzugt Abholung in Hamburg."_s);
        QVERIFY(notes->addButton()->isEnabled());
        notes->editor()->setFocus();
        QTest::keyClick(notes->editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(outbox().size(), 1);
        QCOMPARE(outbox().first().command, u"note.add"_s);
        QVERIFY(notes->editor()->toPlainText().isEmpty());
        QCOMPARE(notes->list()->count(), 1);
        const QString shown = notes->list()->item(0)->text();
        QVERIFY2(shown.contains(u"Größe 42"_s) && shown.contains(u"waiting for synchronisation"_s),
                 qPrintable(shown));
        QCOMPARE(NoteRepository(m_db->sql()).forCustomer(u"c-weiss"_s).value().size(), 1);
    }

    void tooLongANoteCannotBeSaved() {
        CustomerDetailPane pane(m_db->sql());
        pane.showCustomer(weiss());
        pane.notesPanel()->editor()->setPlainText(QString(2001, u'x'));
        QVERIFY(!pane.notesPanel()->addButton()->isEnabled());
    }

    void exportWritesTheCustomersDataAndLeavesATrace() {
        CustomerDetailPane pane(m_db->sql());
        pane.showCustomer(weiss());
        QTemporaryDir out;
        const QString path = out.filePath(u"kunde.json"_s);
        QVERIFY(pane.exportCustomerTo(path, u"st-m1"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(u"profile"_s).toObject().value(u"customer_no"_s).toString(), u"K1004711"_s);
        QVERIFY(json.value(u"orders"_s).isArray());
        const auto entries = AuditLog(m_db->sql()).list().value();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().action, u"customer_export"_s);
        QCOMPARE(entries.first().detail.value(u"approver_staff_id"_s).toString(), u"st-m1"_s);
        // A file that cannot be written says so and reports failure.
        answerNextMessageBox(u"OK"_s);
        QVERIFY(!pane.exportCustomerTo(out.filePath(u"no/such/dir/kunde.json"_s)));
    }

    void erasingRemovesTheCustomerAndLeavesATrace() {
        CustomerDetailPane pane(m_db->sql());
        pane.showCustomer(weiss());
        QSignalSpy erased(&pane, &CustomerDetailPane::customerErased);
        answerNextMessageBox(u"Erase"_s);
        QVERIFY(pane.eraseCustomer());
        QCOMPARE(erased.size(), 1);
        QVERIFY(pane.shownCustomerId().isEmpty());
        QVERIFY(!CustomerRepository(m_db->sql()).find(u"c-weiss"_s));
        const auto entries = AuditLog(m_db->sql()).list().value();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().action, u"customer_erase"_s);
        QCOMPARE(entries.first().subjectId, u"c-weiss"_s);
    }

    void cancellingTheErasureKeepsTheCustomer() {
        CustomerDetailPane pane(m_db->sql());
        pane.showCustomer(weiss());
        answerNextMessageBox(u"Cancel"_s);
        QVERIFY(!pane.eraseCustomer());
        QVERIFY(CustomerRepository(m_db->sql()).find(u"c-weiss"_s));
        QVERIFY(AuditLog(m_db->sql()).list().value().isEmpty());
    }
};

QTEST_MAIN(TestCustomerView)
#include "tst_customerview.moc"
