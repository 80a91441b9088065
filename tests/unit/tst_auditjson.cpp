// What of a local audit entry leaves the device for POST /v1/audit: ids, the action, and detail
// members from a fixed list with short values, nothing else.
#include "AuditJson.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

AuditEntry approval() {
    AuditEntry e;
    e.id = 17;
    e.uuid = u"3f2b8c1e-6a4d-4e2f-9b7a-1c5d8e0f2a63"_s;
    e.atUtc = QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC);
    e.deviceId = u"dev-1"_s;
    e.staffId = u"st-hh-0001"_s;
    e.action = u"approval"_s;
    e.subjectType = u"action"_s;
    e.subjectId = u"return.goodwill"_s;
    e.detail = QJsonObject{
        {u"requester_staff_id"_s, u"st-hh-0007"_s}, {u"rule"_s, u"goodwill"_s}, {u"amount_cents"_s, 5995}};
    return e;
}

} // namespace

class TestAuditJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void anEntryTravelsWithItsIdsAndDetail() {
        const QJsonObject json = AuditJson::toJson(approval());
        QCOMPARE(json.value(u"id").toString(), u"3f2b8c1e-6a4d-4e2f-9b7a-1c5d8e0f2a63"_s);
        QCOMPARE(json.value(u"local_id").toInteger(), 17);
        QCOMPARE(json.value(u"at").toString(), u"2026-03-14T09:30:00.000Z"_s);
        QCOMPARE(json.value(u"staff_id").toString(), u"st-hh-0001"_s);
        QCOMPARE(json.value(u"action").toString(), u"approval"_s);
        QCOMPARE(json.value(u"subject_id").toString(), u"return.goodwill"_s);
        QCOMPARE(json.value(u"detail").toObject(), approval().detail);
        QVERIFY(!json.contains(u"device_id")); // the token says which device
    }

    void freeTextAndUnknownDetailMembersStayOnTheDevice() {
        AuditEntry e = approval();
        e.detail.insert(u"reason"_s,
                        u"Kundin Frau Müller war sehr verärgert"_s); // free text in a known member
        e.detail.insert(u"customer_name"_s, u"Jürgen Weiß"_s);       // a member not on the list
        e.detail.insert(u"pin"_s, u"1234"_s);
        e.detail.insert(u"token"_s, u"tk_secret"_s);
        e.detail.insert(u"lines"_s, QJsonArray{1, 2});
        const QJsonObject detail = AuditJson::toJson(e).value(u"detail").toObject();
        QCOMPARE(detail, approval().detail);
    }

    void nobodySignedInIsNull() {
        AuditEntry e = approval();
        e.staffId.clear();
        e.subjectType.clear();
        e.subjectId.clear();
        const QJsonObject json = AuditJson::toJson(e);
        QVERIFY(json.value(u"staff_id").isNull());
        QVERIFY(json.value(u"subject_type").isNull());
        QVERIFY(json.value(u"subject_id").isNull());
    }

    void aBatchListsItsEntriesInOrder() {
        AuditEntry second = approval();
        second.id = 18;
        const QJsonArray entries = AuditJson::batch({approval(), second}).value(u"entries").toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).toObject().value(u"local_id").toInteger(), 18);
    }
};

QTEST_GUILESS_MAIN(TestAuditJson)
#include "tst_auditjson.moc"
