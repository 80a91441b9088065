#include "SalesChannel.h"

namespace {

// Every channel is ASCII, so UTF-16 and UTF-8 texts are compared the same way, unit by unit.
template <typename Char> bool equals(const Char* text, size_t size, std::string_view ascii) {
    if (size != ascii.size())
        return false;
    for (size_t i = 0; i < size; ++i) {
        if (text[i] != Char(ascii[i]))
            return false;
    }
    return true;
}

template <typename Char> bool isMarketplaceNameUnit(Char c) {
    return (c >= Char('a') && c <= Char('z')) || (c >= Char('0') && c <= Char('9')) || c == Char('_') ||
           c == Char('-');
}

template <typename Char> bool matches(const Char* text, size_t size) {
    for (const std::string_view channel : {"webshop", "app", "store", "phone"}) {
        if (equals(text, size, channel))
            return true;
    }
    constexpr std::string_view kMarketplace = "marketplace:";
    if (size <= kMarketplace.size() || size > kMarketplace.size() + 40 ||
        !equals(text, kMarketplace.size(), kMarketplace))
        return false;
    for (size_t i = kMarketplace.size(); i < size; ++i) {
        if (!isMarketplaceNameUnit(text[i]))
            return false;
    }
    return true;
}

} // namespace

bool SalesChannel::isValid(QStringView text) {
    return matches(text.utf16(), size_t(text.size()));
}

bool SalesChannel::isValid(std::string_view utf8) {
    return matches(utf8.data(), utf8.size());
}
