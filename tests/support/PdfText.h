#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// The text of a PDF as pdftotext -layout reads it (poppler-utils; empty when it is missing), so receipt
// tests check what a customer would read on the paper.
inline QString pdfText(const QString& path) {
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    pdftotext.waitForFinished(30000);
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}
