#pragma once

// Shared by tst_returnpolicy and tst_returnrefund: evaluation times around the delivery of the webshop
// order in ReturnTestData.h, a damaged piece, and the check that a decision explains itself.
#include "ReturnTestData.h"

#include <QStringList>
#include <QTest>

#include <algorithm>
#include <optional>

inline const QDateTime kInWithdrawal = utc("2025-03-10T09:00:00");     // day 7
inline const QDateTime kInRetailerWindow = utc("2025-03-25T10:00:00"); // day 22
inline const QDateTime kAfterWindow = utc("2025-04-10T10:00:00");      // day 38

inline ReturnRequestLine damaged(const char* lineId, ReturnReason reason,
                                 std::optional<qint64> partialCents = {}) {
    ReturnRequestLine line = askFor(lineId, 1, ItemCondition::Damaged, reason);
    if (partialCents)
        line.partialRefund = Money::eur(*partialCents);
    return line;
}

inline QStringList codesOf(const ReturnDecision& decision) {
    QStringList codes;
    for (const ReturnExplanation& e : decision.explanations)
        codes << e.code;
    return codes;
}

// Every decision is explained: each text is rendered, each refused line names an explanation shown,
// each line taken back has its own entry with the amount.
inline void verifyExplained(const ReturnDecision& decision) {
    using namespace Qt::StringLiterals;
    const QStringList codes = codesOf(decision);
    for (const ReturnExplanation& e : decision.explanations) {
        QVERIFY2(!e.text.isEmpty(), qPrintable(e.code));
        QVERIFY2(!e.text.contains(u'%'), qPrintable(e.text));
    }
    for (const ReturnLineDecision& line : decision.lines) {
        if (line.verdict == LineVerdict::Refused) {
            QVERIFY2(codes.contains(line.refusalCode), qPrintable(line.refusalCode));
            QVERIFY(line.refund.isZero());
        } else {
            const bool explained =
                std::any_of(decision.explanations.cbegin(), decision.explanations.cend(),
                            [&](const ReturnExplanation& e) {
                                return e.code == u"line.taken_back" && e.lineId == line.lineId;
                            });
            QVERIFY2(explained, qPrintable(line.lineId));
        }
    }
    if (std::any_of(decision.lines.cbegin(), decision.lines.cend(),
                    [](const ReturnLineDecision& l) { return l.verdict != LineVerdict::Refused; }))
        QVERIFY(codes.contains(u"refund.original"_s) || codes.contains(u"refund.voucher"_s) ||
                codes.contains(u"refund.voucher_goodwill"_s));
}
