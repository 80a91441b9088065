#include "SyncEngine.h"

#include "CartFeedApplier.h"
#include "ConsentEventJson.h"
#include "ConsentEventPageDecoder.h"
#include "ConsentEventRepository.h"
#include "CustomerFeedApplier.h"
#include "CustomerRepository.h"
#include "FeedPageWriter.h"
#include "NotesFeedApplier.h"
#include "OrderRepository.h"
#include "OrderRow.h"
#include "OrderRowPageDecoder.h"
#include "PickupFeedApplier.h"
#include "PickupJson.h"
#include "PickupRepository.h"
#include "ProductJson.h"
#include "ProductRepository.h"
#include "RateMeter.h"
#include "RecordFeedApplier.h"
#include "ReturnJson.h"
#include "ReturnRepository.h"
#include "ServiceContactJson.h"
#include "ServiceContactRepository.h"
#include "StaffFeedApplier.h"
#include "StockLevelJson.h"
#include "StockRepository.h"
#include "StoreRecordJson.h"
#include "StoreRepository.h"
#include "SyncLog.h"
#include "SyncStateRepository.h"

#include <QElapsedTimer>

#include <any>
#include <future>

using namespace Qt::StringLiterals;

namespace {

// A fetched page, decoded when it could be, and the fetch of the page after it (if wanted) under way.
struct PreparedPage {
    Result<FeedPage> page;
    std::future<Result<FeedPage>> following;
};

} // namespace

SyncEngine::SyncEngine(Database& database, ApiClient& api)
    : m_database(database)
    , m_api(api) {
    // The order of SyncStateRepository::feeds(). Stores and staff first: a handful of rows, and
    // nobody can sign in on a new device until staff are here. Products and stock before customers,
    // so the counter can look up articles while the large customer and order feeds still run.
    // Customers before what refers to them; notes and the consent history last.
    QSqlDatabase db = database.sql();
    m_appliers.push_back(std::make_unique<RecordFeedApplier<StoreRecord, StoreRepository>>(
        u"stores"_s, db, &StoreRecordJson::fromJson));
    m_appliers.push_back(std::make_unique<StaffFeedApplier>(db));
    m_appliers.push_back(std::make_unique<RecordFeedApplier<Product, ProductRepository>>(
        u"products"_s, db, &ProductJson::fromJson));
    m_appliers.push_back(std::make_unique<RecordFeedApplier<StockLevel, StockRepository>>(
        u"stock"_s, db, &StockLevelJson::fromJson));
    m_appliers.push_back(std::make_unique<CustomerFeedApplier>(db));
    m_appliers.push_back(std::make_unique<RecordFeedApplier<OrderRow, OrderRepository>>(
        u"orders"_s, db, &OrderRow::fromJson, &OrderRowPageDecoder::decode));
    m_appliers.push_back(std::make_unique<PickupFeedApplier>(db));
    m_appliers.push_back(std::make_unique<RecordFeedApplier<ReturnRecord, ReturnRepository>>(
        u"returns"_s, db, &ReturnJson::fromJson));
    m_appliers.push_back(std::make_unique<CartFeedApplier>(db));
    m_appliers.push_back(std::make_unique<RecordFeedApplier<ServiceContact, ServiceContactRepository>>(
        u"contacts"_s, db, &ServiceContactJson::fromJson));
    m_appliers.push_back(std::make_unique<NotesFeedApplier>(db));
    m_appliers.push_back(std::make_unique<RecordFeedApplier<ConsentEvent, ConsentEventRepository>>(
        u"consents"_s, db, &ConsentEventJson::fromJson, &ConsentEventPageDecoder::decode));
}

SyncEngine::~SyncEngine() = default;

QStringList SyncEngine::feeds() const {
    QStringList names;
    for (const auto& applier : m_appliers)
        names.append(applier->feed());
    return names;
}

FeedApplier* SyncEngine::applierFor(const QString& feed) {
    for (const auto& applier : m_appliers) {
        if (applier->feed() == feed)
            return applier.get();
    }
    return nullptr;
}

Result<PullProgress> SyncEngine::pull(const QString& feed, const PullOptions& options,
                                      const ProgressFn& progress, const std::atomic_bool* cancel) {
    FeedApplier* applier = applierFor(feed);
    if (!applier)
        return makeError(ErrorCode::kApiNotFound, u"no applier for feed "_s + feed);

    PullProgress report;
    report.feed = feed;
    QElapsedTimer timer;
    timer.start();
    RateMeter rate;
    FeedPageWriter writer(m_database);
    int pages = 0;
    // Three pages are under way at once: page n is written here, page n+1 is decoded into rows
    // (FeedApplier::decode) on a second thread, and page n+2 is fetched and parsed on a third. So
    // the server, the network and the JSON work overlap the SQLite work, and the next request does
    // not wait until a page is decoded. A fetch starts only after the one before it has ended, so
    // one thread at a time uses m_api. A dropped std::async future waits for its task (and a
    // prepared page for the fetch it started), also on every early return below.
    const auto wanted = [&options](int page) {
        return options.maxPages < 0 || page < options.maxPages;
    };
    const FeedItems items = applier->decodesDocuments() ? FeedItems::Document : FeedItems::Json;
    const auto fetch = [this, &feed, &options, items](const QString& cursor) {
        return std::async(std::launch::async, [this, feed, cursor, limit = options.pageLimit, items] {
            return m_api.fetchFeed(feed, cursor, limit, items);
        });
    };
    // Frees the rows of a page already written (spent), waits for page number's fetch, starts
    // fetching the page after it, then decodes it. Freeing a page's thousands of decoded texts on the
    // writing thread took ~8 % of its time (perf of a 100k first sync); here it overlaps the fetch.
    const auto prepare = [&fetch, &wanted, applier](std::future<Result<FeedPage>> fetching, int number,
                                                    std::any spent) {
        return std::async(std::launch::async,
                          [&fetch, &wanted, applier, number, fetching = std::move(fetching),
                           spent = std::move(spent)]() mutable {
                              spent.reset();
                              PreparedPage prepared{fetching.get(), {}};
                              if (prepared.page && prepared.page->hasMore && wanted(number + 1))
                                  prepared.following = fetch(prepared.page->nextCursor);
                              if (prepared.page)
                                  applier->decode(prepared.page.value());
                              return prepared;
                          });
    };
    std::future<PreparedPage> next;
    if (wanted(0) && !(cancel && cancel->load()))
        next = prepare(fetch(SyncStateRepository(m_database.sql()).cursor(feed)), 0, {});
    std::any written; // the rows of the page written last, for the next decoding task to free

    while (true) {
        if (cancel && cancel->load())
            return makeError(ErrorCode::kSyncCancelled, u"pull cancelled"_s);
        if (!wanted(pages))
            return report;

        PreparedPage prepared = next.get();
        const Result<FeedPage>& page = prepared.page;
        if (!page) {
            qCInfo(lcSync) << "pull" << feed << "stopped after" << report.rows
                           << "rows:" << page.error().code;
            return page.error();
        }
        if (prepared.following.valid())
            next = prepare(std::move(prepared.following), pages + 1, std::move(written));

        if (const Status written = writer.write(*applier, page.value()); !written) {
            qCWarning(lcSync) << "page of" << feed << "rejected, cursor kept:" << written.error().code;
            return written.error();
        }

        ++pages;
        const qint64 pageRows = page->itemCount() + page->deleted.size();
        written = std::move(prepared.page.value().decoded);
        report.rows += pageRows;
        report.rowsPerSecond = rate.add(pageRows, timer.elapsed());
        report.finished = !page->hasMore;
        if (progress)
            progress(report);
        if (report.finished) {
            qCInfo(lcSync) << "pull" << feed << "complete:" << report.rows << "rows in" << timer.elapsed()
                           << "ms";
            return report;
        }
    }
}

Result<QMap<QString, qint64>> SyncEngine::backlog() {
    SyncStateRepository state(m_database.sql());
    QList<QPair<QString, QString>> cursors;
    for (const QString& feed : feeds())
        cursors.append({feed, state.cursor(feed)});
    return m_api.syncBacklog(cursors);
}

bool SyncEngine::isInitialSync() const {
    SyncStateRepository state(m_database.sql());
    for (const QString& feed : feeds()) {
        if (!state.lastSync(feed).isValid())
            return true;
    }
    return false;
}

Result<qint64> SyncEngine::pullAll(const PullOptions& options, const ProgressFn& progress,
                                   const std::atomic_bool* cancel) {
    qint64 total = 0;
    for (const QString& feed : feeds()) {
        Result<PullProgress> result = pull(feed, options, progress, cancel);
        if (!result && result.error().code == ErrorCode::kApiNotFound) {
            // A server older than this client does not offer every feed yet; the rest still syncs.
            qCInfo(lcSync) << "server offers no feed" << feed << "- skipped";
            continue;
        }
        if (!result)
            return result.error();
        total += result->rows;
    }
    // Tombstones may have erased customers; their text must also leave the index pages on disk.
    if (Status purged = CustomerRepository(m_database.sql()).purgeErasedText(); !purged)
        return purged.error();
    return total;
}
