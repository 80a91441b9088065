#pragma once

#include <QByteArray>
#include <QMap>

// A complete HTTP response. Header names are lower case.
struct HttpResponse {
    int status = 0;
    QMap<QByteArray, QByteArray> headers;
    QByteArray body;

    QByteArray header(const QByteArray& lowerName) const { return headers.value(lowerName); }
};
