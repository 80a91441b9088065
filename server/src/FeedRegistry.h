#pragma once

#include "SyncFeed.h"

#include <QString>

#include <memory>
#include <vector>

// The sync feeds the server offers, by name; a new feed is one SyncFeed subclass added here.
class FeedRegistry {
public:
    void add(std::unique_ptr<SyncFeed> feed);
    // nullptr for an unknown name.
    const SyncFeed* find(const QString& name) const;

    // Every feed of the contract: stores, staff, products, stock, customers, orders, pickups, returns,
    // carts, contacts, notes, consents.
    static FeedRegistry withStandardFeeds();

private:
    std::vector<std::unique_ptr<SyncFeed>> m_feeds;
};
