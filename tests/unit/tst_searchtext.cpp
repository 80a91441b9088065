#include "SearchText.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Folding and query building for customer search. Whether the expressions actually find the right
// rows in FTS5 is tested against SQLite in tst_customerrepository.
class TestSearchText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void transliterateFoldsGermanLetters_data();
    void transliterateFoldsGermanLetters();
    void indexTextKeepsOriginalAndAddsFoldedForm_data();
    void indexTextKeepsOriginalAndAddsFoldedForm();
    void phoneKeyIgnoresHowTheNumberIsWritten_data();
    void phoneKeyIgnoresHowTheNumberIsWritten();
    void looksLikePhoneNeedsDigitsAndPhoneCharactersOnly_data();
    void looksLikePhoneNeedsDigitsAndPhoneCharactersOnly();
    void ftsQueryQuotesEveryWordAsPrefix_data();
    void ftsQueryQuotesEveryWordAsPrefix();
    void ftsQueryNeverPassesSyntaxThrough_data();
    void ftsQueryNeverPassesSyntaxThrough();
    void ftsQueryIsEmptyWithoutSearchableCharacters_data();
    void ftsQueryIsEmptyWithoutSearchableCharacters();
};

void TestSearchText::transliterateFoldsGermanLetters_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ä") << u"Bär"_s << u"baer"_s;
    QTest::newRow("Ä") << u"Ärger"_s << u"aerger"_s;
    QTest::newRow("ö") << u"Köhler"_s << u"koehler"_s;
    QTest::newRow("Ö") << u"Öztürk"_s << u"oeztuerk"_s;
    QTest::newRow("ü") << u"Müller"_s << u"mueller"_s;
    QTest::newRow("Ü") << u"ÜBEL"_s << u"uebel"_s;
    QTest::newRow("ß") << u"Strauß"_s << u"strauss"_s;
    QTest::newRow("capital ẞ") << u"STRAUẞ"_s << u"strauss"_s;
    QTest::newRow("other accents unchanged") << u"José Ñuñez"_s << u"josé ñuñez"_s;
    QTest::newRow("plain") << u"Schmidt"_s << u"schmidt"_s;
}

void TestSearchText::transliterateFoldsGermanLetters() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(SearchText::transliterate(input), expected);
}

void TestSearchText::indexTextKeepsOriginalAndAddsFoldedForm_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("umlaut") << u"Jürgen Müller"_s << u"Jürgen Müller juergen mueller"_s;
    QTest::newRow("sharp s") << u"Strauß"_s << u"Strauß strauss"_s;
    QTest::newRow("nothing to fold") << u"Anna Schmidt"_s << u"Anna Schmidt"_s;
    QTest::newRow("e-mail with number")
        << u"anna.müller85@gmx.de"_s << u"anna.müller 85@gmx.de anna.mueller 85@gmx.de"_s;
    QTest::newRow("customer no. without dash") << u"K1004711"_s << u"K 1004711"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestSearchText::indexTextKeepsOriginalAndAddsFoldedForm() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(SearchText::indexText(input), expected);
}

void TestSearchText::phoneKeyIgnoresHowTheNumberIsWritten_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("+49 with dash") << u"+49 151 1234-5678"_s << u"15112345678"_s;
    QTest::newRow("0049") << u"0049 151 12345678"_s << u"15112345678"_s;
    QTest::newRow("slash") << u"0151/12345678"_s << u"15112345678"_s;
    QTest::newRow("area code in brackets") << u"(0151) 1234 5678"_s << u"15112345678"_s;
    QTest::newRow("E.164") << u"+4915112345678"_s << u"15112345678"_s;
    QTest::newRow("trunk zero in brackets") << u"+49 (0)151 1234 5678"_s << u"15112345678"_s;
    QTest::newRow("trunk zero after +49") << u"+49 0151 12345678"_s << u"15112345678"_s;
    QTest::newRow("Austria keeps country code") << u"+43 1 234567"_s << u"431234567"_s;
    QTest::newRow("Austria with 0043") << u"0043 1 234567"_s << u"431234567"_s;
    QTest::newRow("partial national") << u"0151 123"_s << u"151123"_s;
    QTest::newRow("no country, no trunk") << u"1004711"_s << u"1004711"_s;
    QTest::newRow("only the country code") << u"0049"_s << QString();
}

void TestSearchText::phoneKeyIgnoresHowTheNumberIsWritten() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(SearchText::phoneKey(input), expected);
}

void TestSearchText::looksLikePhoneNeedsDigitsAndPhoneCharactersOnly_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("expected");
    QTest::newRow("international") << u"+49 151 1234-5678"_s << true;
    QTest::newRow("brackets and slash") << u"(0151) 1234/5678"_s << true;
    QTest::newRow("four digits") << u"0151"_s << true;
    QTest::newRow("surrounding space") << u"  0151 123  "_s << true;
    QTest::newRow("three digits") << u"015"_s << false;
    QTest::newRow("name") << u"Müller"_s << false;
    QTest::newRow("customer no. with letter") << u"K1004711"_s << false;
    QTest::newRow("e-mail") << u"a1234@example.de"_s << false;
    QTest::newRow("plus in the middle") << u"0151+1234"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestSearchText::looksLikePhoneNeedsDigitsAndPhoneCharactersOnly() {
    QFETCH(QString, input);
    QFETCH(bool, expected);
    QCOMPARE(SearchText::looksLikePhone(input), expected);
}

void TestSearchText::ftsQueryQuotesEveryWordAsPrefix_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain word") << u"Schmidt"_s << u"\"schmidt\"*"_s;
    QTest::newRow("umlaut adds folded form") << u"Mü"_s << u"(\"mü\"* OR \"mue\"*)"_s;
    QTest::newRow("two words") << u"anna  Müller"_s << u"\"anna\"* AND (\"müller\"* OR \"mueller\"*)"_s;
    QTest::newRow("e-mail stays one phrase") << u"anna.mu"_s << u"\"anna.mu\"*"_s;
    QTest::newRow("phone") << u"0151 123"_s << u"phone_key : \"151123\"* OR \"0151123\"*"_s;
    QTest::newRow("digits without trunk") << u"1004711"_s << u"\"1004711\"*"_s;
    QTest::newRow("customer no. typed without dash") << u"K1004711"_s << u"\"k 1004711\"*"_s;
    QTest::newRow("e-mail with number") << u"Müller85"_s << u"(\"müller 85\"* OR \"mueller 85\"*)"_s;
    QTest::newRow("number among words")
        << u"Müller 0151"_s << u"(\"müller\"* OR \"mueller\"*) AND (\"0151\"* OR phone_key : \"151\"*)"_s;
}

void TestSearchText::ftsQueryQuotesEveryWordAsPrefix() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(SearchText::ftsQuery(input), expected);
}

void TestSearchText::ftsQueryNeverPassesSyntaxThrough_data() {
    QTest::addColumn<QString>("input");
    QTest::newRow("quote") << u"Mül\"ler"_s;
    QTest::newRow("lone quote word") << u"anna \" müller"_s;
    QTest::newRow("star") << u"m*"_s;
    QTest::newRow("parenthesis") << u"(anna OR bernd)"_s;
    QTest::newRow("NEAR") << u"NEAR(anna müller, 2)"_s;
    QTest::newRow("AND NOT") << u"anna AND NOT müller"_s;
    QTest::newRow("minus") << u"-anna"_s;
    QTest::newRow("column filter") << u"email:foo"_s;
    QTest::newRow("column set") << u"{name email}: foo"_s;
    QTest::newRow("caret") << u"^anna"_s;
    QTest::newRow("plus") << u"anna + müller"_s;
    QTest::newRow("NUL") << u"an\0na"_s;
}

// Outside the quoted phrases there may only be the operators ftsQuery itself writes.
void TestSearchText::ftsQueryNeverPassesSyntaxThrough() {
    QFETCH(QString, input);
    const QString expression = SearchText::ftsQuery(input);
    QVERIFY(!expression.isEmpty());
    QVERIFY(!expression.contains(QChar(0)));
    QString outside;
    bool inQuotes = false;
    for (qsizetype i = 0; i < expression.size(); ++i) {
        const QChar c = expression.at(i);
        if (c == u'"') {
            if (inQuotes && i + 1 < expression.size() && expression.at(i + 1) == u'"') {
                ++i; // escaped quote inside a phrase
                continue;
            }
            inQuotes = !inQuotes;
            outside += u'"';
            continue;
        }
        if (!inQuotes)
            outside += c;
    }
    QVERIFY2(!inQuotes, qPrintable(expression));
    outside.remove(u"phone_key :"_s);
    outside.remove(u" AND "_s);
    outside.remove(u" OR "_s);
    for (const QChar c : std::as_const(outside))
        QVERIFY2(c == u'"' || c == u'*' || c == u'(' || c == u')', qPrintable(expression));
}

void TestSearchText::ftsQueryIsEmptyWithoutSearchableCharacters_data() {
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   "_s;
    QTest::newRow("punctuation") << u"\"* ( ) - : ^ ."_s;
    QTest::newRow("quotes") << u"\"\"\""_s;
    QTest::newRow("control characters") << u"\t\n\0"_s;
}

void TestSearchText::ftsQueryIsEmptyWithoutSearchableCharacters() {
    QFETCH(QString, input);
    QCOMPARE(SearchText::ftsQuery(input), QString());
}

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
