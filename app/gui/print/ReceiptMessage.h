#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QLabel;
class QWidget;
struct ReceiptDocument;

// The note a desk shows after booking, with links to open the receipt's PDF and to print it, and the
// print dialog behind the second link. Shared by the pickup and the returns desk.
class ReceiptMessage {
    Q_DECLARE_TR_FUNCTIONS(ReceiptMessage)

public:
    // message (plain text) plus "Open receipt" (the PDF) and "Print receipt…" when receiptPath is set,
    // and "Open return receipt" when a handover also booked a return (returnReceiptPath).
    static QString html(const QString& message, const QString& receiptPath,
                        const QString& returnReceiptPath = {});
    // Makes label follow the links: the PDF opens with the desktop's viewer, print calls print.
    static void follow(QLabel* label, std::function<void()> print);
    // The print dialog, then the receipt onto the chosen printer; false when cancelled.
    static bool printWithDialog(QWidget* parent, const ReceiptDocument& document);
    // One dialog for several receipts (a handover and the return of refused pieces), each its own job.
    static bool printWithDialog(QWidget* parent, const QList<ReceiptDocument>& documents);
};
