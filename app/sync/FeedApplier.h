#pragma once

#include "FeedPage.h"
#include "Result.h"

// Applies one decoded feed page to the cache. Called inside the transaction that also stores the cursor.
class FeedApplier {
public:
    virtual ~FeedApplier() = default;
    virtual QString feed() const = 0;
    // Decodes every item first; a single bad item fails the whole page (nothing is written).
    virtual Status apply(const FeedPage& page) = 0;
};
