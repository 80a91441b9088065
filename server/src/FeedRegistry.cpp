#include "FeedRegistry.h"

#include "CatalogFeeds.h"
#include "ConsentEventFeed.h"
#include "CustomerFeed.h"
#include "NoteFeed.h"
#include "OrderFeeds.h"
#include "StaffFeed.h"

void FeedRegistry::add(std::unique_ptr<SyncFeed> feed) {
    m_feeds.push_back(std::move(feed));
}

const SyncFeed* FeedRegistry::find(const QString& name) const {
    for (const auto& feed : m_feeds) {
        if (feed->name() == name)
            return feed.get();
    }
    return nullptr;
}

FeedRegistry FeedRegistry::withStandardFeeds() {
    FeedRegistry registry;
    registry.add(std::make_unique<CustomerFeed>());
    registry.add(std::make_unique<NoteFeed>());
    registry.add(std::make_unique<ConsentEventFeed>());
    registry.add(std::make_unique<StaffFeed>());
    registry.add(CatalogFeeds::stores());
    registry.add(CatalogFeeds::products());
    registry.add(CatalogFeeds::stock());
    registry.add(OrderFeeds::orders());
    registry.add(OrderFeeds::pickups());
    registry.add(OrderFeeds::returns());
    registry.add(OrderFeeds::carts());
    registry.add(OrderFeeds::contacts());
    return registry;
}
