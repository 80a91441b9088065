// The pickup desk shows whom it told when: the whole notification history, newest first.
#include "PickupTexts.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

PickupNotification sent(const QString& channel, const QString& kind, const QString& isoUtc) {
    return PickupNotification{channel, kind, QDateTime::fromString(isoUtc, Qt::ISODate), u"s-1"_s};
}

} // namespace

class TestPickupTexts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nothingSentSaysNothing() { QVERIFY(PickupTexts::notifications({}).isEmpty()); }

    void everyNotificationNewestFirst() {
        const QString text =
            PickupTexts::notifications({sent(u"email"_s, u"ready"_s, u"2026-11-27T09:42:00Z"_s),
                                        sent(u"sms"_s, u"reminder"_s, u"2026-11-29T08:00:00Z"_s)});
        QVERIFY2(text.startsWith(u"Notified: "_s), qPrintable(text));
        const qsizetype sms = text.indexOf(u"by SMS (reminder)"_s);
        const qsizetype email = text.indexOf(u"by e-mail (ready for pickup)"_s);
        QVERIFY2(sms > 0 && email > 0, qPrintable(text));
        QVERIFY2(sms < email, qPrintable(text)); // the reminder came later, so it comes first
        QVERIFY(!text.contains(u"earlier"_s));
    }

    void longHistoriesSayHowManyMore() {
        QList<PickupNotification> history;
        for (int day = 20; day <= 24; ++day)
            history << sent(u"email"_s, u"reminder"_s, u"2026-11-%1T09:00:00Z"_s.arg(day));
        const QString text = PickupTexts::notifications(history, 3);
        QCOMPARE(text.count(u"by e-mail"_s), 3);
        QVERIFY2(text.endsWith(u"2 earlier"_s), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestPickupTexts)
#include "tst_pickuptexts.moc"
