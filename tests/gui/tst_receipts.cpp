// Receipts as the customer gets them: a PDF that exists, names the order and the refund, says when
// the refund follows the synchronisation, and carries a QR code a scanner can read.
#include "HandoverReceipt.h"
#include "PdfText.h"
#include "QrCode.h"
#include "ReceiptMessage.h"
#include "ReturnPolicy.h"
#include "ReturnReceipt.h"

#include <QLabel>
#include <QPrinter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ReturnReceipt::Input cashReturn() {
    ReturnReceipt::Input input;
    input.storeLines = {u"Theke Hamburg Mönckebergstraße"_s, u"Mönckebergstraße 7, 20095 Hamburg"_s};
    ReturnableOrder& order = input.order;
    order.orderNo = u"F-2025-1000042"_s;
    order.customerName = u"Jürgen Weiß"_s;
    order.paymentMethod = u"cash"_s;
    order.facts.channel = u"store"_s;
    order.facts.placedAtUtc = QDateTime::fromString(u"2025-03-02T10:00:00Z"_s, Qt::ISODate);
    order.facts.deliveredAtUtc = order.facts.placedAtUtc;
    order.facts.storeTimeZone = u"Europe/Berlin"_s;
    order.facts.totalPaid = Money::eur(12995);
    order.facts.shippingPaid = Money::eur(0);
    order.facts.refundedBefore = Money::eur(0);
    order.facts.lines = {ReturnOrderLine{u"1"_s, 1, 0, Money::eur(12995), true, NonReturnableReason::None}};
    order.lineNames = {{u"1"_s, u"Steppjacke „Elbe“ navy, M"_s}};
    input.request.lines = {
        ReturnRequestLine{u"1"_s, 1, ReturnReason::DoesNotFit, ItemCondition::AsNew, std::nullopt}};
    input.decision = ReturnPolicy()
                         .evaluate(order.facts, input.request,
                                   QDateTime::fromString(u"2025-03-10T10:00:00Z"_s, Qt::ISODate))
                         .value();
    input.returnId = u"0195a2b7-0c3d-7e4f-8a9b-1c2d3e4f5a6b"_s;
    input.staffName = u"Dörte Schäfer"_s;
    input.atUtc = QDateTime::fromString(u"2025-03-10T10:05:00Z"_s, Qt::ISODate);
    input.offline = true;
    return input;
}

} // namespace

class TestReceipts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void qrCodeHasModulesAndAQuietZone() {
        const QImage code = QrCode::image(u"THEKE-PICKUP:W-2025-0051177:K7M2QX"_s);
        QVERIFY(!code.isNull());
        QCOMPARE(code.width(), code.height());
        QVERIFY(code.width() >= 21 + 8); // version 1 is 21 modules, plus 4 on each side
        QCOMPARE(code.pixelColor(0, 0), QColor(Qt::white));
        QCOMPARE(code.pixelColor(4, 4), QColor(Qt::black)); // the finder pattern's corner
    }

    void returnReceiptPdfNamesOrderRefundAndTillCode() {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is missing: scripts/deps installs it");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"retoure.pdf"_s);
        const ReturnReceipt::Input input = cashReturn();
        const ReceiptDocument doc = ReturnReceipt::build(input);
        QVERIFY(doc.writePdf(path));
        const QString text = pdfText(path);
        if (const QString keep = qEnvironmentVariable("THEKE_SCREENSHOT_DIR"); !keep.isEmpty())
            QFile::copy(path, keep + u"/retourenbeleg.pdf"_s);
        QVERIFY2(text.contains(u"F-2025-1000042"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Steppjacke"_s), qPrintable(text));
        QVERIFY2(text.contains(u"129.95"_s) || text.contains(u"129,95"_s), qPrintable(text));
        QVERIFY2(text.contains(u"after the synchronisation"_s), qPrintable(text));
        QVERIFY2(text.contains(ReturnReceipt::tillCode(input.returnId)), qPrintable(text));
        QCOMPARE(ReturnReceipt::tillCode(input.returnId), u"R-0195A2B7"_s);
    }

    void onlineCardRefundHasNoOfflineNoteAndNoTillCode() {
        ReturnReceipt::Input input = cashReturn();
        input.offline = false;
        input.order.paymentMethod = u"card"_s;
        const ReceiptDocument doc = ReturnReceipt::build(input);
        QVERIFY(doc.qrPayload.isEmpty());
        QVERIFY(!doc.notes.join(u' ').contains(u"synchronisation"_s));
        QCOMPARE(doc.rows.constLast().text, u"Refund to"_s);
        QCOMPARE(doc.rows.constLast().amount, u"card"_s);
    }

    void handoverReceiptPdfNamesOrderRecipientAndWhatIsLeft() {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is missing: scripts/deps installs it");
        HandoverReceipt::Input input;
        input.storeLines = {u"Theke Hamburg Mönckebergstraße"_s};
        input.orderNo = u"W-2025-0051177"_s;
        input.customerName = u"Jürgen Weiß"_s;
        input.recipientName = u"Sören Köhler"_s;
        input.authorisedPerson = true;
        input.identityCheck = u"pickup code"_s;
        input.handedOver = {{u"Steppjacke „Elbe“ navy, M"_s, 1}};
        input.stillOpen = {{u"Schal „Föhr“ grau"_s, 2}};
        input.atUtc = QDateTime::fromString(u"2025-03-14T10:02:00Z"_s, Qt::ISODate);
        const ReceiptDocument doc = HandoverReceipt::build(input);
        QCOMPARE(doc.qrPayload, u"W-2025-0051177"_s);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"uebergabe.pdf"_s);
        QVERIFY(doc.writePdf(path));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(u"W-2025-0051177"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Sören Köhler"_s), qPrintable(text));
        QVERIFY2(text.contains(u"still waiting"_s) && text.contains(u"(partial)"_s), qPrintable(text));
    }

    void messageOffersOpenAndPrintAndPrintingPaintsTheReceipt() {
        const QString html = ReceiptMessage::html(u"Retoure gebucht <ok>"_s, u"/tmp/beleg.pdf"_s);
        QVERIFY(html.contains(u"&lt;ok&gt;"_s)); // the message is text, not markup
        QVERIFY(html.contains(u"file:///tmp/beleg.pdf"_s));
        QVERIFY(html.contains(u"theke:print-receipt"_s));
        QVERIFY(!ReceiptMessage::html(u"Gespeichert"_s, {}).contains(u"href"_s));

        QLabel label;
        int printed = 0;
        ReceiptMessage::follow(&label, [&printed] { ++printed; });
        Q_EMIT label.linkActivated(u"theke:print-receipt"_s);
        QCOMPARE(printed, 1);

        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is missing: scripts/deps installs it");
        // What the print dialog hands the receipt to: a QPrinter (here writing PDF instead of paper).
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(u"gedruckt.pdf"_s));
        ReturnReceipt::build(cashReturn()).paint(printer);
        QVERIFY(pdfText(dir.filePath(u"gedruckt.pdf"_s)).contains(u"F-2025-1000042"_s));
    }
};

QTEST_MAIN(TestReceipts)
#include "tst_receipts.moc"
