#pragma once

#include "SqlTableFeed.h"

#include <memory>

// The feeds of what a store sells and where it is: stores, products and stock (every location, the
// other stores and the ONLINE warehouse included, so an associate can say where an article is).
namespace CatalogFeeds {

std::unique_ptr<SyncFeed> stores();
std::unique_ptr<SyncFeed> products();
std::unique_ptr<SyncFeed> stock();

// "19" for 1900, "10.7" for 1070: the VAT rate in percent as QJsonDocument writes the number.
std::string vatRateText(int hundredths);

} // namespace CatalogFeeds
