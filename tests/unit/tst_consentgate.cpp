#include "ConsentGate.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Customer customerWith(QList<Consent> consents, const QString& email, const QString& phone) {
    Customer c;
    c.id = u"c-1"_s;
    c.email = email;
    c.phone = phone;
    c.consents = std::move(consents);
    return c;
}

const QDateTime kChanged = QDateTime::fromString(u"2025-03-14T09:45:00Z"_s, Qt::ISODate);

} // namespace

class TestConsentGate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void contactNeedsConsentAndContactData_data();
    void contactNeedsConsentAndContactData();
    void permissionTellsWhenAndWhere();
};

void TestConsentGate::contactNeedsConsentAndContactData_data() {
    QTest::addColumn<QString>("purpose");
    QTest::addColumn<bool>("granted");
    QTest::addColumn<bool>("recorded");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<int>("verdict");
    const QString mail = u"juergen.weiss@example.de"_s;
    const QString mobile = u"+4915112345678"_s;
    using V = ConsentGate::Verdict;
    QTest::newRow("e-mail granted") << u"email"_s << true << true << mail << mobile << int(V::Allowed);
    QTest::newRow("e-mail withdrawn") << u"email"_s << false << true << mail << mobile << int(V::Withdrawn);
    QTest::newRow("e-mail never asked")
        << u"email"_s << false << false << mail << mobile << int(V::NeverGranted);
    QTest::newRow("e-mail granted, no address")
        << u"email"_s << true << true << QString() << mobile << int(V::NoContactData);
    QTest::newRow("sms granted") << u"sms"_s << true << true << mail << mobile << int(V::Allowed);
    QTest::newRow("sms granted, no number")
        << u"sms"_s << true << true << mail << QString() << int(V::NoContactData);
    QTest::newRow("phone withdrawn") << u"phone"_s << false << true << mail << mobile << int(V::Withdrawn);
    QTest::newRow("phone granted, no number")
        << u"phone"_s << true << true << mail << QString() << int(V::NoContactData);
    QTest::newRow("offers granted, no contact data needed")
        << u"personalised_offers"_s << true << true << QString() << QString() << int(V::Allowed);
}

void TestConsentGate::contactNeedsConsentAndContactData() {
    QFETCH(QString, purpose);
    QFETCH(bool, granted);
    QFETCH(bool, recorded);
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(int, verdict);
    QList<Consent> consents;
    if (recorded)
        consents.append(Consent{purpose, granted, kChanged, u"store"_s});
    // A consent for another purpose must not count for this one.
    consents.append(Consent{u"other"_s, true, kChanged, u"webshop"_s});
    const auto permission = ConsentGate::check(customerWith(consents, email, phone), purpose);
    QCOMPARE(int(permission.verdict), verdict);
    QCOMPARE(permission.allowed(), verdict == int(ConsentGate::Verdict::Allowed));
}

void TestConsentGate::permissionTellsWhenAndWhere() {
    const Customer c = customerWith({Consent{u"sms"_s, false, kChanged, u"webshop"_s}}, {}, u"+4940123456"_s);
    const auto permission = ConsentGate::check(c, u"sms"_s);
    QCOMPARE(permission.changedAt, kChanged);
    QCOMPARE(permission.source, u"webshop"_s);
    QCOMPARE(ConsentGate::purposes().size(), 4);
}

QTEST_GUILESS_MAIN(TestConsentGate)
#include "tst_consentgate.moc"
