#pragma once

#include <QStringView>

#include <string>
#include <string_view>

class QVariant;

// Appends JSON values to UTF-8 text directly. Feed pages are built this way because going through
// QJsonObject and QJsonDocument cost about 40 µs per customer, most of a 2,000-row page's time.
// Strings are escaped exactly as QJsonDocument does (", \, control characters; lone surrogates as \u).
class JsonText {
public:
    static void appendString(std::string& out, QStringView text);
    // The same for UTF-8 text (as SQLite returns it): well-formed text is copied without decoding.
    static void appendUtf8String(std::string& out, std::string_view text);
    // A NULL or empty value as null, anything else as a string.
    static void appendStringOrNull(std::string& out, const QVariant& value);
    static void appendInteger(std::string& out, qint64 value);
};
