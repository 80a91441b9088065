#include "PickupRules.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Lines = QList<PickupLineQuantity>;
using Request = PickupRules::HandoverRequest;
using Reason = PickupRules::ReturnToStockReason;

const QList<PickupState> kAllStates{PickupState::AwaitingStock,   PickupState::Ready,
                                    PickupState::HandedOver,      PickupState::PartlyHandedOver,
                                    PickupState::ReturnedToStock, PickupState::Cancelled};

// Two lines: one jacket, two scarves.
const Lines kOrdered{{u"1"_s, 1}, {u"2"_s, 2}};

Request byCode(Lines lines) {
    Request request;
    request.lines = std::move(lines);
    request.method = IdentityMethod::PickupCode;
    request.pickupCodeMatches = true;
    request.recipientName = u"Jürgen Weiß"_s;
    return request;
}

QDateTime at(const char* iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class TestPickupRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyStateAndCommand_data();
    void everyStateAndCommand();
    void readyNeedsAShelfPlace_data();
    void readyNeedsAShelfPlace();
    void handoverDecidesFullOrPartial_data();
    void handoverDecidesFullOrPartial();
    void handoverRefusesWhatIsNotAllowed_data();
    void handoverRefusesWhatIsNotAllowed();
    void returnToStockWaitsForTheDeadline_data();
    void returnToStockWaitsForTheDeadline();
    void openQuantitiesSubtractEveryHandover();
    void overdueIsReadyPastTheDeadline();
};

void TestPickupRules::everyStateAndCommand_data() {
    QTest::addColumn<PickupState>("state");
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("allowed");
    // The state machine of DESIGN.md §5, every command from every state.
    const QHash<QString, QList<PickupState>> allowedFrom{
        {u"ready"_s, {PickupState::AwaitingStock, PickupState::Ready}},
        {u"notify"_s, {PickupState::Ready}},
        {u"handover"_s, {PickupState::Ready, PickupState::PartlyHandedOver}},
        {u"return-to-stock"_s, {PickupState::Ready}},
        {u"cancel-to-stock"_s, {PickupState::AwaitingStock, PickupState::Ready}},
    };
    for (auto it = allowedFrom.cbegin(); it != allowedFrom.cend(); ++it) {
        for (PickupState state : kAllStates) {
            const QByteArray name = (it.key() + u" from "_s + pickupStateWireName(state)).toUtf8();
            QTest::newRow(name.constData()) << state << it.key() << it.value().contains(state);
        }
    }
}

void TestPickupRules::everyStateAndCommand() {
    QFETCH(PickupState, state);
    QFETCH(QString, command);
    QFETCH(bool, allowed);
    const QDateTime deadline = at("2025-03-20T18:00:00Z");
    const QDateTime afterDeadline = deadline.addDays(1);
    Status status;
    if (command == u"ready")
        status = PickupRules::checkReady(state, u"B-07"_s);
    else if (command == u"notify")
        status = PickupRules::checkNotify(state);
    else if (command == u"handover")
        status =
            PickupRules::checkHandover(state, kOrdered, {}, {}, byCode({{u"1"_s, 1}})).error().code.isEmpty()
                ? Status{}
                : Status{makeError(u"invalid_transition")};
    else if (command == u"return-to-stock")
        status = PickupRules::checkReturnToStock(state, Reason::NotCollected, deadline, afterDeadline);
    else
        status = PickupRules::checkReturnToStock(state, Reason::CancelledByCustomer, deadline, afterDeadline);
    QCOMPARE(status.ok(), allowed);
    if (!allowed) {
        QCOMPARE(status.error().code, u"invalid_transition"_s);
        if (command != u"handover")
            QCOMPARE(status.error().httpStatus, 409);
    }
}

void TestPickupRules::readyNeedsAShelfPlace_data() {
    QTest::addColumn<QString>("shelf");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("shelf place") << u"B-07"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << u"   "_s << false;
    QTest::newRow("too long") << QString(21, u'A') << false;
}

void TestPickupRules::readyNeedsAShelfPlace() {
    QFETCH(QString, shelf);
    QFETCH(bool, allowed);
    const Status status = PickupRules::checkReady(PickupState::AwaitingStock, shelf);
    QCOMPARE(status.ok(), allowed);
    if (!allowed)
        QCOMPARE(status.error().code, u"invalid_value"_s);
}

void TestPickupRules::handoverDecidesFullOrPartial_data() {
    QTest::addColumn<Lines>("earlier");
    QTest::addColumn<Lines>("now");
    QTest::addColumn<PickupState>("after");
    QTest::newRow("everything at once")
        << Lines{} << Lines{{u"1"_s, 1}, {u"2"_s, 2}} << PickupState::HandedOver;
    QTest::newRow("jacket only") << Lines{} << Lines{{u"1"_s, 1}} << PickupState::PartlyHandedOver;
    QTest::newRow("one of two scarves")
        << Lines{} << Lines{{u"1"_s, 1}, {u"2"_s, 1}} << PickupState::PartlyHandedOver;
    QTest::newRow("the rest after a partial handover")
        << Lines{{u"1"_s, 1}, {u"2"_s, 1}} << Lines{{u"2"_s, 1}} << PickupState::HandedOver;
    QTest::newRow("same line twice in one request")
        << Lines{{u"1"_s, 1}} << Lines{{u"2"_s, 1}, {u"2"_s, 1}} << PickupState::HandedOver;
}

void TestPickupRules::handoverDecidesFullOrPartial() {
    QFETCH(Lines, earlier);
    QFETCH(Lines, now);
    QFETCH(PickupState, after);
    const PickupState state = earlier.isEmpty() ? PickupState::Ready : PickupState::PartlyHandedOver;
    const auto result = PickupRules::checkHandover(state, kOrdered, earlier, {}, byCode(now));
    QVERIFY2(result.ok(), qPrintable(result.error().detail));
    QCOMPARE(result.value(), after);
}

void TestPickupRules::handoverRefusesWhatIsNotAllowed_data() {
    QTest::addColumn<Request>("request");
    QTest::addColumn<QString>("code");
    Request wrongCode = byCode({{u"1"_s, 1}});
    wrongCode.pickupCodeMatches = false;
    QTest::newRow("wrong pickup code") << wrongCode << u"pickup_code_invalid"_s;

    Request noDocumentType = byCode({{u"1"_s, 1}});
    noDocumentType.method = IdentityMethod::IdentityDocument;
    QTest::newRow("identity document without type") << noDocumentType << u"identity_check_required"_s;

    Request stranger = byCode({{u"1"_s, 1}});
    stranger.toAuthorisedPerson = true;
    stranger.recipientName = u"Max Mustermann"_s;
    QTest::newRow("third person not on the order") << stranger << u"recipient_not_authorised"_s;

    Request knownThirdPerson = byCode({{u"1"_s, 1}});
    knownThirdPerson.method = IdentityMethod::KnownCustomer;
    knownThirdPerson.toAuthorisedPerson = true;
    knownThirdPerson.recipientName = u"Sören Köhler"_s;
    QTest::newRow("third person only known by sight") << knownThirdPerson << u"identity_check_required"_s;

    QTest::newRow("more than ordered") << byCode({{u"2"_s, 3}}) << u"handover_quantity_exceeded"_s;
    QTest::newRow("line not on the order") << byCode({{u"9"_s, 1}}) << u"handover_quantity_exceeded"_s;
    QTest::newRow("zero quantity") << byCode({{u"1"_s, 0}}) << u"invalid_value"_s;
    QTest::newRow("no lines") << byCode({}) << u"invalid_value"_s;
}

void TestPickupRules::handoverRefusesWhatIsNotAllowed() {
    QFETCH(Request, request);
    QFETCH(QString, code);
    const auto result =
        PickupRules::checkHandover(PickupState::Ready, kOrdered, {}, {u"Sören Köhler"_s}, request);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QCOMPARE(result.error().httpStatus, 422);
}

void TestPickupRules::returnToStockWaitsForTheDeadline_data() {
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("not collected, a minute early")
        << Reason::NotCollected << at("2025-03-20T17:59:00Z") << false;
    QTest::newRow("not collected, at the deadline")
        << Reason::NotCollected << at("2025-03-20T18:00:00Z") << true;
    QTest::newRow("not collected, days later") << Reason::NotCollected << at("2025-03-24T09:00:00Z") << true;
    QTest::newRow("customer cancelled early")
        << Reason::CancelledByCustomer << at("2025-03-18T09:00:00Z") << true;
}

void TestPickupRules::returnToStockWaitsForTheDeadline() {
    QFETCH(Reason, reason);
    QFETCH(QDateTime, now);
    QFETCH(bool, allowed);
    const Status status =
        PickupRules::checkReturnToStock(PickupState::Ready, reason, at("2025-03-20T18:00:00Z"), now);
    QCOMPARE(status.ok(), allowed);
    if (!allowed)
        QCOMPARE(status.error().code, u"deadline_not_reached"_s);
}

void TestPickupRules::openQuantitiesSubtractEveryHandover() {
    const Lines open = PickupRules::openQuantities(kOrdered, {{u"2"_s, 1}, {u"1"_s, 1}});
    QCOMPARE(open, (Lines{{u"2"_s, 1}}));
    QVERIFY(PickupRules::openQuantities(kOrdered, {{u"1"_s, 1}, {u"2"_s, 2}}).isEmpty());
}

void TestPickupRules::overdueIsReadyPastTheDeadline() {
    const QDateTime deadline = at("2025-03-20T18:00:00Z");
    QVERIFY(PickupRules::isOverdue(PickupState::Ready, deadline, deadline));
    QVERIFY(!PickupRules::isOverdue(PickupState::Ready, deadline, deadline.addSecs(-1)));
    QVERIFY(!PickupRules::isOverdue(PickupState::AwaitingStock, deadline, deadline.addDays(3)));
    QVERIFY(!PickupRules::isOverdue(PickupState::HandedOver, deadline, deadline.addDays(3)));
    QVERIFY(!PickupRules::isOverdue(PickupState::Ready, QDateTime(), deadline));
}

QTEST_GUILESS_MAIN(TestPickupRules)
#include "tst_pickuprules.moc"
