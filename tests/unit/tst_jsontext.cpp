// theke-server writes feed pages as text, not through QJsonDocument, and on SQLite straight from the
// UTF-8 the database holds. Whatever a customer's name, address or note contains (umlauts, emoji,
// quotes, backslashes, line breaks, control characters), both ways must give exactly the bytes
// QJsonDocument gives, or a device would see a changed row; and broken UTF-8 must still become valid
// JSON instead of a page the device refuses.
#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// What QJsonDocument writes for one string value.
std::string qtJson(const QString& text) {
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2).toStdString(); // without [ and ]
}

} // namespace

class TestJsonText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void equalsQtForEveryKindOfText_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain") << u"Müller-Lüdenscheidt"_s;
        QTest::newRow("ß and €") << u"Straße 12, 1.234,56 €"_s;
        QTest::newRow("quotes") << u"Café \"Zur Post\""_s;
        QTest::newRow("backslash") << u"C:\\Kasse\\1"_s;
        QTest::newRow("line breaks and tab") << u"Bitte klingeln\nHinterhof\r\n\tlinks"_s;
        QTest::newRow("control characters") << QString(u"a\x01"
                                                       "b\x1f"
                                                       "c\x7f"
                                                       "d"_s);
        QTest::newRow("backspace and form feed") << QString(u"x\by\fz"_s);
        QTest::newRow("emoji (4 bytes)") << u"Grüße 🎁👍"_s;
        QTest::newRow("CJK (3 bytes)") << u"東京店"_s;
        QTest::newRow("only escapes") << u"\"\\\"\n"_s;
    }
    void equalsQtForEveryKindOfText() {
        QFETCH(QString, text);
        const std::string expected = qtJson(text);

        std::string fromUtf16;
        JsonText::appendString(fromUtf16, text);
        QCOMPARE(QByteArray::fromStdString(fromUtf16), QByteArray::fromStdString(expected));

        const QByteArray utf8 = text.toUtf8();
        std::string fromUtf8 = "prefix:";
        JsonText::appendUtf8String(fromUtf8, std::string_view(utf8.constData(), size_t(utf8.size())));
        QCOMPARE(QByteArray::fromStdString(fromUtf8), QByteArray::fromStdString("prefix:" + expected));
    }

    void brokenUtf8StaysValidJson_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("lone continuation byte") << QByteArray("M\x80ller");
        QTest::newRow("cut off sequence") << QByteArray("M\xc3");
        QTest::newRow("overlong slash") << QByteArray("a\xc0\xafz");
        QTest::newRow("encoded surrogate") << QByteArray("x\xed\xa0\x80y");
        QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80");
        QTest::newRow("latin-1 umlaut") << QByteArray("M\xfcller");
    }
    void brokenUtf8StaysValidJson() {
        QFETCH(QByteArray, bytes);
        std::string out;
        JsonText::appendUtf8String(out, std::string_view(bytes.constData(), size_t(bytes.size())));
        // The same as Qt writes for the text Qt decodes from these bytes (U+FFFD for what is broken).
        QCOMPARE(QByteArray::fromStdString(out), QByteArray::fromStdString(qtJson(QString::fromUtf8(bytes))));
        QJsonParseError error;
        const QJsonDocument parsed =
            QJsonDocument::fromJson("[" + QByteArray::fromStdString(out) + "]", &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(parsed.array().at(0).toString().contains(QChar::ReplacementCharacter));
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
