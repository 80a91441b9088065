#include "ReceiptMessage.h"

#include "ReceiptDocument.h"

#include <QDesktopServices>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

const auto kPrintLink = u"theke:print-receipt"_s;

} // namespace

QString ReceiptMessage::html(const QString& message, const QString& receiptPath,
                             const QString& returnReceiptPath) {
    QString text = message.toHtmlEscaped();
    if (!receiptPath.isEmpty()) {
        text += u" <a href=\"%1\">%2</a> · <a href=\"%3\">%4</a>"_s.arg(
            QUrl::fromLocalFile(receiptPath).toString(), tr("Open receipt"), kPrintLink,
            tr("Print receipt…"));
    }
    if (!returnReceiptPath.isEmpty())
        text += u" · <a href=\"%1\">%2</a>"_s.arg(QUrl::fromLocalFile(returnReceiptPath).toString(),
                                                  tr("Open return receipt"));
    return text;
}

void ReceiptMessage::follow(QLabel* label, std::function<void()> print) {
    label->setOpenExternalLinks(false);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    QObject::connect(label, &QLabel::linkActivated, label, [print = std::move(print)](const QString& link) {
        if (link == kPrintLink) {
            if (print)
                print();
            return;
        }
        QDesktopServices::openUrl(QUrl(link));
    });
}

bool ReceiptMessage::printWithDialog(QWidget* parent, const ReceiptDocument& document) {
    return printWithDialog(parent, QList<ReceiptDocument>{document});
}

bool ReceiptMessage::printWithDialog(QWidget* parent, const QList<ReceiptDocument>& documents) {
    if (documents.isEmpty())
        return false;
    QPrinter printer(QPrinter::HighResolution);
    const ReceiptDocument& first = documents.constFirst();
    printer.setDocName(first.pdfTitle.isEmpty() ? first.title : first.pdfTitle);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print receipt"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    for (const ReceiptDocument& document : documents) {
        printer.setDocName(document.pdfTitle.isEmpty() ? document.title : document.pdfTitle);
        document.paint(printer); // each receipt is a job of its own: the customer gets two slips
    }
    return true;
}
