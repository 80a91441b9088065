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
#include "PagePipeline.h"
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

using namespace Qt::StringLiterals;

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
    if (cancel && cancel->load())
        return makeError(ErrorCode::kSyncCancelled, u"pull cancelled"_s);
    if (options.maxPages == 0)
        return report;
    // Page n is written here while page n+1 is decoded and page n+2 fetched on the pipeline's threads
    // (PagePipeline), so the server, the network and the JSON work overlap the SQLite work.
    const FeedItems items = applier->decodesDocuments() ? FeedItems::Document : FeedItems::Json;
    PagePipeline pipeline([this, &feed, limit = options.pageLimit, items](
                              const QString& cursor) { return m_api.fetchFeed(feed, cursor, limit, items); },
                          *applier, SyncStateRepository(m_database.sql()).cursor(feed), options.maxPages);

    while (true) {
        if (cancel && cancel->load())
            return makeError(ErrorCode::kSyncCancelled, u"pull cancelled"_s);
        std::optional<Result<FeedPage>> next = pipeline.next();
        if (!next) // maxPages reached
            return report;
        Result<FeedPage>& page = *next;
        if (!page) {
            qCInfo(lcSync) << "pull" << feed << "stopped after" << report.rows
                           << "rows:" << page.error().code;
            return page.error();
        }
        if (const Status written = writer.write(*applier, page.value()); !written) {
            qCWarning(lcSync) << "page of" << feed << "rejected, cursor kept:" << written.error().code;
            return written.error();
        }

        const qint64 pageRows = page->itemCount() + page->deleted.size();
        report.rows += pageRows;
        report.rowsPerSecond = rate.add(pageRows, timer.elapsed());
        report.finished = !page->hasMore;
        pipeline.recycle(std::move(page).value());
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
