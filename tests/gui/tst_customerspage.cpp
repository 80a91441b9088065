// The counter's search screen, driven like a user: type, see matches, pick one, read the details.
#include "CustomerDetailPane.h"
#include "CustomerRepository.h"
#include "CustomerSearchModel.h"
#include "CustomersPage.h"
#include "Database.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Customer customer(const QString& id, const QString& first, const QString& last, const QString& email,
                  const QString& phone) {
    Customer c;
    c.id = id;
    c.customerNo = u"K10000"_s + id;
    c.firstName = first;
    c.lastName = last;
    c.email = email;
    c.phone = phone;
    c.street = u"Schillerstraße 4"_s;
    c.postcode = u"80331"_s;
    c.city = u"München"_s;
    c.loyaltyCard = u"29000000000"_s + id;
    c.loyaltyTier = u"gold"_s;
    c.loyaltyPoints = 1250;
    c.version = 1;
    return c;
}

// Types like a keyboard: QTest::keyClicks only knows ASCII, so umlauts go in as key events with text.
void typeText(QWidget* widget, const QString& text) {
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(widget, c.toLatin1());
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

QString labelText(QWidget* root, const char* name) {
    auto* label = root->findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QString();
}

} // namespace

class TestCustomersPage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase() {
        auto db = Database::open(m_dir.filePath(u"cache.sqlite"_s));
        QVERIFY2(db, qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        CustomerRepository repo(m_db->sql());
        QVERIFY(repo.upsert(
            {customer(u"11"_s, u"Jürgen"_s, u"Müller"_s, u"j.mueller@example.de"_s, u"+4915112345678"_s),
             customer(u"12"_s, u"Käthe"_s, u"Schäfer"_s, u"kaethe@example.de"_s, u"+494012345"_s),
             customer(u"13"_s, u"Anna"_s, u"Mueller"_s, u"anna.m@example.com"_s, u"+4917655512"_s)}));
    }

    void typingShowsMatchesAndSelectingShowsDetails() {
        CustomersPage page(m_db->sql());
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        typeText(page.searchField(), u"müll"_s);
        QTRY_COMPARE(page.model()->rowCount(), 2); // Müller and Mueller
        page.resultView()->selectRow(1);
        const Customer* chosen = page.model()->customerAt(1);
        QVERIFY(chosen);
        QTRY_COMPARE(page.detailPane()->shownCustomerId(), chosen->id);
        QCOMPARE(labelText(page.detailPane(), "emailValue"), chosen->email);
        QVERIFY(labelText(page.detailPane(), "nameLabel").contains(chosen->lastName));
        QVERIFY(labelText(page.detailPane(), "loyaltyBadge").contains(QLocale().toString(1250)));
    }

    // A background sync ends with refresh(): the associate keeps the customer and tab they had open
    // (not the first match), and sees what the sync changed.
    void refreshAfterASyncKeepsTheChosenCustomerAndShowsTheNewData() {
        CustomersPage page(m_db->sql());
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        typeText(page.searchField(), u"müll"_s);
        QTRY_COMPARE(page.model()->rowCount(), 2);
        page.resultView()->selectRow(1);
        const QString chosenId = page.model()->customerAt(1)->id;
        QTRY_COMPARE(page.detailPane()->shownCustomerId(), chosenId);
        page.detailPane()->showHistory();
        auto* tabs = page.detailPane()->findChild<QTabWidget*>(u"tabs"_s);
        QVERIFY(tabs);
        const int historyTab = tabs->currentIndex();

        CustomerRepository repo(m_db->sql());
        std::optional<Customer> changed = repo.find(chosenId);
        QVERIFY(changed);
        const QString oldEmail = changed->email;
        changed->email = u"neu@example.de"_s;
        changed->version += 1;
        QVERIFY(repo.upsert({*changed}));
        page.refresh();

        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(page.model()->customerAt(page.resultView()->currentIndex().row())->id, chosenId);
        QCOMPARE(page.detailPane()->shownCustomerId(), chosenId);
        QCOMPARE(labelText(page.detailPane(), "emailValue"), u"neu@example.de"_s);
        QCOMPARE(tabs->currentIndex(), historyTab);

        changed->email = oldEmail;
        changed->version += 1;
        QVERIFY(repo.upsert({*changed}));
    }

    void phoneNumberAsTypedFindsTheCustomer() {
        CustomersPage page(m_db->sql());
        page.show();
        typeText(page.searchField(), u"0151 1234"_s);
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->customerAt(0)->lastName, u"Müller"_s);
        // The first match is selected at once so Enter or a glance is enough.
        QTRY_COMPARE(page.detailPane()->shownCustomerId(), u"11"_s);
    }

    void noMatchSaysSoAndClearsDetails() {
        CustomersPage page(m_db->sql());
        page.show();
        typeText(page.searchField(), u"Schäfer"_s);
        QTRY_COMPARE(page.detailPane()->shownCustomerId(), u"12"_s);
        page.searchField()->clear();
        typeText(page.searchField(), u"Zzyzx"_s);
        QTRY_COMPARE(page.model()->rowCount(), 0);
        QVERIFY(page.detailPane()->shownCustomerId().isEmpty());
        QVERIFY(page.findChildren<QLabel*>().size() > 0);
    }

    void enterRunsTheSearchAtOnceAndMovesToTheResults() {
        CustomersPage page(m_db->sql());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.focusSearch();
        // A barcode scanner types fast and ends with Enter: no waiting for the debounce.
        typeText(page.searchField(), u"K1000012"_s);
        QTest::keyClick(page.searchField(), Qt::Key_Return);
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.detailPane()->shownCustomerId(), u"12"_s);
        QVERIFY(page.resultView()->hasFocus());
    }
};

QTEST_MAIN(TestCustomersPage)
#include "tst_customerspage.moc"
