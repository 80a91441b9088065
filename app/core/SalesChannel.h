#pragma once

#include <QStringView>

#include <string_view>

// The sales channels of the API: webshop, app, store, phone or marketplace:<name> (lower-case
// letters, digits, '_' and '-', 1 to 40 of them).
namespace SalesChannel {

// Whether text is exactly one of them: nothing before or after, not even a line feed.
bool isValid(QStringView text);
// The same for UTF-8, as the sync's feed decoders read it.
bool isValid(std::string_view utf8);

} // namespace SalesChannel
