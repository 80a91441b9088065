#include "OrderFeeds.h"

#include "FeedRowText.h"

using namespace Qt::StringLiterals;

namespace {

enum OrderColumn {
    kOrId,
    kOrOrderNo,
    kOrChannel,
    kOrCustomerId,
    kOrStoreId,
    kOrPlacedAt,
    kOrLines,
    kOrPayment,
    kOrTotals,
    kOrFulfilment,
    kOrDeliveredAt,
    kOrState,
    kOrVersion,
    kOrUpdatedAt,
};

enum PickupColumn {
    kPuId,
    kPuOrderNo,
    kPuCustomerId,
    kPuStoreId,
    kPuState,
    kPuLines,
    kPuShelf,
    kPuDeadline,
    kPuCodeHash,
    kPuAuthorised,
    kPuNotifications,
    kPuHandovers,
    kPuVersion,
    kPuUpdatedAt,
};

} // namespace

std::string OrderFeeds::pickupJson(const FeedColumns& q) {
    FeedRowText j(q, 1200);
    j.key(R"({"authorised_persons":)").json(kPuAuthorised);
    j.key(R"(,"customer_id":)").textOrNull(kPuCustomerId);
    j.key(R"(,"deadline":)").textOrNull(kPuDeadline);
    j.key(R"(,"handovers":)").json(kPuHandovers);
    j.key(R"(,"id":)").text(kPuId);
    j.key(R"(,"lines":)").json(kPuLines);
    j.key(R"(,"notifications":)").json(kPuNotifications);
    j.key(R"(,"order_no":)").text(kPuOrderNo);
    j.key(R"(,"pickup_code_hash":)").json(kPuCodeHash);
    j.key(R"(,"shelf":)").textOrNull(kPuShelf);
    j.key(R"(,"state":)").text(kPuState);
    j.key(R"(,"store_id":)").text(kPuStoreId);
    j.key(R"(,"updated_at":)").text(kPuUpdatedAt);
    j.key(R"(,"version":)").integer(kPuVersion);
    return j.take();
}

namespace {

enum ReturnColumn {
    kReId,
    kReOrderNo,
    kReStoreId,
    kReChannel,
    kReRequester,
    kReLines,
    kReRefund,
    kReApprovals,
    kReState,
    kReCreatedAt,
    kReVersion,
    kReUpdatedAt,
};

} // namespace

std::string OrderFeeds::returnJson(const FeedColumns& q) {
    FeedRowText j(q, 700);
    j.key(R"({"approvals":)").json(kReApprovals);
    j.key(R"(,"channel":)").text(kReChannel);
    j.key(R"(,"created_at":)").text(kReCreatedAt);
    j.key(R"(,"id":)").text(kReId);
    j.key(R"(,"lines":)").json(kReLines);
    j.key(R"(,"order_no":)").text(kReOrderNo);
    j.key(R"(,"refund":)").json(kReRefund);
    j.key(R"(,"requester_staff_id":)").textOrNull(kReRequester);
    j.key(R"(,"state":)").text(kReState);
    j.key(R"(,"store_id":)").textOrNull(kReStoreId);
    j.key(R"(,"updated_at":)").text(kReUpdatedAt);
    j.key(R"(,"version":)").integer(kReVersion);
    return j.take();
}

namespace {

enum CartColumn {
    kCaId,
    kCaCustomerId,
    kCaStoreId,
    kCaOrigin,
    kCaLines,
    kCaHandoffCode,
    kCaVersion,
    kCaUpdatedAt
};

} // namespace

std::string OrderFeeds::cartJson(const FeedColumns& q) {
    FeedRowText j(q, 600);
    j.key(R"({"customer_id":)").textOrNull(kCaCustomerId);
    j.key(R"(,"handoff_code":)").textOrNull(kCaHandoffCode);
    j.key(R"(,"id":)").text(kCaId);
    j.key(R"(,"lines":)").json(kCaLines);
    j.key(R"(,"origin":)").text(kCaOrigin);
    j.key(R"(,"store_id":)").textOrNull(kCaStoreId);
    j.key(R"(,"updated_at":)").text(kCaUpdatedAt);
    j.key(R"(,"version":)").integer(kCaVersion);
    return j.take();
}

namespace {

enum ContactColumn { kCoId, kCoCustomerId, kCoChannel, kCoSubject, kCoAt, kCoVersion, kCoUpdatedAt };

std::string contactJson(const FeedColumns& q) {
    FeedRowText j(q, 300);
    j.key(R"({"at":)").text(kCoAt);
    j.key(R"(,"channel":)").text(kCoChannel);
    j.key(R"(,"customer_id":)").text(kCoCustomerId);
    j.key(R"(,"id":)").text(kCoId);
    j.key(R"(,"subject":)").text(kCoSubject);
    j.key(R"(,"updated_at":)").text(kCoUpdatedAt);
    j.key(R"(,"version":)").integer(kCoVersion);
    return j.take();
}

} // namespace

QString OrderFeeds::orderColumns() {
    return u"id, order_no, channel, customer_id, store_id, placed_at, lines, payment, totals, fulfilment, "
           "delivered_at, state, version, updated_at, seq"_s;
}

QString OrderFeeds::pickupColumns() {
    return u"id, order_no, customer_id, store_id, state, lines, shelf, deadline, pickup_code_hash, "
           "authorised_persons, notifications, handovers, version, updated_at, seq"_s;
}

QString OrderFeeds::returnColumns() {
    return u"id, order_no, store_id, channel, requester_staff_id, lines, refund, approvals, state, "
           u"created_at, "
           "version, updated_at, seq"_s;
}

QString OrderFeeds::cartColumns() {
    return u"id, customer_id, store_id, origin, lines, handoff_code, version, updated_at, seq"_s;
}

std::string OrderFeeds::orderJson(const FeedColumns& q) {
    FeedRowText j(q, 1200);
    j.key(R"({"channel":)").text(kOrChannel);
    j.key(R"(,"customer_id":)").textOrNull(kOrCustomerId);
    j.key(R"(,"delivered_at":)").textOrNull(kOrDeliveredAt);
    j.key(R"(,"fulfilment":)").text(kOrFulfilment);
    j.key(R"(,"id":)").text(kOrId);
    j.key(R"(,"lines":)").json(kOrLines);
    j.key(R"(,"order_no":)").text(kOrOrderNo);
    j.key(R"(,"payment":)").json(kOrPayment);
    j.key(R"(,"placed_at":)").text(kOrPlacedAt);
    j.key(R"(,"state":)").text(kOrState);
    j.key(R"(,"store_id":)").textOrNull(kOrStoreId);
    j.key(R"(,"totals":)").json(kOrTotals);
    j.key(R"(,"updated_at":)").text(kOrUpdatedAt);
    j.key(R"(,"version":)").integer(kOrVersion);
    return j.take();
}

std::unique_ptr<SyncFeed> OrderFeeds::orders() {
    return std::make_unique<SqlTableFeed>(
        SqlTableFeed::Definition{u"orders"_s, u"orders"_s, orderColumns(), QString(), &orderJson});
}

std::unique_ptr<SyncFeed> OrderFeeds::pickups() {
    return std::make_unique<SqlTableFeed>(
        SqlTableFeed::Definition{u"pickups"_s, u"pickups"_s, pickupColumns(), u"store_id"_s, &pickupJson});
}

std::unique_ptr<SyncFeed> OrderFeeds::returns() {
    return std::make_unique<SqlTableFeed>(
        SqlTableFeed::Definition{u"returns"_s, u"returns"_s, returnColumns(), QString(), &returnJson});
}

std::unique_ptr<SyncFeed> OrderFeeds::carts() {
    return std::make_unique<SqlTableFeed>(
        SqlTableFeed::Definition{u"carts"_s, u"carts"_s, cartColumns(), QString(), &cartJson});
}

std::unique_ptr<SyncFeed> OrderFeeds::contacts() {
    return std::make_unique<SqlTableFeed>(SqlTableFeed::Definition{
        u"contacts"_s, u"service_contacts"_s,
        u"id, customer_id, channel, subject, at, version, updated_at, seq"_s, QString(), &contactJson});
}
