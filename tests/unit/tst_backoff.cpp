#include "Backoff.h"
#include "MockClock.h"

#include <QTest>

using namespace std::chrono_literals;

class TestBackoff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ceilingDoublesFromOneSecondUpToFiveMinutes() {
        const Backoff backoff(1);
        QCOMPARE(backoff.ceiling(1), Backoff::Ms(1000));
        QCOMPARE(backoff.ceiling(2), Backoff::Ms(2000));
        QCOMPARE(backoff.ceiling(5), Backoff::Ms(16000));
        QCOMPARE(backoff.ceiling(9), Backoff::Ms(256000));
        QCOMPARE(backoff.ceiling(10), Backoff::Ms(300000));
        QCOMPARE(backoff.ceiling(1000), Backoff::Ms(300000)); // no overflow after many attempts
        QCOMPARE(backoff.ceiling(0), Backoff::Ms(1000));
    }

    void fullJitterStaysWithinZeroAndTheCeilingAndSpreads_data() {
        QTest::addColumn<int>("attempt");
        for (int attempt : {1, 2, 3, 6, 9, 10, 30})
            QTest::addRow("attempt %d", attempt) << attempt;
    }
    void fullJitterStaysWithinZeroAndTheCeilingAndSpreads() {
        QFETCH(int, attempt);
        Backoff backoff(42);
        const qint64 top = backoff.ceiling(attempt).count();
        qint64 low = top;
        qint64 high = 0;
        for (int i = 0; i < 2000; ++i) {
            const qint64 d = backoff.delay(attempt).count();
            QVERIFY(d >= 0);
            QVERIFY(d <= top);
            low = std::min(low, d);
            high = std::max(high, d);
        }
        // Full jitter: the whole range is used, not just the top (that would be "equal jitter").
        QVERIFY2(low < top / 10, qPrintable(QString::number(low)));
        QVERIFY2(high > top * 9 / 10, qPrintable(QString::number(high)));
    }

    void sameSeedGivesTheSameDelays() {
        Backoff a(7);
        Backoff b(7);
        Backoff other(8);
        QList<qint64> first;
        QList<qint64> second;
        QList<qint64> third;
        for (int attempt = 1; attempt <= 12; ++attempt) {
            first.append(a.delay(attempt).count());
            second.append(b.delay(attempt).count());
            third.append(other.delay(attempt).count());
        }
        QCOMPARE(first, second);
        QVERIFY(first != third);
    }

    void retryAfterWinsOverAShorterJitteredDelay() {
        Backoff backoff(3);
        for (int i = 0; i < 200; ++i)
            QVERIFY(backoff.delay(1, 30) >= Backoff::Ms(30000)); // ceiling 1 s < 30 s asked
        QCOMPARE(backoff.delay(1, 30), Backoff::Ms(30000));
    }

    void longerJitteredDelayWinsOverAShortRetryAfter() {
        Backoff backoff(5, 1s, 5min);
        bool longer = false;
        for (int i = 0; i < 200; ++i) {
            const Backoff::Ms d = backoff.delay(12, 1); // ceiling 5 min, Retry-After 1 s
            QVERIFY(d >= Backoff::Ms(1000));
            QVERIFY(d <= Backoff::Ms(300000));
            longer = longer || d > Backoff::Ms(1000);
        }
        QVERIFY(longer);
    }

    void nextAttemptIsMeasuredFromTheClock() {
        MockClock clock;
        Backoff seeded(11);
        Backoff twin(11);
        const QDateTime next = seeded.nextAttempt(clock.nowUtc(), 4, 2);
        const qint64 expected = std::max<qint64>(twin.delay(4).count(), 2000);
        QCOMPARE(clock.nowUtc().msecsTo(next), expected);
        QVERIFY(next >= clock.nowUtc().addSecs(2));
        QVERIFY(next <= clock.nowUtc().addSecs(8));
        clock.advanceSecs(8);
        QVERIFY(next <= clock.nowUtc());
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
