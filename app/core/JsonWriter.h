#pragma once

#include "Money.h"

#include <QDateTime>
#include <QString>

// Writes compact JSON text straight into a string. For the hot path only: the orders feed brings
// millions of lines, and building a QJsonArray of QJsonObjects and serialising it costs several
// times what writing the same text directly does. The output parses to what the QJson route gives.
class JsonWriter {
public:
    JsonWriter();
    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(QStringView name);
    JsonWriter& value(QStringView text);
    JsonWriter& value(qint64 number);
    JsonWriter& nullValue();
    JsonWriter& stringOrNull(const QString& text); // null when empty
    JsonWriter& money(const Money& amount);        // {"amount":…,"currency":…}

    const QString& text() const { return m_text; }

private:
    void separate();

    QString m_text;
    bool m_needComma = false;
};
