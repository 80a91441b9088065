#pragma once

#include "Money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the return rules look at, in their own terms: the facts of one order and what the customer
// asks to return. The desks map their Order and Product types onto these, so the rules depend on
// nothing else. Wire names are the API's (openapi.yaml); final_sale is the retailer's own reason.

enum class NonReturnableReason { None, Hygiene, Personalised, SealedMedia, Perishable, GiftCard, FinalSale };
enum class ItemCondition { Unopened, AsNew, Used, Damaged };
enum class ReturnReason {
    DoesNotFit,
    NotAsDescribed,
    Defective,
    DamagedInTransit,
    WrongItem,
    ChangedMind,
    RefusedAtPickup, // the customer refused the goods at the pickup desk: they were never handed over
    Other            // with a free text (ReturnReasonText)
};
enum class RefundMethod { Original, Voucher };
// What happens to the returned goods; the rules do not look at it, the stock does.
enum class ReturnDisposition { Restock, Inspect, ReturnToSupplier, WriteOff };

struct ReturnOrderLine {
    QString lineId;
    int quantity = 0;         // bought
    int returnedQuantity = 0; // already returned in any channel
    Money unitPrice;          // paid per piece, VAT included
    bool returnable = true;
    NonReturnableReason nonReturnableReason = NonReturnableReason::None; // why, when not returnable
    // Pieces the customer refused at a pickup handover that no return has taken back yet: only
    // these can come back with reason RefusedAtPickup.
    int refusedAtPickup = 0;
};

struct ReturnOrderFacts {
    QString channel; // webshop | app | store | phone | marketplace:<name>
    QDateTime placedAtUtc;
    QDateTime deliveredAtUtc; // null while not delivered; for store sales the handover (or placed_at)
    QString storeTimeZone;    // IANA id, e.g. Europe/Berlin: days count in the store's calendar
    Money shippingPaid;       // outbound shipping, part of totalPaid
    Money totalPaid;          // goods and shipping, after order discounts
    Money refundedBefore;     // every earlier refund of this order, in any channel
    QList<ReturnOrderLine> lines;
};

struct ReturnRequestLine {
    QString lineId;
    int quantity = 0;
    ReturnReason reason = ReturnReason::Other;
    ItemCondition condition = ItemCondition::AsNew;
    std::optional<Money> partialRefund; // for damaged goods: the amount a manager agrees to refund
    ReturnDisposition disposition = ReturnDisposition::Restock;
    QString reasonText = {}; // what "other" means here; only with ReturnReason::Other (ReturnReasonText)
};

struct ReturnRequest {
    QList<ReturnRequestLine> lines;
    RefundMethod refundMethod = RefundMethod::Original;
};

QString nonReturnableReasonWireName(NonReturnableReason reason);
std::optional<NonReturnableReason> nonReturnableReasonFromWireName(const QString& name);
QString itemConditionWireName(ItemCondition condition);
std::optional<ItemCondition> itemConditionFromWireName(const QString& name);
QString returnReasonWireName(ReturnReason reason);
QStringList returnReasonWireNames(); // every reason, in the API's order
std::optional<ReturnReason> returnReasonFromWireName(const QString& name);
QString refundMethodWireName(RefundMethod method);
std::optional<RefundMethod> refundMethodFromWireName(const QString& name);
QString returnDispositionWireName(ReturnDisposition disposition);
std::optional<ReturnDisposition> returnDispositionFromWireName(const QString& name);
