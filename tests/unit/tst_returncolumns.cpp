// The JSON text the returns table keeps for lines and approvals, written directly
// (ReturnColumns), against the QJson route it replaced (ReturnJson + CacheSql::json): the same
// text for ordinary returns and the same JSON for any text (tst_orderrepositories reads rows back).
#include "CacheSql.h"
#include "ReturnColumns.h"
#include "ReturnJson.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QJsonArray parsed(const QString& text) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        qWarning() << "not a JSON array:" << text << error.errorString();
    return document.array();
}

QString randomText(QRandomGenerator& random) {
    // Quotes, backslashes, control characters, umlauts and characters outside the BMP.
    static const QString kPieces[] = {u"a"_s,  u"Größe"_s,  u"\""_s,     u"\\"_s, u"\n"_s,
                                      u"\t"_s, u"\u0001"_s, u"\u001f"_s, u"/"_s,  u"€"_s,
                                      u"😀"_s,  u" "_s,      u"x-42"_s,   u"\r"_s};
    QString text;
    const int pieces = random.bounded(6);
    for (int i = 0; i < pieces; ++i)
        text += kPieces[random.bounded(int(std::size(kPieces)))];
    return text;
}

} // namespace

class TestReturnColumns : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void anOrdinaryReturnGetsTheSameTextAsBefore() {
        const ReturnRecord r = ReturnJson::fromJson(QJsonDocument::fromJson(R"json({
            "id":"0195a3e0-11aa-7c2b-8d3e-4f5a6b7c8d9e","order_no":"W-2025-0048213","store_id":"hh-moenckebergstrasse",
            "channel":"store","requester_staff_id":"st-hh-0012",
            "lines":[{"line_id":"2","quantity":1,"reason":"does_not_fit","condition":"as_new","disposition":"restock"},
                     {"line_id":"3","quantity":2,"reason":"other","reason_text":"Farbe weicht ab „Elbe“",
                      "condition":"used","disposition":"inspect"}],
            "refund":{"method":"original","amount":{"amount":5995,"currency":"EUR"}},
            "approvals":[{"approver_staff_id":"st-hh-0007","requester_staff_id":"st-hh-0012","rule":"goodwill",
                          "at":"2025-04-02T11:20:00.000Z"}],
            "state":"refund_pending","created_at":"2025-04-02T11:20:31.000Z","version":1,
            "updated_at":"2025-04-02T11:20:31.000Z"})json")
                                                        .object())
                                   .value();
        QCOMPARE(ReturnColumns::linesText(r.lines), CacheSql::json(ReturnJson::linesToJson(r.lines)));
        QCOMPARE(ReturnColumns::approvalsText(r.approvals),
                 CacheSql::json(ReturnJson::approvalsToJson(r.approvals)));
    }

    void emptyListsAndAMissingApprovalTime() {
        QCOMPARE(ReturnColumns::linesText({}), CacheSql::json(ReturnJson::linesToJson({})));
        const QList<ReturnApproval> approvals{{u"st-1"_s, u"st-2"_s, u"amount_limit"_s, QDateTime()}};
        QCOMPARE(ReturnColumns::approvalsText(approvals),
                 CacheSql::json(ReturnJson::approvalsToJson(approvals)));
        QCOMPARE(parsed(ReturnColumns::approvalsText(approvals)).at(0).toObject().value(u"at"), QJsonValue());
    }

    void anyTextGivesTheSameJsonAndReadsBack() {
        QRandomGenerator random(20261130);
        for (int round = 0; round < 500; ++round) {
            QList<ReturnLine> lines;
            QList<ReturnApproval> approvals;
            for (int i = random.bounded(4); i > 0; --i)
                lines.append({randomText(random), random.bounded(-3, 1000), randomText(random),
                              randomText(random), randomText(random), randomText(random)});
            for (int i = random.bounded(3); i > 0; --i)
                approvals.append(
                    {randomText(random), randomText(random), randomText(random),
                     QDateTime::fromMSecsSinceEpoch(
                         random.bounded(0, 2'000'000'000) * 1000LL + random.bounded(1000), Qt::UTC)});
            const QString linesText = ReturnColumns::linesText(lines);
            const QString approvalsText = ReturnColumns::approvalsText(approvals);
            QCOMPARE(parsed(linesText), ReturnJson::linesToJson(lines));
            QCOMPARE(parsed(approvalsText), ReturnJson::approvalsToJson(approvals));
        }
    }
};

QTEST_GUILESS_MAIN(TestReturnColumns)
#include "tst_returncolumns.moc"
