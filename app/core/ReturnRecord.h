#pragma once

#include "Money.h"

#include <QDateTime>
#include <QList>
#include <QString>

// One returned order line: how many, why, in what state, where it goes.
struct ReturnLine {
    QString lineId;
    int quantity = 0;
    QString reason;          // does_not_fit, not_as_described, defective, damaged_in_transit, wrong_item,
                             // changed_mind, refused_at_pickup, other
    QString condition;       // unopened, as_new, used, damaged
    QString disposition;     // restock, inspect, return_to_supplier, write_off
    QString reasonText = {}; // what "other" means; empty with every other reason

    bool operator==(const ReturnLine&) const = default;
};

struct Refund {
    QString method; // original, voucher
    Money amount;

    bool operator==(const Refund&) const = default;
};

// A manager's approval recorded on a return (the API's Approval schema; app/core/Approval.h is the
// device-side command form).
struct ReturnApproval {
    QString approverStaffId;
    QString requesterStaffId;
    QString
        rule; // goodwill, outside_window, not_returnable_article, marketplace_order, amount_limit, no_receipt
    QDateTime at;

    bool operator==(const ReturnApproval&) const = default;
};

// A return of order lines at a store or online, from the returns feed. "Return" alone is a keyword.
struct ReturnRecord {
    QString id;
    QString orderNo;
    QString storeId; // empty for returns by post
    QString channel;
    QString requesterStaffId; // empty for returns by post
    QList<ReturnLine> lines;
    Refund refund;
    QList<ReturnApproval> approvals;
    QString state; // recorded, refund_pending, refunded, rejected
    QDateTime createdAt;
    qint64 version = 0;
    QDateTime updatedAt;

    bool operator==(const ReturnRecord&) const = default;
};
