// Which sales channels the client and the server take from a feed, a consent change or a return: the
// five shapes exactly, nothing around them (a hostile "store\n" is not the store); the same for the
// UTF-16 texts of the QJson readers and the UTF-8 ones of the sync's feed decoders.
#include "SalesChannel.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSalesChannel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void channels_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        for (const QString& channel : {u"webshop"_s, u"app"_s, u"store"_s, u"phone"_s, u"marketplace:otto"_s,
                                       u"marketplace:amazon_de-2"_s, u"marketplace:"_s + QString(40, u'x')})
            QTest::addRow("%s", qPrintable(channel)) << channel << true;
        QTest::addRow("final line feed") << u"store\n"_s << false;
        QTest::addRow("leading line feed") << u"\nstore"_s << false;
        QTest::addRow("marketplace name with a line feed") << u"marketplace:otto\n"_s << false;
        QTest::addRow("trailing space") << u"store "_s << false;
        QTest::addRow("capitals") << u"Webshop"_s << false;
        QTest::addRow("marketplace without a name") << u"marketplace:"_s << false;
        QTest::addRow("marketplace name of 41") << u"marketplace:"_s + QString(41, u'x') << false;
        QTest::addRow("marketplace name with capitals") << u"marketplace:Otto"_s << false;
        QTest::addRow("umlaut") << u"marketplace:büro"_s << false;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("two channels") << u"store|app"_s << false;
        QTest::addRow("a prefix of a channel") << u"web"_s << false;
        QTest::addRow("NUL after the channel") << u"store"_s + QChar(0) << false;
    }
    void channels() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(SalesChannel::isValid(text), valid);
        const QByteArray utf8 = text.toUtf8();
        QCOMPARE(SalesChannel::isValid(std::string_view(utf8.constData(), size_t(utf8.size()))), valid);
    }
};

QTEST_GUILESS_MAIN(TestSalesChannel)
#include "tst_saleschannel.moc"
