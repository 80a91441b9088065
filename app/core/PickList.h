#pragma once

#include "Pickup.h"
#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

// One line of a pick list: the order line, its article and barcodes, and how far preparing it got.
struct PickListLine {
    QString lineId = {};
    QString name = {};
    QStringList eans = {}; // the barcodes of the line's article; empty when the product is not cached
    int quantity = 0;      // ordered
    int picked = 0;        // confirmed by a scan or a tick
    int unavailable = 0;
    QString reason = {}; // why unavailable: one of PickupRules::unavailableReasons()

    int toPick() const { return quantity - unavailable; }
    bool isConfirmed() const { return picked >= toPick(); }
    bool operator==(const PickListLine&) const = default;
};

// What the desk keeps of a line until "ready": confirmed and unavailable pieces (cache, per pickup).
struct PickProgress {
    QString lineId = {};
    int picked = 0;
    int unavailable = 0;
    QString reason = {};

    bool operator==(const PickProgress&) const = default;
};

// Preparing a pickup: each piece is confirmed by scanning its EAN (or by ticking its line, without a
// scanner); a piece that cannot be found, is damaged or was never in stock is marked unavailable with
// its reason. A scan of an article not on the order, or of one already complete, changes nothing and
// says so. Pure, so that the desk and its tests decide alike.
class PickList {
public:
    enum class ScanOutcome {
        Confirmed,       // one more piece of lineId confirmed
        NotOnOrder,      // no line of the order has this EAN
        AlreadyComplete, // every piece of lineId to collect is confirmed already
    };
    struct ScanAnswer {
        ScanOutcome outcome = ScanOutcome::NotOnOrder;
        QString lineId;
    };

    PickList() = default;
    explicit PickList(QList<PickListLine> lines);

    const QList<PickListLine>& lines() const { return m_lines; }
    const PickListLine* line(const QString& lineId) const;

    // Puts back what was kept (clamped to what the lines allow now; unknown lines ignored).
    void restore(const QList<PickProgress>& progress);
    QList<PickProgress> progress() const;

    ScanAnswer scan(const QString& ean);
    // A tick without a scanner: every piece to collect confirmed, or none.
    void setConfirmed(const QString& lineId, bool confirmed);
    // 0 pieces clears the mark. 422 invalid_value for an unknown line, a quantity beyond the ordered
    // one or an unknown reason. Confirmed pieces beyond what is left to collect drop.
    Status markUnavailable(const QString& lineId, int quantity, const QString& reason);

    int piecesToPick() const;
    int confirmedPieces() const;
    int unavailablePieces() const;
    // Every piece to collect confirmed (and at least one to collect).
    bool isComplete() const;
    bool nothingAvailable() const;
    // Lines with pieces to collect that are not all confirmed.
    QStringList unconfirmedLines() const;
    // For the ready command.
    QList<UnavailablePieces> unavailable() const;

private:
    PickListLine* find(const QString& lineId);

    QList<PickListLine> m_lines;
};
