#include "Error.h"

QString Error::toString() const {
    QString s = code;
    if (httpStatus > 0)
        s += QStringLiteral(" (HTTP %1)").arg(httpStatus);
    if (!detail.isEmpty())
        s += QStringLiteral(": ") + detail;
    return s;
}
