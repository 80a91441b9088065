#pragma once

#include <QString>

#include <span>

// Word lists for realistic German demo customers. Lists are ordered roughly by frequency, so picking
// towards the front (see DemoDataGenerator) makes Müller commoner than Strauß, as in real life.
namespace GermanNameData {

struct Place {
    const char16_t* postcode;
    const char16_t* city;
    const char16_t* areaCode; // landline prefix after +49
};

std::span<const char16_t* const> firstNames();
std::span<const char16_t* const> lastNames();
std::span<const char16_t* const> streets();
std::span<const Place> places();
std::span<const char16_t* const> mobilePrefixes(); // after +49, e.g. u"151"
std::span<const char16_t* const> emailDomains();   // example domains only (RFC 2606 / 6761)

} // namespace GermanNameData
