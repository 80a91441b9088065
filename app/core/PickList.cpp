#include "PickList.h"

#include "PickupRules.h"

using namespace Qt::StringLiterals;

PickList::PickList(QList<PickListLine> lines)
    : m_lines(std::move(lines)) {}

const PickListLine* PickList::line(const QString& lineId) const {
    for (const PickListLine& line : m_lines) {
        if (line.lineId == lineId)
            return &line;
    }
    return nullptr;
}

PickListLine* PickList::find(const QString& lineId) {
    return const_cast<PickListLine*>(std::as_const(*this).line(lineId));
}

void PickList::restore(const QList<PickProgress>& progress) {
    for (const PickProgress& kept : progress) {
        PickListLine* line = find(kept.lineId);
        if (!line)
            continue;
        const bool reasonKnown = PickupRules::unavailableReasons().contains(kept.reason);
        line->unavailable = reasonKnown ? std::clamp(kept.unavailable, 0, line->quantity) : 0;
        line->reason = line->unavailable > 0 ? kept.reason : QString();
        line->picked = std::clamp(kept.picked, 0, line->toPick());
    }
}

QList<PickProgress> PickList::progress() const {
    QList<PickProgress> result;
    for (const PickListLine& line : m_lines) {
        if (line.picked > 0 || line.unavailable > 0)
            result.append({line.lineId, line.picked, line.unavailable, line.reason});
    }
    return result;
}

PickList::ScanAnswer PickList::scan(const QString& ean) {
    const QString code = ean.trimmed();
    QString completeLine;
    for (PickListLine& line : m_lines) {
        if (code.isEmpty() || !line.eans.contains(code))
            continue;
        if (line.picked < line.toPick()) {
            ++line.picked;
            return {ScanOutcome::Confirmed, line.lineId};
        }
        if (completeLine.isEmpty())
            completeLine = line.lineId; // the same article may stand on another line with pieces left
    }
    if (!completeLine.isEmpty())
        return {ScanOutcome::AlreadyComplete, completeLine};
    return {ScanOutcome::NotOnOrder, {}};
}

void PickList::setConfirmed(const QString& lineId, bool confirmed) {
    if (PickListLine* line = find(lineId))
        line->picked = confirmed ? line->toPick() : 0;
}

Status PickList::markUnavailable(const QString& lineId, int quantity, const QString& reason) {
    PickListLine* line = find(lineId);
    if (!line)
        return makeError(u"invalid_value", u"line %1 is not on this pickup"_s.arg(lineId), 422);
    if (quantity < 0 || quantity > line->quantity)
        return makeError(u"invalid_value",
                         u"line %1: 0 to %2 pieces can be unavailable"_s.arg(lineId).arg(line->quantity),
                         422);
    if (quantity > 0 && !PickupRules::unavailableReasons().contains(reason))
        return makeError(u"invalid_value", u"line %1: unknown reason"_s.arg(lineId), 422);
    line->unavailable = quantity;
    line->reason = quantity > 0 ? reason : QString();
    line->picked = std::min(line->picked, line->toPick());
    return {};
}

int PickList::piecesToPick() const {
    int pieces = 0;
    for (const PickListLine& line : m_lines)
        pieces += line.toPick();
    return pieces;
}

int PickList::confirmedPieces() const {
    int pieces = 0;
    for (const PickListLine& line : m_lines)
        pieces += line.picked;
    return pieces;
}

int PickList::unavailablePieces() const {
    int pieces = 0;
    for (const PickListLine& line : m_lines)
        pieces += line.unavailable;
    return pieces;
}

bool PickList::isComplete() const {
    return piecesToPick() > 0 && unconfirmedLines().isEmpty();
}

bool PickList::nothingAvailable() const {
    return !m_lines.isEmpty() && piecesToPick() == 0;
}

QStringList PickList::unconfirmedLines() const {
    QStringList open;
    for (const PickListLine& line : m_lines) {
        if (!line.isConfirmed())
            open.append(line.lineId);
    }
    return open;
}

QList<UnavailablePieces> PickList::unavailable() const {
    QList<UnavailablePieces> result;
    for (const PickListLine& line : m_lines) {
        if (line.unavailable > 0)
            result.append({line.lineId, line.unavailable, line.reason});
    }
    return result;
}
