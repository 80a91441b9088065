#include "SalesChannel.h"

#include <QRegularExpression>

bool SalesChannel::isValid(QStringView text) {
    // anchoredPattern ends in \z: a plain '$' would also match before a final line feed.
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("webshop|app|store|phone|marketplace:[a-z0-9_-]{1,40}")));
    return pattern.match(text).hasMatch();
}
