// When an online order would arrive, by the documented rule (DeliveryEstimate.h): dispatch today
// before 14:00 store time on a working day, else the next working day; then 2–3 working days; Saturday
// and Sunday never count. Also how old a stock figure is ("Stand 10:42") and when it is stale.
#include "DeliveryEstimate.h"
#include "StockAge.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QTimeZone kBerlin("Europe/Berlin");

// A wall-clock time in Berlin, as UTC (what the cache and the clock hold).
QDateTime berlin(const char* iso) {
    QDateTime local = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    local.setTimeZone(kBerlin);
    return local.toUTC();
}

QDateTime utc(const char* iso) {
    return QDateTime::fromString(QString::fromLatin1(iso) + u"Z"_s, Qt::ISODate);
}

QDate day(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class TestDeliveryEstimate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void estimateCountsWorkingDaysFromTheDispatchDay_data() {
        QTest::addColumn<QDateTime>("nowUtc");
        QTest::addColumn<QDate>("dispatch");
        QTest::addColumn<QDate>("earliest");
        QTest::addColumn<QDate>("latest");
        QTest::addColumn<int>("minDays");
        QTest::addColumn<int>("maxDays");
        // 1 December 2025 is a Monday.
        QTest::newRow("Monday morning: leaves today, Wednesday to Thursday")
            << berlin("2025-12-01T10:00") << day("2025-12-01") << day("2025-12-03") << day("2025-12-04") << 2
            << 3;
        QTest::newRow("Monday 13:59 is still before the cutoff")
            << berlin("2025-12-01T13:59") << day("2025-12-01") << day("2025-12-03") << day("2025-12-04") << 2
            << 3;
        QTest::newRow("Monday 14:00 leaves on Tuesday") << berlin("2025-12-01T14:00") << day("2025-12-02")
                                                        << day("2025-12-04") << day("2025-12-05") << 3 << 4;
        QTest::newRow("Thursday morning: over the weekend to Monday or Tuesday")
            << berlin("2025-12-04T09:00") << day("2025-12-04") << day("2025-12-08") << day("2025-12-09") << 2
            << 3;
        QTest::newRow("Friday morning: Tuesday to Wednesday")
            << berlin("2025-12-05T10:00") << day("2025-12-05") << day("2025-12-09") << day("2025-12-10") << 2
            << 3;
        QTest::newRow("Friday afternoon: leaves Monday, Wednesday to Thursday")
            << berlin("2025-12-05T15:00") << day("2025-12-08") << day("2025-12-10") << day("2025-12-11") << 3
            << 4;
        QTest::newRow("Saturday: leaves Monday") << berlin("2025-12-06T10:00") << day("2025-12-08")
                                                 << day("2025-12-10") << day("2025-12-11") << 3 << 4;
        QTest::newRow("Sunday late evening: leaves Monday")
            << berlin("2025-12-07T23:30") << day("2025-12-08") << day("2025-12-10") << day("2025-12-11") << 3
            << 4;
        // The store's clock decides, not UTC's.
        QTest::newRow("Friday 23:30 UTC is Saturday in Berlin")
            << utc("2025-12-05T23:30") << day("2025-12-08") << day("2025-12-10") << day("2025-12-11") << 3
            << 4;
        QTest::newRow("winter: 12:30 UTC is 13:30 in Berlin, before the cutoff")
            << utc("2025-12-01T12:30") << day("2025-12-01") << day("2025-12-03") << day("2025-12-04") << 2
            << 3;
        QTest::newRow("summer: 12:30 UTC is 14:30 in Berlin, after the cutoff")
            << utc("2025-07-07T12:30") << day("2025-07-08") << day("2025-07-10") << day("2025-07-11") << 3
            << 4;
        QTest::newRow("Sunday 23:30 UTC is already Monday 00:30 in Berlin")
            << utc("2025-12-07T23:30") << day("2025-12-08") << day("2025-12-10") << day("2025-12-11") << 2
            << 3;
    }

    void estimateCountsWorkingDaysFromTheDispatchDay() {
        QFETCH(QDateTime, nowUtc);
        QFETCH(QDate, dispatch);
        QFETCH(QDate, earliest);
        QFETCH(QDate, latest);
        QFETCH(int, minDays);
        QFETCH(int, maxDays);
        const DeliveryEstimate estimate = DeliveryEstimate::forOrderAt(nowUtc, kBerlin);
        QCOMPARE(estimate.dispatch, dispatch);
        QCOMPARE(estimate.earliest, earliest);
        QCOMPARE(estimate.latest, latest);
        QCOMPARE(estimate.minWorkingDays, minDays);
        QCOMPARE(estimate.maxWorkingDays, maxDays);
        QVERIFY(DeliveryEstimate::isWorkingDay(estimate.earliest));
        QVERIFY(DeliveryEstimate::isWorkingDay(estimate.latest));
    }

    void workingDaysSkipTheWeekend() {
        QCOMPARE(DeliveryEstimate::addWorkingDays(day("2025-12-05"), 1), day("2025-12-08"));
        QCOMPARE(DeliveryEstimate::addWorkingDays(day("2025-12-06"), 0), day("2025-12-06"));
        QCOMPARE(DeliveryEstimate::addWorkingDays(day("2025-12-01"), 5), day("2025-12-08"));
        QCOMPARE(DeliveryEstimate::workingDaysBetween(day("2025-12-05"), day("2025-12-08")), 1);
        QCOMPARE(DeliveryEstimate::workingDaysBetween(day("2025-12-08"), day("2025-12-05")), 0);
        QCOMPARE(DeliveryEstimate::workingDaysBetween(day("2025-12-01"), day("2025-12-15")), 10);
    }

    void stockAgeSaysTodayOrTheDayAndMarksStaleFigures_data() {
        QTest::addColumn<QDateTime>("updatedAt");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("localTime");
        QTest::addColumn<bool>("stale");
        const int today = int(StockAge::Kind::Today);
        const int earlier = int(StockAge::Kind::Earlier);
        QTest::newRow("this morning") << berlin("2025-12-01T10:42") << berlin("2025-12-01T15:00") << today
                                      << u"2025-12-01 10:42"_s << false;
        QTest::newRow("yesterday evening, 16 hours ago")
            << berlin("2025-11-30T17:05") << berlin("2025-12-01T09:05") << earlier << u"2025-11-30 17:05"_s
            << false;
        QTest::newRow("Friday evening seen on Monday")
            << berlin("2025-11-28T17:05") << berlin("2025-12-01T09:00") << earlier << u"2025-11-28 17:05"_s
            << true;
        QTest::newRow("exactly 24 hours is not stale yet")
            << berlin("2025-11-30T09:00") << berlin("2025-12-01T09:00") << earlier << u"2025-11-30 09:00"_s
            << false;
        QTest::newRow("24 hours and a second is")
            << berlin("2025-11-30T08:59:59") << berlin("2025-12-01T09:00") << earlier << u"2025-11-30 08:59"_s
            << true;
        // 23:30 UTC on 30 November is 00:30 on 1 December in Berlin: today at the store.
        QTest::newRow("the store's day, not UTC's") << utc("2025-11-30T23:30") << berlin("2025-12-01T08:00")
                                                    << today << u"2025-12-01 00:30"_s << false;
        QTest::newRow("a figure from a clock slightly ahead")
            << berlin("2025-12-01T10:01") << berlin("2025-12-01T10:00") << today << u"2025-12-01 10:01"_s
            << false;
    }

    void stockAgeSaysTodayOrTheDayAndMarksStaleFigures() {
        QFETCH(QDateTime, updatedAt);
        QFETCH(QDateTime, now);
        QFETCH(int, kind);
        QFETCH(QString, localTime);
        QFETCH(bool, stale);
        const StockAge age = StockAge::of(updatedAt, now, kBerlin);
        QCOMPARE(int(age.kind), kind);
        QCOMPARE(age.local.toString(u"yyyy-MM-dd HH:mm"_s), localTime);
        QCOMPARE(age.stale, stale);
        QVERIFY(age.ageSecs >= 0);
    }

    void stockWithoutATimeIsOfUnknownAgeAndStale() {
        const StockAge age = StockAge::of(QDateTime(), berlin("2025-12-01T10:00"), kBerlin);
        QCOMPARE(age.kind, StockAge::Kind::Unknown);
        QVERIFY(age.stale);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryEstimate)
#include "tst_deliveryestimate.moc"
