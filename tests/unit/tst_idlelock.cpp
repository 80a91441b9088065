#include "IdleLock.h"
#include "MockClock.h"

#include <QSignalSpy>
#include <QTest>

class TestIdleLock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void locksAfterTheDefaultThreeMinutesWithoutActivity() {
        MockClock clock;
        IdleLock lock(clock);
        QSignalSpy spy(&lock, &IdleLock::idleTimeout);
        lock.setArmed(true);
        clock.advanceSecs(179);
        lock.poll();
        QCOMPARE(spy.count(), 0);
        clock.advanceSecs(1);
        lock.poll();
        QCOMPARE(spy.count(), 1);
    }

    void activityStartsTheWaitAgain() {
        MockClock clock;
        IdleLock lock(clock);
        QSignalSpy spy(&lock, &IdleLock::idleTimeout);
        lock.setArmed(true);
        clock.advanceSecs(170);
        lock.activity();
        clock.advanceSecs(170);
        lock.poll();
        QCOMPARE(spy.count(), 0);
        clock.advanceSecs(10);
        lock.poll();
        QCOMPARE(spy.count(), 1);
    }

    void firesOnceThenWaitsToBeArmedAgain() {
        MockClock clock;
        IdleLock lock(clock);
        QSignalSpy spy(&lock, &IdleLock::idleTimeout);
        lock.setArmed(true);
        clock.advanceSecs(600);
        lock.poll();
        lock.poll();
        QCOMPARE(spy.count(), 1);
        QVERIFY(!lock.isArmed());
        lock.setArmed(true); // signed in again: the wait starts from now
        lock.poll();
        QCOMPARE(spy.count(), 1);
    }

    void notArmedNeverLocks() {
        MockClock clock;
        IdleLock lock(clock);
        QSignalSpy spy(&lock, &IdleLock::idleTimeout);
        clock.advanceSecs(3600);
        lock.poll();
        QCOMPARE(spy.count(), 0);
    }

    void configuredTimeoutIsUsedAndZeroDisables_data() {
        QTest::addColumn<qint64>("timeoutMs");
        QTest::addColumn<qint64>("waitMs");
        QTest::addColumn<bool>("locks");
        QTest::newRow("1 min, 59 s") << qint64(60000) << qint64(59000) << false;
        QTest::newRow("1 min, 60 s") << qint64(60000) << qint64(60000) << true;
        QTest::newRow("10 min, 9 min") << qint64(600000) << qint64(540000) << false;
        QTest::newRow("disabled") << qint64(0) << qint64(86400000) << false;
    }
    void configuredTimeoutIsUsedAndZeroDisables() {
        QFETCH(qint64, timeoutMs);
        QFETCH(qint64, waitMs);
        QFETCH(bool, locks);
        MockClock clock;
        IdleLock lock(clock);
        QSignalSpy spy(&lock, &IdleLock::idleTimeout);
        lock.setTimeoutMs(timeoutMs);
        lock.setArmed(true);
        clock.advanceMs(waitMs);
        lock.poll();
        QCOMPARE(spy.count(), locks ? 1 : 0);
    }
};

QTEST_GUILESS_MAIN(TestIdleLock)
#include "tst_idlelock.moc"
