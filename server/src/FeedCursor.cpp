#include "FeedCursor.h"

#include <QByteArray>

namespace {

constexpr QByteArrayView kPrefix = "v1:";
constexpr qsizetype kMaxCursorLength = 64;

} // namespace

QString FeedCursor::encode(qint64 seq) {
    const QByteArray plain = kPrefix.toByteArray() + QByteArray::number(seq);
    return QString::fromLatin1(
        plain.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> FeedCursor::decode(const QString& text) {
    if (text.isEmpty())
        return 0;
    if (text.size() > kMaxCursorLength)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith(kPrefix))
        return std::nullopt;
    const QByteArray digits = decoded.decoded.mid(kPrefix.size());
    if (digits.isEmpty())
        return std::nullopt;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 seq = digits.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return seq;
}
