#include "DemoIds.h"

QString DemoIds::uuid7(quint64 millis, std::mt19937_64& random) {
    const quint64 low = random();
    const quint64 high = random();
    unsigned char bytes[16];
    for (int b = 0; b < 6; ++b)
        bytes[b] = (millis >> (8 * (5 - b))) & 0xff;
    for (int b = 6; b < 8; ++b)
        bytes[b] = (high >> (8 * b)) & 0xff;
    for (int b = 8; b < 16; ++b)
        bytes[b] = (low >> (8 * (b - 8))) & 0xff;
    bytes[6] = (bytes[6] & 0x0f) | 0x70; // version 7
    bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
    static constexpr char16_t kHex[] = u"0123456789abcdef";
    QString text(36, Qt::Uninitialized);
    QChar* out = text.data();
    int at = 0;
    for (int b = 0; b < 16; ++b) {
        if (b == 4 || b == 6 || b == 8 || b == 10)
            out[at++] = u'-';
        out[at++] = QChar(kHex[bytes[b] >> 4]);
        out[at++] = QChar(kHex[bytes[b] & 0x0f]);
    }
    return text;
}
