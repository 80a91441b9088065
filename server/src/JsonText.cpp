#include "JsonText.h"

#include <QVariant>

#include <charconv>

namespace {

constexpr char kHex[] = "0123456789abcdef";

void appendUnicodeEscape(std::string& out, char16_t unit) {
    out += "\\u";
    out += kHex[(unit >> 12) & 0xf];
    out += kHex[(unit >> 8) & 0xf];
    out += kHex[(unit >> 4) & 0xf];
    out += kHex[unit & 0xf];
}

void appendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x800) {
        out += char(0xc0 | (cp >> 6));
    } else if (cp < 0x10000) {
        out += char(0xe0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3f));
    } else {
        out += char(0xf0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3f));
        out += char(0x80 | ((cp >> 6) & 0x3f));
    }
    out += char(0x80 | (cp & 0x3f));
}

} // namespace

void JsonText::appendString(std::string& out, QStringView text) {
    out += '"';
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = text[i].unicode();
        if (u >= 0x80) {
            if (QChar::isHighSurrogate(u) && i + 1 < size && QChar::isLowSurrogate(text[i + 1].unicode())) {
                appendUtf8(out, QChar::surrogateToUcs4(u, text[i + 1].unicode()));
                ++i;
            } else if (QChar::isSurrogate(u)) {
                appendUnicodeEscape(out, u);
            } else {
                appendUtf8(out, u);
            }
            continue;
        }
        switch (u) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20)
                appendUnicodeEscape(out, u);
            else
                out += char(u);
        }
    }
    out += '"';
}

void JsonText::appendStringOrNull(std::string& out, const QVariant& value) {
    const QString text = value.toString();
    if (text.isEmpty())
        out += "null";
    else
        appendString(out, text);
}

void JsonText::appendInteger(std::string& out, qint64 value) {
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof(buffer), value);
    out.append(buffer, result.ptr);
}
