#include "PinHash.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPinHash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pbkdf2MatchesPublishedVectors_data() {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<int>("iterations");
        QTest::addColumn<QByteArray>("expectedHex");
        // RFC 7914 §11 (PBKDF2-HMAC-SHA256 vectors)
        QTest::newRow("rfc7914 passwd/salt c=1")
            << "passwd"_ba
            << "salt"_ba << 1
            << "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
               "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"_ba;
        QTest::newRow("rfc7914 Password/NaCl c=80000")
            << "Password"_ba
            << "NaCl"_ba << 80000
            << "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
               "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d"_ba;
        // The widely used RFC 6070-style vectors for SHA-256
        QTest::newRow("password/salt c=1")
            << "password"_ba
            << "salt"_ba << 1 << "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"_ba;
        QTest::newRow("password/salt c=2")
            << "password"_ba
            << "salt"_ba << 2 << "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43"_ba;
        QTest::newRow("password/salt c=4096")
            << "password"_ba
            << "salt"_ba << 4096 << "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"_ba;
        QTest::newRow("long password and salt, 40 bytes")
            << "passwordPASSWORDpassword"_ba
            << "saltSALTsaltSALTsaltSALTsaltSALTsalt"_ba << 4096
            << "348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9"_ba;
        QTest::newRow("embedded NUL, 16 bytes") << QByteArray("pass\0word", 9) << QByteArray("sa\0lt", 5)
                                                << 4096 << "89b69d0516f829893c696226650a8687"_ba;
    }
    void pbkdf2MatchesPublishedVectors() {
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, salt);
        QFETCH(int, iterations);
        QFETCH(QByteArray, expectedHex);
        const QByteArray key = PinHash::pbkdf2Sha256(password, salt, iterations, int(expectedHex.size() / 2));
        QCOMPARE(key.toHex(), expectedHex);
    }

    void createdDescriptorVerifiesTheRightPinOnly() {
        const QString descriptor = PinHash::create(u"4711"_s, PinHash::kMinimumIterations);
        QVERIFY(PinHash::verify(u"4711"_s, descriptor));
        QVERIFY(!PinHash::verify(u"4712"_s, descriptor));
        QVERIFY(!PinHash::verify(QString(), descriptor));
    }

    void descriptorHasTheFeedShapeAndDefaultIterations() {
        const QJsonObject object = QJsonDocument::fromJson(PinHash::create(u"1234"_s).toUtf8()).object();
        QCOMPARE(object.value(u"algorithm").toString(), u"pbkdf2-sha256"_s);
        QCOMPARE(object.value(u"iterations").toInt(), 210000);
        QCOMPARE(QByteArray::fromBase64(object.value(u"salt").toString().toLatin1()).size(), 16);
        QCOMPARE(QByteArray::fromBase64(object.value(u"hash").toString().toLatin1()).size(), 32);
    }

    void everyHashGetsItsOwnSalt() {
        const QString a = PinHash::create(u"0000"_s, PinHash::kMinimumIterations);
        const QString b = PinHash::create(u"0000"_s, PinHash::kMinimumIterations);
        QVERIFY(a != b);
        QVERIFY(PinHash::verify(u"0000"_s, a));
        QVERIFY(PinHash::verify(u"0000"_s, b));
    }

    void verifyRejectsUnusableDescriptors_data() {
        QTest::addColumn<QString>("descriptor");
        const QString good =
            PinHash::createWithSalt(u"1234"_s, "0123456789abcdef"_ba, PinHash::kMinimumIterations);
        QJsonObject base = QJsonDocument::fromJson(good.toUtf8()).object();
        auto with = [&](const QString& key, const QJsonValue& value) {
            QJsonObject copy = base;
            copy.insert(key, value);
            return QString::fromUtf8(QJsonDocument(copy).toJson(QJsonDocument::Compact));
        };
        QTest::newRow("unknown algorithm") << with(u"algorithm"_s, u"md5"_s);
        QTest::newRow("sha1 variant") << with(u"algorithm"_s, u"pbkdf2-sha1"_s);
        QTest::newRow("too few iterations") << with(u"iterations"_s, 99999);
        QTest::newRow("iterations missing") << with(u"iterations"_s, QJsonValue());
        QTest::newRow("salt not base64") << with(u"salt"_s, u"***"_s);
        QTest::newRow("hash missing") << with(u"hash"_s, QJsonValue());
        QTest::newRow("not json") << u"pbkdf2-sha256$100000$abc"_s;
        QTest::newRow("empty") << QString();
    }
    void verifyRejectsUnusableDescriptors() {
        QFETCH(QString, descriptor);
        QVERIFY(!PinHash::verify(u"1234"_s, descriptor));
        QVERIFY(!PinHash::descriptorProblem(descriptor).isEmpty());
    }

    void lowIterationHashIsRefusedEvenWithTheRightPin() {
        const QString weak = PinHash::createWithSalt(u"1234"_s, "0123456789abcdef"_ba, 1000);
        QVERIFY(!PinHash::verify(u"1234"_s, weak));
    }

    void constantTimeCompareComparesWholeContent() {
        QVERIFY(PinHash::constantTimeEquals("abcdef"_ba, "abcdef"_ba));
        QVERIFY(!PinHash::constantTimeEquals("abcdef"_ba, "abcdeg"_ba));
        QVERIFY(!PinHash::constantTimeEquals("Abcdef"_ba, "abcdef"_ba));
        QVERIFY(!PinHash::constantTimeEquals("abc"_ba, "abcdef"_ba));
    }

    void defaultCostIsNoticeableButBearable() {
        QElapsedTimer timer;
        timer.start();
        const QString descriptor = PinHash::create(u"2468"_s);
        qInfo() << "PBKDF2 with" << PinHash::kDefaultIterations << "iterations took" << timer.elapsed()
                << "ms";
        QVERIFY(PinHash::verify(u"2468"_s, descriptor));
    }
};

QTEST_GUILESS_MAIN(TestPinHash)
#include "tst_pinhash.moc"
