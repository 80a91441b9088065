#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

// A receipt as data (store, title, rows of text and amounts, notes, a QR code), painted the same way
// onto a PDF (QPdfWriter) or a printer (QPrinter). The texts arrive translated.
struct ReceiptDocument {
    struct Row {
        QString text;
        QString amount; // right-aligned; may be empty
        bool emphasised = false;
    };

    QStringList storeLines; // store name, address
    QString title;          // e.g. "Retourenbeleg"
    QStringList facts;      // order no., date, staff, …
    QList<Row> rows;
    QStringList notes; // rules explained, offline hint, …
    QString qrPayload; // empty: no QR code
    QString qrCaption;
    QString pdfTitle; // document title in the PDF's properties

    // Paints onto device, starting new pages as needed.
    void paint(QPagedPaintDevice& device) const;
    // Writes an A4 PDF; store.io-like errors when the file cannot be written.
    Status writePdf(const QString& path) const;
};
