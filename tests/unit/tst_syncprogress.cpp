// The numbers the sync screen and the status bar show while a sync runs: a smoothed rate, and a
// percentage from the server's estimate that never claims more than is done.
#include "RateMeter.h"
#include "SyncProgress.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

class TestSyncProgress : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rateStartsWithTheFirstStepAndFollowsASteadyPace() {
        RateMeter meter(3.0);
        QCOMPARE(meter.add(500, 250), 2000.0); // 500 rows in the first 250 ms
        for (int i = 2; i <= 40; ++i)
            meter.add(500, i * 500); // then 1000 rows/s for 19.5 s
        QVERIFY2(qAbs(meter.rate() - 1000.0) < 10.0, qPrintable(QString::number(meter.rate())));
    }

    void oneSlowPageDoesNotMakeTheRateCollapse() {
        RateMeter meter(3.0);
        qint64 at = 0;
        for (int i = 0; i < 20; ++i)
            meter.add(500, at += 500); // 1000 rows/s
        const double steady = meter.rate();
        meter.add(500, at += 2000); // one page took 2 s (250 rows/s on its own)
        QVERIFY2(meter.rate() > 250.0 && meter.rate() < steady, qPrintable(QString::number(meter.rate())));
        QVERIFY2(meter.rate() > 500.0, "one page moved the rate more than halfway");
    }

    void pagesInTheSameMillisecondDoNotDivideByZero() {
        RateMeter meter;
        meter.add(100, 5);
        const double rate = meter.add(100, 5);
        QVERIFY(std::isfinite(rate));
    }

    void percentComesFromTheServersCountAndStaysBelow100UntilTheEnd() {
        SyncProgress progress({u"customers"_s, u"orders"_s}, true);
        QVERIFY(progress.isInitial());
        QCOMPARE(progress.percent(), -1); // no count yet
        progress.setExpected({{u"customers"_s, 1000}, {u"orders"_s, 3000}});
        QCOMPARE(progress.expected(), 4000);
        QCOMPARE(progress.percent(), 0);
        progress.update(u"customers"_s, 1000, 800.0, true);
        QCOMPARE(progress.percent(), 25);
        progress.update(u"orders"_s, 1500, 1200.0, false);
        QCOMPARE(progress.percent(), 62);
        QCOMPARE(progress.rowsPerSecond(), 1200.0);
        QCOMPARE(progress.currentFeed(), u"orders"_s);
        // More orders came than counted at the start: the feed counts with what it brought.
        progress.update(u"orders"_s, 3200, 1200.0, false);
        QCOMPARE(progress.expected(), 4200);
        QCOMPARE(progress.percent(), 99);
        QCOMPARE(progress.feed(u"orders"_s)->percent(), 99);
        progress.update(u"orders"_s, 3300, 1100.0, true);
        QCOMPARE(progress.percent(), 100);
        QCOMPARE(progress.rows(), 4300);
    }

    void aFeedThatBroughtLessThanCountedCountsWhatItBrought() {
        SyncProgress progress({u"customers"_s, u"orders"_s}, false);
        progress.setExpected({{u"customers"_s, 1000}, {u"orders"_s, 1000}});
        progress.update(u"customers"_s, 900, 500.0, true); // 100 were erased meanwhile
        QCOMPARE(progress.expected(), 1900);
        QCOMPARE(progress.percent(), 47);
    }

    void withoutACountForEveryFeedThereIsNoPercentage() {
        SyncProgress progress({u"customers"_s, u"notes"_s}, true);
        progress.setExpected({{u"customers"_s, 1000}}); // an older server that does not count notes
        progress.update(u"customers"_s, 400, 500.0, false);
        QCOMPARE(progress.percent(), -1);
        QCOMPARE(progress.expected(), -1);
        QCOMPARE(progress.feed(u"customers"_s)->percent(), 40);
        QCOMPARE(progress.feed(u"notes"_s)->percent(), -1);
        QCOMPARE(progress.rows(), 400);
    }

    void nothingToDoIsDoneWhenEveryFeedFinished() {
        SyncProgress progress({u"customers"_s}, false);
        progress.setExpected({{u"customers"_s, 0}});
        QCOMPARE(progress.percent(), 0);
        progress.update(u"customers"_s, 0, 0.0, true);
        QCOMPARE(progress.percent(), 100);
    }
};

QTEST_GUILESS_MAIN(TestSyncProgress)
#include "tst_syncprogress.moc"
