#pragma once

#include <QImage>
#include <QString>

class QPainter;
class QRectF;

// QR codes for receipts (libqrencode): the pickup QR, the till code of a return.
namespace QrCode {
// One pixel per module, black on white, with the quiet zone; null image when text cannot be encoded.
QImage image(const QString& text);
// Paints the code into target, scaled without smoothing so scanners read it from paper.
void paint(QPainter& painter, const QRectF& target, const QString& text);
} // namespace QrCode
