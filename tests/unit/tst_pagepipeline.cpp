// PagePipeline: the sync fetches and decodes pages ahead of writing them. What the writer relies on:
// every page once, in feed order, each decoded; an error only after the pages before it; no more
// requests than maxPages; one request at a time; stopping early waits for the request in flight and
// leaves no thread behind. The real server and cache are in tst_syncresume, tst_synckill and friends.
#include "PagePipeline.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

// Pages "0", "1", ... with one item each; the cursor of page n+1 is "n+1". Fails at page failAt.
class NumberedFeed {
public:
    explicit NumberedFeed(int pages, int failAt = -1, std::chrono::milliseconds delay = {})
        : m_pages(pages)
        , m_failAt(failAt)
        , m_delay(delay) {}

    Result<FeedPage> operator()(const QString& cursor) {
        const int inFlight = ++m_inFlight;
        m_mostInFlight = std::max(m_mostInFlight.load(), inFlight);
        ++m_requests;
        std::this_thread::sleep_for(m_delay);
        const int number = cursor.isEmpty() ? 0 : cursor.toInt();
        --m_inFlight;
        if (number == m_failAt)
            return makeError(ErrorCode::kApiBadResponse, u"page %1 is not JSON"_s.arg(number));
        FeedPage page;
        page.items.append(QJsonObject{{u"id"_s, QString::number(number)}});
        page.hasMore = number + 1 < m_pages;
        page.nextCursor = QString::number(number + 1);
        return page;
    }

    int requests() const { return m_requests; }
    int mostInFlight() const { return m_mostInFlight; }

private:
    const int m_pages;
    const int m_failAt;
    const std::chrono::milliseconds m_delay;
    std::atomic_int m_requests{0};
    std::atomic_int m_inFlight{0};
    std::atomic_int m_mostInFlight{0};
};

// Decodes an item into its number, as a feed's applier keeps its rows in page.decoded.
class NumberApplier : public FeedApplier {
public:
    QString feed() const override { return u"numbers"_s; }
    void decode(FeedPage& page) const override {
        const int number = page.items.first().toObject().value(u"id").toString().toInt();
        keepDecoded(page, number);
    }
    Status apply(const FeedPage&) override { return {}; }
};

} // namespace

class TestPagePipeline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyPageComesOnceInOrderAndDecoded();
    void anErrorComesAfterThePagesBeforeIt();
    void maxPagesLimitsTheRequests();
    void requestsGoOneAfterTheOther();
    void stoppingEarlyWaitsForTheRequestInFlight();
    void recycledPagesAreFreedOffTheWritingThread();
};

void TestPagePipeline::everyPageComesOnceInOrderAndDecoded() {
    NumberedFeed feed(25);
    NumberApplier applier;
    PagePipeline pipeline(std::ref(feed), applier, {}, -1);
    for (int expected = 0; expected < 25; ++expected) {
        std::optional<Result<FeedPage>> page = pipeline.next();
        QVERIFY(page.has_value());
        QVERIFY(page->ok());
        QCOMPARE(std::any_cast<int>(page->value().decoded), expected);
        QVERIFY(page->value().items.isEmpty());
        QCOMPARE(page->value().hasMore, expected < 24);
        pipeline.recycle(std::move(*page).value());
    }
    QVERIFY(!pipeline.next().has_value());
    QCOMPARE(feed.requests(), 25);
}

void TestPagePipeline::anErrorComesAfterThePagesBeforeIt() {
    NumberedFeed feed(25, 7);
    NumberApplier applier;
    PagePipeline pipeline(std::ref(feed), applier, {}, -1);
    for (int expected = 0; expected < 7; ++expected) {
        std::optional<Result<FeedPage>> page = pipeline.next();
        QVERIFY(page.has_value() && page->ok());
        QCOMPARE(std::any_cast<int>(page->value().decoded), expected);
    }
    std::optional<Result<FeedPage>> failed = pipeline.next();
    QVERIFY(failed.has_value());
    QVERIFY(!failed->ok());
    QCOMPARE(failed->error().code, ErrorCode::kApiBadResponse);
    QVERIFY(!pipeline.next().has_value());
    QCOMPARE(feed.requests(), 8); // nothing asked after the failed page
}

void TestPagePipeline::maxPagesLimitsTheRequests() {
    NumberedFeed feed(100);
    NumberApplier applier;
    PagePipeline pipeline(std::ref(feed), applier, u"10"_s, 3);
    for (int expected = 10; expected < 13; ++expected) {
        std::optional<Result<FeedPage>> page = pipeline.next();
        QVERIFY(page.has_value() && page->ok());
        QCOMPARE(std::any_cast<int>(page->value().decoded), expected);
    }
    QVERIFY(!pipeline.next().has_value());
    QCOMPARE(feed.requests(), 3);
}

void TestPagePipeline::requestsGoOneAfterTheOther() {
    NumberedFeed feed(30, -1, std::chrono::milliseconds(1));
    NumberApplier applier;
    {
        PagePipeline pipeline(std::ref(feed), applier, {}, -1);
        while (pipeline.next().has_value()) {
        }
    }
    QCOMPARE(feed.requests(), 30);
    QCOMPARE(feed.mostInFlight(), 1);
}

void TestPagePipeline::stoppingEarlyWaitsForTheRequestInFlight() {
    NumberedFeed feed(1000, -1, std::chrono::milliseconds(20));
    NumberApplier applier;
    int requestsWhenStopped = 0;
    {
        PagePipeline pipeline(std::ref(feed), applier, {}, -1);
        QVERIFY(pipeline.next().has_value()); // the writer takes one page, then the user cancels
        requestsWhenStopped = feed.requests();
    } // joins both threads: a hang here fails the test by its timeout
    // It ran ahead by at most what its queues hold and the request then in flight, never the whole feed.
    QVERIFY2(feed.requests() <= requestsWhenStopped + 1, qPrintable(QString::number(feed.requests())));
    QVERIFY(feed.requests() <= int(2 * PagePipeline::kPagesAhead) + 3);
    QCOMPARE(feed.mostInFlight(), 1);
}

void TestPagePipeline::recycledPagesAreFreedOffTheWritingThread() {
    // A decoded row that notes the thread it is destroyed on.
    struct Row {
        std::shared_ptr<std::atomic<std::thread::id>> freedOn;
        Row(const Row&) = default;
        explicit Row(std::shared_ptr<std::atomic<std::thread::id>> f)
            : freedOn(std::move(f)) {}
        ~Row() {
            if (freedOn && freedOn.use_count() == 2)
                freedOn->store(std::this_thread::get_id());
        }
    };
    NumberedFeed feed(10);
    NumberApplier applier;
    auto freedOn = std::make_shared<std::atomic<std::thread::id>>();
    {
        PagePipeline pipeline(std::ref(feed), applier, {}, -1);
        std::optional<Result<FeedPage>> first = pipeline.next();
        QVERIFY(first.has_value() && first->ok());
        FeedPage page = std::move(*first).value();
        page.decoded = Row(freedOn);
        pipeline.recycle(std::move(page));
        while (pipeline.next().has_value()) {
        }
    }
    QVERIFY(freedOn->load() != std::thread::id());
    QVERIFY(freedOn->load() != std::this_thread::get_id());
}

QTEST_GUILESS_MAIN(TestPagePipeline)
#include "tst_pagepipeline.moc"
