// Every timestamp of every feed row goes through UtcTimestamp::parse. It reads the API's own shapes
// digit by digit and leaves everything else to Qt, and it must decide exactly as the Qt route did
// before it: the same time for what is valid, and no time for another zone, a missing 'Z', an
// impossible date or plain garbage (the row is then refused with a message, not stored wrongly).
#include "UtcTimestamp.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// How feeds read timestamps before (QDateTime::fromString and a 'Z' at the end).
QDateTime viaQt(const QString& text) {
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() && text.endsWith(u'Z') ? time.toUTC() : QDateTime();
}

} // namespace

class TestUtcTimestamp : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decidesAsQtDid_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("with ms") << u"2025-03-05T10:31:00.123Z"_s << true;
        QTest::newRow("without ms") << u"2025-03-05T10:31:07Z"_s << true;
        QTest::newRow("leap day") << u"2024-02-29T23:59:59.999Z"_s << true;
        QTest::newRow("new year midnight") << u"2026-01-01T00:00:00.000Z"_s << true;
        QTest::newRow("no leap day") << u"2025-02-29T10:00:00.000Z"_s << false;
        QTest::newRow("month 13") << u"2025-13-01T10:00:00.000Z"_s << false;
        QTest::newRow("minute 60") << u"2025-03-05T10:60:00.000Z"_s << false;
        QTest::newRow("hour 24") << u"2025-03-05T24:00:00.000Z"_s
                                 << viaQt(u"2025-03-05T24:00:00.000Z"_s).isValid();
        QTest::newRow("no zone") << u"2025-03-05T10:31:00.000"_s << false;
        QTest::newRow("offset") << u"2025-03-05T11:31:00.000+01:00"_s << false;
        QTest::newRow("lower-case z") << u"2025-03-05T10:31:00.000z"_s << false;
        QTest::newRow("space for T") << u"2025-03-05 10:31:00.000Z"_s
                                     << viaQt(u"2025-03-05 10:31:00.000Z"_s).isValid();
        QTest::newRow("two ms digits")
            << u"2025-03-05T10:31:00.12Z"_s << viaQt(u"2025-03-05T10:31:00.12Z"_s).isValid();
        QTest::newRow("letter in year") << u"2O25-03-05T10:31:00.000Z"_s << false;
        QTest::newRow("date only") << u"2025-03-05"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("garbage") << u"gestern"_s << false;
    }
    void decidesAsQtDid() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const QDateTime parsed = UtcTimestamp::parse(text);
        QCOMPARE(parsed.isValid(), valid);
        QCOMPARE(parsed, viaQt(text));
        if (valid)
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }

    // Random times over four centuries in the API's two shapes: the same instant as Qt reads.
    void randomTimesReadAsQtReadsThem() {
        QRandomGenerator random(20261130);
        const QDateTime from(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
        for (int i = 0; i < 2000; ++i) {
            const QDateTime time = from.addMSecs(qint64(random.bounded(400.0 * 365 * 24 * 3600 * 1000)));
            const QString withMs = time.toString(Qt::ISODateWithMs);
            const QString withoutMs = time.toString(Qt::ISODate);
            QCOMPARE(UtcTimestamp::parse(withMs), viaQt(withMs));
            QCOMPARE(UtcTimestamp::parse(withMs), time);
            QCOMPARE(UtcTimestamp::parse(withoutMs), viaQt(withoutMs));
        }
    }
};

QTEST_GUILESS_MAIN(TestUtcTimestamp)
#include "tst_utctimestamp.moc"
