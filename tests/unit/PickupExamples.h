#pragma once
// The pickup desk's command tests share these: the example pickup (DomainExamples::pickup) cached
// with a pickup code the test knows, and a handover to the customer who shows that code.

#include "DomainExamples.h"
#include "PickupActions.h"
#include "PickupJson.h"
#include "PinHash.h"

namespace PickupExamples {

inline const QString kCode = QStringLiteral("K7M2QX");

// DomainExamples::pickup with a hash of kCode (few iterations: the tests stay fast).
inline Pickup withKnownCode() {
    Pickup pickup = PickupJson::fromJson(DomainExamples::pickup()).value();
    pickup.pickupCodeHash = PinHash::create(kCode, 10000);
    return pickup;
}

// Jana Schröder takes lines, refuses refused and shows code.
inline PickupActions::HandoverInput handover(QList<PickupLine> lines, QList<PickupLine> refused = {},
                                             const QString& code = kCode) {
    PickupActions::HandoverInput input;
    input.lines = std::move(lines);
    input.refusedLines = std::move(refused);
    input.recipientName = QStringLiteral("Jana Schröder");
    input.method = IdentityMethod::PickupCode;
    input.code = code;
    return input;
}

} // namespace PickupExamples
