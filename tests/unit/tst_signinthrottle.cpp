#include "MockClock.h"
#include "SignInThrottle.h"

#include <QHash>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

class MemoryStore final : public SignInThrottleStore {
public:
    SignInThrottleState load(const QString& staffId) const override { return m_states.value(staffId); }
    Status save(const QString& staffId, const SignInThrottleState& state) override {
        m_states.insert(staffId, state);
        return {};
    }

private:
    QHash<QString, SignInThrottleState> m_states;
};

} // namespace

class TestSignInThrottle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fourWrongPinsDoNotLockTheFifthDoes() {
        MockClock clock;
        MemoryStore store;
        SignInThrottle throttle(clock, store);
        for (int i = 0; i < 4; ++i) {
            QVERIFY(!throttle.recordFailure(u"s1"_s).isValid());
            QVERIFY(!throttle.lockedUntil(u"s1"_s).isValid());
        }
        QCOMPARE(throttle.attemptsLeft(u"s1"_s), 1);
        const QDateTime until = throttle.recordFailure(u"s1"_s);
        QCOMPARE(until, clock.nowUtc().addSecs(30));
        QCOMPARE(throttle.lockedUntil(u"s1"_s), until);
        QCOMPARE(throttle.attemptsLeft(u"s1"_s), 0);
    }

    void lockEndsAfterItsTime() {
        MockClock clock;
        MemoryStore store;
        SignInThrottle throttle(clock, store);
        for (int i = 0; i < 5; ++i)
            throttle.recordFailure(u"s1"_s);
        clock.advanceSecs(29);
        QVERIFY(throttle.lockedUntil(u"s1"_s).isValid());
        clock.advanceSecs(1);
        QVERIFY(!throttle.lockedUntil(u"s1"_s).isValid());
        QCOMPARE(throttle.attemptsLeft(u"s1"_s), 5);
    }

    void failuresDuringALockDoNotCount() {
        MockClock clock;
        MemoryStore store;
        SignInThrottle throttle(clock, store);
        for (int i = 0; i < 5; ++i)
            throttle.recordFailure(u"s1"_s);
        const QDateTime until = throttle.lockedUntil(u"s1"_s);
        QCOMPARE(throttle.recordFailure(u"s1"_s), until);
        QCOMPARE(store.load(u"s1"_s).lockouts, 1);
    }

    void eachFurtherLockLastsLongerUpToFifteenMinutes_data() {
        QTest::addColumn<int>("lockout");
        QTest::addColumn<qint64>("secs");
        QTest::newRow("1st") << 1 << qint64(30);
        QTest::newRow("2nd") << 2 << qint64(60);
        QTest::newRow("3rd") << 3 << qint64(120);
        QTest::newRow("4th") << 4 << qint64(240);
        QTest::newRow("5th") << 5 << qint64(480);
        QTest::newRow("6th capped") << 6 << qint64(900);
        QTest::newRow("20th capped") << 20 << qint64(900);
    }
    void eachFurtherLockLastsLongerUpToFifteenMinutes() {
        QFETCH(int, lockout);
        QFETCH(qint64, secs);
        QCOMPARE(SignInThrottle::lockSecs(lockout), secs);

        MockClock clock;
        MemoryStore store;
        SignInThrottle throttle(clock, store);
        QDateTime until;
        for (int n = 1; n <= lockout; ++n) {
            for (int i = 0; i < 5; ++i)
                until = throttle.recordFailure(u"s1"_s);
            if (n < lockout)
                clock.set(until);
        }
        QCOMPARE(clock.nowUtc().secsTo(until), secs);
    }

    void successResetsCountAndGrowth() {
        MockClock clock;
        MemoryStore store;
        SignInThrottle throttle(clock, store);
        for (int i = 0; i < 5; ++i)
            throttle.recordFailure(u"s1"_s);
        clock.advanceSecs(30);
        throttle.recordFailure(u"s1"_s);
        throttle.recordSuccess(u"s1"_s);
        QCOMPARE(throttle.attemptsLeft(u"s1"_s), 5);
        QDateTime until;
        for (int i = 0; i < 5; ++i)
            until = throttle.recordFailure(u"s1"_s);
        QCOMPARE(clock.nowUtc().secsTo(until), qint64(30)); // back to the first, shortest lock
    }

    void oneLockedPersonDoesNotLockAnother() {
        MockClock clock;
        MemoryStore store;
        SignInThrottle throttle(clock, store);
        for (int i = 0; i < 5; ++i)
            throttle.recordFailure(u"s1"_s);
        QVERIFY(throttle.lockedUntil(u"s1"_s).isValid());
        QVERIFY(!throttle.lockedUntil(u"s2"_s).isValid());
    }

    void stateSurvivesANewThrottleOnTheSameStore() {
        MockClock clock;
        MemoryStore store;
        {
            SignInThrottle throttle(clock, store);
            for (int i = 0; i < 5; ++i)
                throttle.recordFailure(u"s1"_s);
        }
        SignInThrottle restarted(clock, store);
        QVERIFY(restarted.lockedUntil(u"s1"_s).isValid());
    }
};

QTEST_GUILESS_MAIN(TestSignInThrottle)
#include "tst_signinthrottle.moc"
