#pragma once

#include "FeedPage.h"

#include <QMap>
#include <QUrl>

// The server's view of one sync feed, fetched from the start with a fixed page size: where each page
// ends (its cursor) and which rows (id → version) the feed holds up to there. A client that pulls with
// the same page size from a server that does not change meanwhile must always hold exactly
// rowsAfter(pagesUpTo(its stored cursor)) — nothing half-applied, skipped or repeated.
class ServerFeed {
public:
    using Versions = QMap<QString, qint64>;

    // Fetches every page with the device token; the error says which page failed and why.
    static Result<ServerFeed> fetch(const QUrl& server, const QString& token, const QString& feed,
                                    int pageSize);

    int pageCount() const { return int(m_pages.size()); }
    const QList<FeedPage>& pages() const { return m_pages; }
    // How many pages end at cursor: 0 for the empty cursor, -1 when cursor is no page boundary.
    int pagesUpTo(const QString& cursor) const;
    // Items upserted and tombstones removed, page by page, for the first `pages` pages.
    Versions rowsAfter(int pages) const;
    Versions rows() const { return rowsAfter(pageCount()); }
    // Every item of the feed as it stands at the end (the newest copy of each id).
    QMap<QString, QJsonObject> items() const;

private:
    QList<FeedPage> m_pages;
};
