// The consent history at the counter, in German at 1366×768: each purpose's "Verlauf" lists its
// changes newest first with date and place (store name or channel), the tooltip says the same, a
// purpose without changes has nothing to open, and a change made here shows at once as not yet sent.
#include "GermanLayoutCheck.h"

#include "ConsentEventRepository.h"
#include "ConsentPanel.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace germanlayout;

namespace {

QDateTime at(int year, int month, int day) {
    return QDateTime(QDate(year, month, day), QTime(10, 30), Qt::UTC);
}

ConsentEvent change(const QString& id, const QString& purpose, bool granted, const QString& channel,
                    const QDateTime& when, const QString& storeId = {}) {
    ConsentEvent e;
    e.id = id;
    e.customerId = u"c-1"_s;
    e.purpose = purpose;
    e.granted = granted;
    e.channel = channel;
    e.storeId = storeId;
    e.at = when;
    return e;
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
        answerNextMessageBox(buttonText);
    });
}

} // namespace

class TestConsentHistoryView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase() {
        QCOMPARE(Translations::install(*QCoreApplication::instance(), u"de"_s), u"de"_s);
        auto db = Database::open(Profile(m_dir.path()).databasePath());
        QVERIFY(db);
        m_db = std::move(db).value();
        seedLongNamedCustomer(*m_db);
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(u"INSERT INTO stores (id, name, time_zone, version) VALUES "
                       u"('k-schildergasse', 'Theke Köln Schildergasse', 'Europe/Berlin', 1)"_s));
        // The long-named customer's consents (all 2025-03-14): e-mail withdrawn on a marketplace, SMS
        // granted in the web shop, phone withdrawn in a store. Their history leads there.
        const QDateTime current = QDateTime::fromString(u"2025-03-14T09:45:00Z"_s, Qt::ISODate);
        QVERIFY(
            ConsentEventRepository(m_db->sql())
                .upsert({change(u"e1"_s, u"email"_s, true, u"webshop"_s, at(2019, 4, 27)),
                         change(u"e2"_s, u"email"_s, false, u"store"_s, at(2023, 2, 1), u"k-schildergasse"_s),
                         change(u"e3"_s, u"email"_s, true, u"app"_s, at(2024, 3, 12)),
                         change(u"e4"_s, u"email"_s, false, u"marketplace:zalando"_s, current),
                         change(u"s1"_s, u"sms"_s, true, u"webshop"_s, current),
                         change(u"p1"_s, u"phone"_s, true, u"store"_s, at(2021, 6, 5), u"k-schildergasse"_s),
                         change(u"p2"_s, u"phone"_s, false, u"store"_s, current, u"k-schildergasse"_s)}));
    }

    void historyListsEveryChangeNewestFirstWithItsPlace() {
        CustomerDetailPane pane(m_db->sql());
        pane.resize(1366, 768);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(pane.showCustomerById(u"c-1"_s));
        ConsentPanel* panel = pane.consentPanel();

        QToolButton* email = panel->historyButton(u"email"_s);
        QCOMPARE(email->text(), u"Verlauf"_s);
        QVERIFY(email->isEnabled());
        QLabel* list = panel->historyList(u"email"_s);
        QVERIFY(!list->isVisible());
        email->click();
        QVERIFY(list->isVisible());
        const QStringList lines = list->text().split(u'\n');
        QCOMPARE(lines,
                 (QStringList{u"widerrufen 14.03.2025 · Marktplatz Zalando"_s, u"erteilt 12.03.2024 · App"_s,
                              u"widerrufen 01.02.2023 · Theke Köln Schildergasse"_s,
                              u"erteilt 27.04.2019 · Webshop"_s}));
        QCOMPARE(email->toolTip(), list->text());
        email->click();
        QVERIFY(!list->isVisible());

        // Never asked: nothing to open.
        QToolButton* offers = panel->historyButton(u"personalised_offers"_s);
        QVERIFY(!offers->isEnabled());
        QVERIFY(panel->historyList(u"personalised_offers"_s)->text().isEmpty());
    }

    void aChangeMadeHereShowsAtOnceAsNotYetSent() {
        CustomerDetailPane pane(m_db->sql());
        pane.resize(1366, 768);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(pane.showCustomerById(u"c-1"_s));
        ConsentPanel* panel = pane.consentPanel();
        answerNextMessageBox(u"Ja"_s);
        panel->toggleButton(u"phone"_s)->click();
        QTRY_COMPARE(panel->toggleButton(u"phone"_s)->text(), u"Widerrufen"_s);

        QToolButton* phone = panel->historyButton(u"phone"_s);
        phone->click();
        const QStringList lines = panel->historyList(u"phone"_s)->text().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.first().startsWith(u"erteilt "_s), qPrintable(lines.first()));
        QVERIFY2(lines.first().endsWith(u"(noch nicht gesendet)"_s), qPrintable(lines.first()));
        QCOMPARE(lines.at(1), u"widerrufen 14.03.2025 · Theke Köln Schildergasse"_s);
        panel->historyButton(u"email"_s)->click();

        QTest::qWait(50);
        saveScreenshot(&pane, u"kunden-einwilligungen-verlauf"_s);
        const QStringList cutOff = cutOffTexts(&pane);
        QVERIFY2(cutOff.isEmpty(), qPrintable(cutOff.join(u" | "_s)));
    }
};

QTEST_MAIN(TestConsentHistoryView)
#include "tst_consenthistoryview.moc"
