// A PIN checked in the background counts only for the person and the stored hash it was checked for.
#include "PinHash.h"
#include "PinInput.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPinInput : public QObject {
    Q_OBJECT

private:
    QString m_hash;
    QString m_otherHash;

private Q_SLOTS:
    void initTestCase() {
        m_hash = PinHash::create(u"4711"_s);
        m_otherHash = PinHash::create(u"4711"_s); // same PIN, new salt: a changed PIN hash
    }

    void typedPinIsCheckedAgainstTheHash() {
        QVERIFY(PinInput(u"4711"_s).matches(u"s1"_s, m_hash));
        QVERIFY(!PinInput(u"4712"_s).matches(u"s1"_s, m_hash));
    }

    void matchingVerdictCountsForItsPersonAndHashOnly() {
        const PinVerdict verdict{u"s1"_s, m_hash, true};
        QVERIFY(PinInput(verdict).matches(u"s1"_s, m_hash));
        QVERIFY(!PinInput(verdict).matches(u"s2"_s, m_hash));      // another person
        QVERIFY(!PinInput(verdict).matches(u"s1"_s, m_otherHash)); // the PIN changed meanwhile
    }

    void failedVerdictNeverCounts() {
        QVERIFY(!PinInput(PinVerdict{u"s1"_s, m_hash, false}).matches(u"s1"_s, m_hash));
    }
};

QTEST_GUILESS_MAIN(TestPinInput)
#include "tst_pininput.moc"
