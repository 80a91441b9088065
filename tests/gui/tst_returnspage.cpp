// The returns desk driven like an associate: scan the label, set what comes back, read what the
// rules say, book. The order comes from a small in-memory source here; the cache-backed source has
// its own test.
#include "MockClock.h"
#include "ReturnChoiceDelegate.h"
#include "ReturnLinesModel.h"
#include "ReturnableOrderSource.h"
#include "ReturnsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QDateTime utc(const char* iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// W-2025-0048213: a scarf (29,95 €), two jackets (89,90 € each) and a gift card (25 €), 4,95 €
// shipping, delivered on Wednesday 5 March 2025; one jacket already came back through the web shop.
ReturnableOrder webOrder() {
    ReturnableOrder order;
    order.orderId = u"o-1"_s;
    order.orderNo = u"W-2025-0048213"_s;
    order.customerName = u"Jürgen Weiß"_s;
    order.paymentMethod = u"paypal"_s;
    order.facts.channel = u"webshop"_s;
    order.facts.placedAtUtc = utc("2025-03-02T19:12:44Z");
    order.facts.deliveredAtUtc = utc("2025-03-05T10:31:00Z");
    order.facts.storeTimeZone = u"Europe/Berlin"_s;
    order.facts.shippingPaid = Money::eur(495);
    order.facts.totalPaid = Money::eur(2995 + 2 * 8990 + 2500 + 495);
    order.facts.refundedBefore = Money::eur(8990);
    order.facts.lines = {
        ReturnOrderLine{u"1"_s, 1, 0, Money::eur(2995), true, NonReturnableReason::None},
        ReturnOrderLine{u"2"_s, 2, 1, Money::eur(8990), true, NonReturnableReason::None},
        ReturnOrderLine{u"3"_s, 1, 0, Money::eur(2500), false, NonReturnableReason::GiftCard}};
    order.lineNames = {{u"1"_s, u"Schal „Föhr“ grau"_s},
                       {u"2"_s, u"Steppjacke „Elbe“ navy, M"_s},
                       {u"3"_s, u"Geschenkkarte 25 €"_s}};
    order.lineSkus = {{u"1"_s, u"SCF-0815-ONE-GREY"_s}, {u"2"_s, u"JKT-4711-M-NAVY"_s}, {u"3"_s, u"GC-25"_s}};
    return order;
}

class MemoryOrders final : public ReturnableOrderSource {
public:
    Result<ReturnableOrder> find(const QString& orderNo) override {
        asked << orderNo;
        if (orderNo == u"W-2025-0048213")
            return webOrder();
        return makeError(ErrorCode::kApiNotFound, u"no such order"_s, 404);
    }
    QStringList asked;
};

} // namespace

class TestReturnsPage : public QObject {
    Q_OBJECT

private:
    MemoryOrders m_orders;
    MockClock m_clock{utc("2025-03-12T15:00:00Z")}; // day 7 of the withdrawal period

private Q_SLOTS:
    void unknownOrderSaysSo() {
        ReturnsPage page(m_orders, m_clock);
        QVERIFY(!page.lookUp(u"W-2025-9999999"_s));
        QVERIFY(page.findChild<QLabel*>(u"messageLabel"_s)->text().contains(u"W-2025-9999999"_s));
    }

    void scannedLabelOpensTheOrder() {
        ReturnsPage page(m_orders, m_clock);
        page.show();
        auto* field = page.findChild<QLineEdit*>(u"orderField"_s);
        // A scanner types the label's order number (lower case from some scanners) and Enter.
        QTest::keyClicks(field, u"w-2025-0048213"_s);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(m_orders.asked.constLast(), u"W-2025-0048213"_s);
        QCOMPARE(page.linesModel()->rowCount(), 3);
        QCOMPARE(page.linesModel()->left(1), 1); // one jacket is already back
        const QString summary = page.findChild<QLabel*>(u"orderSummary"_s)->text();
        QVERIFY2(summary.contains(u"Jürgen Weiß"_s) && summary.contains(u"PayPal"_s), qPrintable(summary));
        QVERIFY(!page.findChild<QPushButton*>(u"submitButton"_s)->isEnabled());
    }

    void withinTheWithdrawalPeriodNoApprovalIsNeeded() {
        ReturnsPage page(m_orders, m_clock);
        QVERIFY(page.lookUp(u"W-2025-0048213"_s));
        QSignalSpy ready(&page, &ReturnsPage::returnReady);
        QVERIFY(page.linesModel()->setQuantity(u"1"_s, 1));
        QVERIFY(page.decision().has_value());
        QCOMPARE(page.decision()->total, Money::eur(2995));
        QVERIFY(page.findChild<QLabel*>(u"approvalLabel"_s)->text().contains(u"No approval"_s));
        QVERIFY(page.findChild<QListWidget*>(u"explanationList"_s)->count() > 0);
        auto* submit = page.findChild<QPushButton*>(u"submitButton"_s);
        QVERIFY(submit->isEnabled());
        submit->click();
        QCOMPARE(ready.size(), 1);
        const auto request = ready.first().at(1).value<ReturnRequest>();
        QCOMPARE(request.lines.size(), 1);
        QCOMPARE(request.lines.first().lineId, u"1"_s);
        QCOMPARE(request.refundMethod, RefundMethod::Original);
    }

    void moreThanIsLeftCannotBeEntered() {
        ReturnsPage page(m_orders, m_clock);
        QVERIFY(page.lookUp(u"W-2025-0048213"_s));
        QVERIFY(page.linesModel()->setQuantity(u"2"_s, 2)); // two bought, one returned online
        QCOMPARE(page.linesModel()->request(RefundMethod::Original).lines.first().quantity, 1);
    }

    void giftCardIsRefusedAndBlocksBooking() {
        ReturnsPage page(m_orders, m_clock);
        QVERIFY(page.lookUp(u"W-2025-0048213"_s));
        QVERIFY(page.linesModel()->setQuantity(u"3"_s, 1));
        QVERIFY(page.decision()->hasRefusals());
        QVERIFY(!page.findChild<QPushButton*>(u"submitButton"_s)->isEnabled());
        const QModelIndex refund = page.linesModel()->index(2, ReturnLinesModel::RefundColumn);
        QCOMPARE(refund.data().toString(), u"refused"_s);
    }

    void lateReturnNeedsAManagerAndVoucherIsTheCustomersChoice() {
        MockClock late{utc("2025-04-20T10:00:00Z")}; // beyond the 30-day window
        ReturnsPage page(m_orders, late);
        QVERIFY(page.lookUp(u"W-2025-0048213"_s));
        QVERIFY(page.linesModel()->setQuantity(u"1"_s, 1));
        QVERIFY(page.decision()->needsApproval());
        QVERIFY(page.findChild<QLabel*>(u"approvalLabel"_s)->text().contains(u"manager"_s));
        page.findChild<QRadioButton*>(u"voucherRadio"_s)->setChecked(true);
        QCOMPARE(page.decision()->refundMethod, RefundMethod::Voucher);
    }

    void reasonOtherAsksForItsTextAndBlocksBookingWithout() {
        ReturnsPage page(m_orders, m_clock);
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.lookUp(u"W-2025-0048213"_s));
        QVERIFY(page.linesModel()->setQuantity(u"1"_s, 1));
        auto* submit = page.findChild<QPushButton*>(u"submitButton"_s);
        QVERIFY(submit->isEnabled());
        // "Sonstiges" chosen in the drop-down: the line asks what it means; cancelled, it stays missing.
        const auto answer = [&page](const QString& text, bool accept) {
            // Waits for the dialog to open, then answers it like the associate would.
            auto* timer = new QTimer(&page);
            QObject::connect(timer, &QTimer::timeout, timer, [timer, text, accept] {
                auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                timer->stop();
                timer->deleteLater();
                dialog->setTextValue(text);
                accept ? dialog->accept() : dialog->reject();
            });
            timer->start(10);
        };
        auto* view = page.findChild<QTableView*>(u"linesView"_s);
        const QModelIndex reason = page.linesModel()->index(0, ReturnLinesModel::ReasonColumn);
        view->setCurrentIndex(reason); // the cell's drop-down opens as the associate moves there
        auto* combo = view->findChild<QComboBox*>();
        QVERIFY(combo);
        answer(QString(), false);
        combo->setCurrentIndex(combo->findData(int(ReturnReason::Other)));
        Q_EMIT combo->activated(combo->currentIndex());
        QTRY_VERIFY(!QApplication::activeModalWidget() && reason.data().toString().contains(u"say which"_s));
        QVERIFY(!submit->isEnabled());
        QVERIFY2(page.findChild<QLabel*>(u"approvalLabel"_s)->text().contains(u"other"_s),
                 qPrintable(page.findChild<QLabel*>(u"approvalLabel"_s)->text()));

        answer(u"  Geschenk, doppelt bekommen "_s, true);
        QVERIFY(page.askReasonText(0));
        QCOMPARE(reason.data().toString(), u"Other reason: Geschenk, doppelt bekommen"_s);
        QVERIFY(submit->isEnabled());
        QSignalSpy ready(&page, &ReturnsPage::returnReady);
        submit->click();
        QCOMPARE(ready.size(), 1);
        const auto request = ready.first().at(1).value<ReturnRequest>();
        QCOMPARE(request.lines.first().reason, ReturnReason::Other);
        QCOMPARE(request.lines.first().reasonText, u"Geschenk, doppelt bekommen"_s);

        // Another reason drops the text: it belongs to "other" only.
        QVERIFY(page.linesModel()->setData(reason, int(ReturnReason::RefusedAtPickup)));
        QVERIFY(page.linesModel()->reasonText(0).isEmpty());
    }

    void reasonChoicesIncludeRefusedAtPickupAndOther() {
        QStringList texts;
        for (const auto& [text, value] : ReturnChoiceDelegate::choices(ReturnLinesModel::ReasonColumn))
            texts << text;
        QVERIFY2(texts.contains(u"Refused at pickup"_s), qPrintable(texts.join(u", "_s)));
        QCOMPARE(texts.constLast(), u"Other reason"_s);
    }

    void resetEmptiesTheDeskForTheNextCustomer() {
        ReturnsPage page(m_orders, m_clock);
        QVERIFY(page.lookUp(u"W-2025-0048213"_s));
        page.reset();
        QCOMPARE(page.linesModel()->rowCount(), 0);
        QVERIFY(page.findChild<QLineEdit*>(u"orderField"_s)->text().isEmpty());
    }
};

QTEST_MAIN(TestReturnsPage)
#include "tst_returnspage.moc"
