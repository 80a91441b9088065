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

// One character below 0x80, escaped as QJsonDocument does.
void appendAscii(std::string& out, char c) {
    switch (c) {
    case '"':
        out += "\\\"";
        break;
    case '\\':
        out += "\\\\";
        break;
    case '\b':
        out += "\\b";
        break;
    case '\f':
        out += "\\f";
        break;
    case '\n':
        out += "\\n";
        break;
    case '\r':
        out += "\\r";
        break;
    case '\t':
        out += "\\t";
        break;
    default:
        if (static_cast<unsigned char>(c) < 0x20)
            appendUnicodeEscape(out, char16_t(c));
        else
            out += c;
    }
}

// Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
bool isValidUtf8(std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xbf; // allowed range of the second byte
        if (c >= 0xc2 && c <= 0xdf) {
            length = 2;
        } else if (c >= 0xe0 && c <= 0xef) {
            length = 3;
            if (c == 0xe0)
                low = 0xa0;
            else if (c == 0xed)
                high = 0x9f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            length = 4;
            if (c == 0xf0)
                low = 0x90;
            else if (c == 0xf4)
                high = 0x8f;
        } else {
            return false;
        }
        if (end - p < length || p[1] < low || p[1] > high)
            return false;
        for (int k = 2; k < length; ++k) {
            if ((p[k] & 0xc0) != 0x80)
                return false;
        }
        p += length;
    }
    return true;
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
        appendAscii(out, char(u));
    }
    out += '"';
}

void JsonText::appendUtf8String(std::string& out, std::string_view text) {
    if (!isValidUtf8(text)) {
        // Not from our own writes; decoded as Qt does (U+FFFD for what is broken) so the page stays JSON.
        appendString(out, QString::fromUtf8(text.data(), qsizetype(text.size())));
        return;
    }
    out += '"';
    size_t plainFrom = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue; // also every byte of a multi-byte sequence: copied as it is
        out.append(text.data() + plainFrom, i - plainFrom);
        appendAscii(out, char(c));
        plainFrom = i + 1;
    }
    out.append(text.data() + plainFrom, text.size() - plainFrom);
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
