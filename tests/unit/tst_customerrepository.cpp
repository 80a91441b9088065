#include "CustomerRepository.h"
#include "Database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

Customer makeCustomer(const QString& id, const QString& first, const QString& last, const QString& email,
                      const QString& phone, const QString& customerNo, const QString& card) {
    Customer c;
    c.id = id;
    c.firstName = first;
    c.lastName = last;
    c.email = email;
    c.phone = phone;
    c.customerNo = customerNo;
    c.loyaltyCard = card;
    c.version = 1;
    return c;
}

// The cast of the search tests; ids name them for readable expectations.
QList<Customer> fixture() {
    return {
        makeCustomer(u"anna-mueller"_s, u"Anna"_s, u"Müller"_s, u"anna.mueller@example.de"_s,
                     u"+4915112345678"_s, u"K-1004711"_s, u"2900012345678"_s),
        makeCustomer(u"bernd-mueller"_s, u"Bernd"_s, u"Mueller"_s, u"b.mueller@mail.de"_s, u"+49301234567"_s,
                     u"K-1004712"_s, u"2900012345685"_s),
        makeCustomer(u"clara-strauss"_s, u"Clara"_s, u"Strauß"_s, u"clara@strauss-family.at"_s,
                     u"+436641234567"_s, u"K-2000001"_s, u"2900099999999"_s),
        makeCustomer(u"dieter-strauss"_s, u"Dieter"_s, u"Strauss"_s, u"dieter.strauss77@example.com"_s,
                     u"+4917098765432"_s, u"K-2000002"_s, u"4000000000001"_s),
        makeCustomer(u"juergen-schmidt"_s, u"Jürgen"_s, u"Schmidt"_s, u"js@example.de"_s, u"+4989123456"_s,
                     u"K-3000003"_s, QString()),
        makeCustomer(u"anna-schmidt"_s, u"Anna"_s, u"Schmidt"_s, u"anna.schmidt@web.de"_s,
                     u"+4915199999999"_s, u"K-3000004"_s, QString()),
    };
}

QStringList sortedIds(const CustomerSearchResult& result) {
    QStringList ids;
    for (const Customer& c : result.rows)
        ids.append(c.id);
    ids.sort();
    return ids;
}

} // namespace

class TestCustomerRepository : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void upsertStoresEveryFieldAndFindReturnsIt();
    void upsertUpdatesByIdInsteadOfDuplicating();
    void upsertRefusesACustomerWithoutId();
    void findOfAnUnknownIdGivesNothing();
    void removeDeletesTheCustomerAndIgnoresUnknownIds();

    void searchFindsByNameEmailPhoneNumberAndCard_data();
    void searchFindsByNameEmailPhoneNumberAndCard();
    void searchSortsByLastThenFirstName();
    void searchStopsAtTheLimitAndSaysSo();
    void searchFindsTheNewNameAfterAnUpdateAndNotTheOldOne();
    void searchStillFindsACustomerAfterAnUpdateThatLeavesTheTextAlone();
    void searchDoesNotFindARemovedCustomer();
    void searchWithHostileInputNeverFails_data();
    void searchWithHostileInputNeverFails();
    void purgeLeavesNoTextOfAnErasedCustomerInTheFiles();

private:
    CustomerSearchResult search(const QString& query, int limit = 100);
    int pendingPurges();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CustomerRepository> m_repo;
};

void TestCustomerRepository::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Database>> opened = Database::open(m_dir->filePath(u"cache.sqlite"_s));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
    m_db = std::move(opened).value();
    m_repo = std::make_unique<CustomerRepository>(m_db->sql());
    const Status stored = m_repo->upsert(fixture());
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().toString()));
}

void TestCustomerRepository::cleanup() {
    m_repo.reset();
    m_db.reset();
    m_dir.reset();
}

CustomerSearchResult TestCustomerRepository::search(const QString& query, int limit) {
    const Result<CustomerSearchResult> found = m_repo->search(query, limit);
    if (!found) {
        qWarning("search for a test query failed: %s", qPrintable(found.error().toString()));
        return {};
    }
    return found.value();
}

int TestCustomerRepository::pendingPurges() {
    QSqlQuery query(m_db->sql());
    if (!query.exec(u"SELECT count(*) FROM settings WHERE key = 'customers_fts_purge_pending'"_s) ||
        !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestCustomerRepository::upsertStoresEveryFieldAndFindReturnsIt() {
    Customer c = makeCustomer(u"full"_s, u"Käthe"_s, u"Groß"_s, u"kaethe@example.de"_s, u"+4930555123"_s,
                              u"K-9000001"_s, u"2900000000011"_s);
    c.street = u"Hauptstraße 1"_s;
    c.postcode = u"10115"_s;
    c.city = u"Berlin"_s;
    c.country = u"DE"_s;
    c.loyaltyTier = u"gold"_s;
    c.loyaltyPoints = 1234;
    c.preferredStoreId = u"store-7"_s;
    c.customerSince = QDate(2019, 4, 1);
    c.version = 42;
    c.updatedAt = QDateTime(QDate(2024, 6, 30), QTime(23, 59, 58, 123), Qt::UTC);
    QVERIFY(m_repo->upsert({c}).ok());

    const std::optional<Customer> found = m_repo->find(u"full"_s);
    QVERIFY(found.has_value());
    QCOMPARE(found->updatedAt, c.updatedAt);
    QCOMPARE(found->customerSince, c.customerSince);
    QVERIFY(*found == c);
    QCOMPARE(m_repo->count().value(), qint64(fixture().size() + 1));
}

void TestCustomerRepository::upsertUpdatesByIdInsteadOfDuplicating() {
    Customer changed = fixture().first();
    changed.city = u"Hamburg"_s;
    changed.version = 2;
    QVERIFY(m_repo->upsert({changed}).ok());
    QCOMPARE(m_repo->count().value(), qint64(fixture().size()));
    QCOMPARE(m_repo->find(changed.id)->city, u"Hamburg"_s);
    QCOMPARE(m_repo->find(changed.id)->version, qint64(2));

    // The same id twice in one page: the later one wins.
    Customer later = changed;
    later.city = u"Kiel"_s;
    QVERIFY(m_repo->upsert({changed, later}).ok());
    QCOMPARE(m_repo->count().value(), qint64(fixture().size()));
    QCOMPARE(m_repo->find(changed.id)->city, u"Kiel"_s);
}

void TestCustomerRepository::upsertRefusesACustomerWithoutId() {
    Customer nobody = fixture().first();
    nobody.id.clear();
    const Status status = m_repo->upsert({nobody});
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, u"store.query"_s);
}

void TestCustomerRepository::findOfAnUnknownIdGivesNothing() {
    QVERIFY(!m_repo->find(u"no-such-id"_s).has_value());
}

void TestCustomerRepository::removeDeletesTheCustomerAndIgnoresUnknownIds() {
    QVERIFY(m_repo->remove({}).ok());
    QVERIFY(m_repo->remove({u"no-such-id"_s}).ok());
    QCOMPARE(pendingPurges(), 0); // nothing was erased, so nothing to purge
    QVERIFY(m_repo->remove({u"anna-mueller"_s, u"no-such-id"_s}).ok());
    QVERIFY(!m_repo->find(u"anna-mueller"_s).has_value());
    QCOMPARE(m_repo->count().value(), qint64(fixture().size() - 1));
    QVERIFY(m_repo->remove({u"anna-mueller"_s}).ok()); // a repeated tombstone
    QSqlQuery fts(m_db->sql());
    QVERIFY(fts.exec(u"SELECT count(*) FROM customers_fts"_s) && fts.next());
    QCOMPARE(fts.value(0).toLongLong(), qint64(fixture().size() - 1));
}

void TestCustomerRepository::searchFindsByNameEmailPhoneNumberAndCard_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const QStringList muellers = {u"anna-mueller"_s, u"bernd-mueller"_s};
    const QStringList strausses = {u"clara-strauss"_s, u"dieter-strauss"_s};

    QTest::newRow("muller without umlaut") << u"muller"_s << QStringList{u"anna-mueller"_s};
    QTest::newRow("müller finds Müller and Mueller") << u"müller"_s << muellers;
    QTest::newRow("mueller finds Müller and Mueller") << u"mueller"_s << muellers;
    QTest::newRow("MÜLLER in capitals") << u"MÜLLER"_s << muellers;
    QTest::newRow("Strauß") << u"Strauß"_s << strausses;
    QTest::newRow("strauss") << u"strauss"_s << strausses;
    QTest::newRow("Strauss") << u"Strauss"_s << strausses;
    QTest::newRow("as you type: mü") << u"mü"_s << muellers;
    QTest::newRow("as you type: müll") << u"müll"_s << muellers;
    QTest::newRow("first name with umlaut") << u"Jürgen"_s << QStringList{u"juergen-schmidt"_s};
    QTest::newRow("first name transliterated") << u"juergen"_s << QStringList{u"juergen-schmidt"_s};
    QTest::newRow("first name only") << u"anna"_s << QStringList{u"anna-mueller"_s, u"anna-schmidt"_s};
    QTest::newRow("first then last") << u"Anna Müller"_s << QStringList{u"anna-mueller"_s};
    QTest::newRow("last then first") << u"müller anna"_s << QStringList{u"anna-mueller"_s};
    QTest::newRow("two prefixes") << u"an schm"_s << QStringList{u"anna-schmidt"_s};
    QTest::newRow("e-mail prefix") << u"anna.mu"_s << QStringList{u"anna-mueller"_s};
    QTest::newRow("e-mail with @") << u"dieter.strauss77@exa"_s << QStringList{u"dieter-strauss"_s};
    QTest::newRow("e-mail name and number") << u"strauss7"_s << QStringList{u"dieter-strauss"_s};
    QTest::newRow("phone +49 spaced") << u"+49 151 1234 5678"_s << QStringList{u"anna-mueller"_s};
    QTest::newRow("phone national with dash") << u"0151-12345678"_s << QStringList{u"anna-mueller"_s};
    QTest::newRow("phone 0049") << u"004915112345678"_s << QStringList{u"anna-mueller"_s};
    QTest::newRow("phone partial") << u"0151 123"_s << QStringList{u"anna-mueller"_s};
    QTest::newRow("phone area prefix") << u"0151"_s << QStringList{u"anna-mueller"_s, u"anna-schmidt"_s};
    QTest::newRow("phone landline") << u"030 123"_s << QStringList{u"bernd-mueller"_s};
    QTest::newRow("phone Austria") << u"+43 664 123"_s << QStringList{u"clara-strauss"_s};
    QTest::newRow("name and phone") << u"Anna 015199"_s << QStringList{u"anna-schmidt"_s};
    QTest::newRow("customer no. without dash") << u"K1004711"_s << QStringList{u"anna-mueller"_s};
    QTest::newRow("customer no. digits") << u"1004711"_s << QStringList{u"anna-mueller"_s};
    QTest::newRow("customer no. as printed") << u"K-1004711"_s << QStringList{u"anna-mueller"_s};
    QTest::newRow("customer no. prefix") << u"k100471"_s << muellers;
    QTest::newRow("loyalty card") << u"2900012345678"_s << QStringList{u"anna-mueller"_s};
    QTest::newRow("loyalty card prefix") << u"290001"_s << muellers;
    QTest::newRow("loyalty card shorter prefix")
        << u"29000"_s << QStringList{u"anna-mueller"_s, u"bernd-mueller"_s, u"clara-strauss"_s};
    QTest::newRow("no match") << u"xaver"_s << QStringList{};
    QTest::newRow("only punctuation") << u"*** -- ()"_s << QStringList{};
    QTest::newRow("empty") << QString() << QStringList{};
}

void TestCustomerRepository::searchFindsByNameEmailPhoneNumberAndCard() {
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    const Result<CustomerSearchResult> found = m_repo->search(query);
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().toString()));
    QCOMPARE(sortedIds(found.value()), expected);
    QVERIFY(!found->truncated);
}

void TestCustomerRepository::searchSortsByLastThenFirstName() {
    QList<Customer> people;
    const QStringList names = {u"Zoe Zander"_s, u"Bernd Ärger"_s, u"Anna Adler"_s,
                               u"Zoe Müller"_s, u"Anna Müller"_s, u"Carl Becker"_s};
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QStringList parts = names.at(i).split(u' ');
        people.append(makeCustomer(u"sort-%1"_s.arg(i), parts.at(0), parts.at(1),
                                   u"p%1@sortierung.example"_s.arg(i), QString(), QString(), QString()));
    }
    QVERIFY(m_repo->upsert(people).ok());
    const CustomerSearchResult found = search(u"sortierung"_s);
    QStringList order;
    for (const Customer& c : found.rows)
        order.append(c.displayName());
    // German order: Ä sorts with A.
    QCOMPARE(order, (QStringList{u"Anna Adler"_s, u"Bernd Ärger"_s, u"Carl Becker"_s, u"Anna Müller"_s,
                                 u"Zoe Müller"_s, u"Zoe Zander"_s}));
}

void TestCustomerRepository::searchStopsAtTheLimitAndSaysSo() {
    QList<Customer> many;
    for (int i = 0; i < 30; ++i) {
        many.append(makeCustomer(u"lang-%1"_s.arg(i), u"Kim"_s, u"Lang"_s, QString(), QString(),
                                 u"L-%1"_s.arg(i), QString()));
    }
    QVERIFY(m_repo->upsert(many).ok());

    CustomerSearchResult found = search(u"lang"_s, 10);
    QCOMPARE(found.rows.size(), 10);
    QVERIFY(found.truncated);
    found = search(u"lang"_s, 30);
    QCOMPARE(found.rows.size(), 30);
    QVERIFY(!found.truncated);
    found = search(u"lang"_s, 31);
    QCOMPARE(found.rows.size(), 30);
    QVERIFY(!found.truncated);
    QVERIFY(search(u"lang"_s, 0).rows.isEmpty());
}

void TestCustomerRepository::searchFindsTheNewNameAfterAnUpdateAndNotTheOldOne() {
    Customer married = fixture().first();
    married.lastName = u"Neumann"_s;
    married.email = u"anna.neumann@example.de"_s;
    married.phone = u"+4917612121212"_s;
    QVERIFY(m_repo->upsert({married}).ok());

    QCOMPARE(sortedIds(search(u"müller"_s)), QStringList{u"bernd-mueller"_s});
    QCOMPARE(sortedIds(search(u"anna.mu"_s)), QStringList{});
    QCOMPARE(sortedIds(search(u"0151 1234"_s)), QStringList{});
    QCOMPARE(sortedIds(search(u"neumann"_s)), QStringList{u"anna-mueller"_s});
    QCOMPARE(sortedIds(search(u"0176 1212"_s)), QStringList{u"anna-mueller"_s});
}

void TestCustomerRepository::searchStillFindsACustomerAfterAnUpdateThatLeavesTheTextAlone() {
    Customer richer = fixture().first();
    richer.loyaltyPoints = 500;
    richer.version = 2;
    QVERIFY(m_repo->upsert({richer}).ok());
    QCOMPARE(sortedIds(search(u"anna müller"_s)), QStringList{u"anna-mueller"_s});
    QCOMPARE(search(u"anna müller"_s).rows.first().loyaltyPoints, 500);
}

void TestCustomerRepository::searchDoesNotFindARemovedCustomer() {
    QVERIFY(m_repo->remove({u"anna-mueller"_s}).ok());
    QCOMPARE(sortedIds(search(u"anna müller"_s)), QStringList{});
    QCOMPARE(sortedIds(search(u"anna"_s)), QStringList{u"anna-schmidt"_s});
    QCOMPARE(sortedIds(search(u"K1004711"_s)), QStringList{});
    QCOMPARE(sortedIds(search(u"+49 151 1234 5678"_s)), QStringList{});
}

void TestCustomerRepository::searchWithHostileInputNeverFails_data() {
    QTest::addColumn<QString>("query");
    const QStringList hostile = {
        u"\""_s,
        u"\"\""_s,
        u"\"*"_s,
        u"*"_s,
        u"m*"_s,
        u"*anna"_s,
        u"("_s,
        u")"_s,
        u"(anna"_s,
        u"NEAR"_s,
        u"NEAR(anna müller, 2)"_s,
        u"anna NEAR müller"_s,
        u"AND"_s,
        u"anna AND"_s,
        u"OR müller"_s,
        u"NOT"_s,
        u"anna NOT müller"_s,
        u"-"_s,
        u"-anna"_s,
        u":"_s,
        u"name:anna"_s,
        u"{name email}:anna"_s,
        u"^"_s,
        u"^anna"_s,
        u"+"_s,
        u"anna + müller"_s,
        u"mül\"ler"_s,
        u"\"müller\" OR 1=1"_s,
        u"'; DROP TABLE customers; --"_s,
        u"\\"_s,
        u"\0"_s,
        u"an\0na"_s,
        u"ü\u0308"_s,
        u"😀 anna"_s,
        u"@"_s,
        u"."_s,
        u"+49"_s,
        u"0049"_s,
        u"+49 (0)"_s,
        u"00000"_s,
        QString(2000, u'a'),
        QString(500, u'"'),
        u"a b c d e f g h i j k l m n o p q r s t u v w x y z"_s,
    };
    for (qsizetype i = 0; i < hostile.size(); ++i)
        QTest::addRow("hostile %d", int(i)) << hostile.at(i);
}

void TestCustomerRepository::searchWithHostileInputNeverFails() {
    QFETCH(QString, query);
    const Result<CustomerSearchResult> found = m_repo->search(query);
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().toString()));
    QCOMPARE(m_repo->count().value(), qint64(fixture().size()));
}

void TestCustomerRepository::purgeLeavesNoTextOfAnErasedCustomerInTheFiles() {
    const Customer erased =
        makeCustomer(u"erase-me"_s, u"Quetzalia"_s, u"Xylophonowa"_s, u"zzyzxmail@erasure.example"_s,
                     u"+4916077553311"_s, u"K-7775551"_s, u"2977553311000"_s);
    QVERIFY(m_repo->upsert({erased}).ok());
    QVERIFY(m_db->transaction([&] { return m_repo->remove({erased.id}); }).ok());
    QCOMPARE(pendingPurges(), 1);
    QVERIFY(m_repo->purgeErasedText().ok());
    QCOMPARE(pendingPurges(), 0);
    QVERIFY(m_repo->purgeErasedText().ok()); // nothing left to do
    QCOMPARE(m_repo->count().value(), qint64(fixture().size()));
    QCOMPARE(sortedIds(search(u"anna"_s)), (QStringList{u"anna-mueller"_s, u"anna-schmidt"_s}));

    const QString path = m_db->path();
    m_repo.reset();
    m_db.reset();
    QByteArray bytes;
    for (const QString& file : {path, path + u"-wal"_s}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    QVERIFY(!bytes.isEmpty());
    bytes = bytes.toLower();
    for (const QByteArray& secret :
         {QByteArrayLiteral("quetzalia"), QByteArrayLiteral("xylophonowa"), QByteArrayLiteral("zzyzxmail"),
          QByteArrayLiteral("7775551"), QByteArrayLiteral("16077553311"), QByteArrayLiteral("2977553311000")})
        QVERIFY2(!bytes.contains(secret), secret.constData());
}

QTEST_GUILESS_MAIN(TestCustomerRepository)
#include "tst_customerrepository.moc"
