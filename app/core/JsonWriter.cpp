#include "JsonWriter.h"

using namespace Qt::StringLiterals;

void JsonWriter::separate() {
    if (m_needComma)
        m_text += u',';
}

JsonWriter& JsonWriter::beginObject() {
    separate();
    m_text += u'{';
    m_needComma = false;
    return *this;
}

JsonWriter& JsonWriter::endObject() {
    m_text += u'}';
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::beginArray() {
    separate();
    m_text += u'[';
    m_needComma = false;
    return *this;
}

JsonWriter& JsonWriter::endArray() {
    m_text += u']';
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::key(QStringView name) {
    value(name);
    m_text += u':';
    m_needComma = false;
    return *this;
}

JsonWriter& JsonWriter::value(QStringView text) {
    separate();
    m_text += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            m_text += u"\\\""_s;
            break;
        case u'\\':
            m_text += u"\\\\"_s;
            break;
        case u'\n':
            m_text += u"\\n"_s;
            break;
        case u'\r':
            m_text += u"\\r"_s;
            break;
        case u'\t':
            m_text += u"\\t"_s;
            break;
        default:
            if (c.unicode() < 0x20)
                m_text += u"\\u%1"_s.arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                m_text += c;
        }
    }
    m_text += u'"';
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::value(qint64 number) {
    separate();
    m_text += QString::number(number);
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::nullValue() {
    separate();
    m_text += u"null"_s;
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::stringOrNull(const QString& text) {
    return text.isEmpty() ? nullValue() : value(text);
}

JsonWriter& JsonWriter::money(const Money& amount) {
    return beginObject()
        .key(u"amount")
        .value(amount.cents)
        .key(u"currency")
        .value(amount.currency)
        .endObject();
}
