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

namespace {

bool needsEscape(char16_t c) {
    return c < 0x20 || c == u'"' || c == u'\\';
}

} // namespace

JsonWriter::JsonWriter() {
    m_text.reserve(256); // an order's lines; the string grows when a text needs more
}

JsonWriter& JsonWriter::value(QStringView text) {
    separate();
    m_text += u'"';
    const char16_t* const begin = text.utf16();
    const qsizetype size = text.size();
    qsizetype done = 0; // text before it is in m_text already
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = begin[i];
        if (!needsEscape(c))
            continue;
        // Plain runs go in whole: one append per run instead of one per character.
        m_text.append(text.mid(done, i - done));
        done = i + 1;
        switch (c) {
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
            m_text += u"\\u%1"_s.arg(int(c), 4, 16, QLatin1Char('0'));
        }
    }
    m_text.append(text.mid(done));
    m_text += u'"';
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::value(qint64 number) {
    separate();
    // Digits into a local buffer: QString::number allocated a string per number.
    char16_t digits[24];
    int at = 24;
    const bool negative = number < 0;
    quint64 magnitude = negative ? quint64(0) - quint64(number) : quint64(number);
    do {
        digits[--at] = char16_t(u'0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (negative)
        digits[--at] = u'-';
    m_text.append(reinterpret_cast<const QChar*>(digits + at), 24 - at);
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
