// Customers written from rows worked out ahead (CustomerRow, as the feed's decoding thread builds
// them) land in the cache exactly as before: NULL and '' kept apart like QSqlQuery did, the search
// index with the same folded text, consents replaced; an update that changes a searchable field,
// if only its case, is re-indexed.
#include "CustomerFeedApplier.h"
#include "CustomerJson.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "FeedPage.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Customer customer(const QString& id) {
    Customer c;
    c.id = id;
    c.customerNo = u"K-1004711"_s;
    c.firstName = u"Jürgen"_s;
    c.lastName = u"Meier-Lüdenscheidt"_s;
    c.email = QString(); // NULL
    c.phone = u""_s;     // ''
    c.street = u"Mönckebergstraße 7"_s;
    c.postcode = u"20095"_s;
    c.city = u"Hamburg"_s;
    c.country = u"DE"_s;
    c.loyaltyCard = u"2932810781856"_s;
    c.loyaltyTier = u"gold"_s;
    c.loyaltyPoints = 1234;
    c.customerSince = QDate(2012, 9, 30);
    c.version = 3;
    c.updatedAt = QDateTime(QDate(2025, 3, 5), QTime(10, 31), Qt::UTC);
    c.consents = {{u"email"_s, true, QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 6), Qt::UTC), u"store"_s},
                  {u"sms"_s, false, QDateTime(), QString()}};
    return c;
}

QStringList dump(QSqlDatabase db, const QString& sql) {
    QSqlQuery query(db);
    if (!query.exec(sql))
        qWarning() << "dump failed:" << sql;
    QStringList rows;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values.append(query.isNull(i) ? u"<NULL>"_s : u"'%1'"_s.arg(query.value(i).toString()));
        rows.append(values.join(u'|'));
    }
    return rows;
}

QStringList everything(QSqlDatabase db) {
    return dump(db, u"SELECT * FROM customers ORDER BY rowid"_s) +
           dump(db, u"SELECT rowid, * FROM customers_fts ORDER BY rowid"_s) +
           dump(db, u"SELECT * FROM customer_consents ORDER BY customer_id, purpose"_s);
}

} // namespace

class TestCustomerRow : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    std::unique_ptr<Database> open(const QString& name) {
        Result<std::unique_ptr<Database>> opened = Database::open(m_dir->filePath(name));
        if (!opened)
            qWarning() << opened.error().toString();
        return opened ? std::move(opened).value() : nullptr;
    }

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void nullAndEmptyStayApart() {
        const std::unique_ptr<Database> db = open(u"a.sqlite"_s);
        QVERIFY(db);
        QVERIFY(CustomerRepository(db->sql()).upsert({customer(u"c-1"_s)}));
        QCOMPARE(
            dump(db->sql(), u"SELECT email IS NULL, phone = '', customer_since, updated_at FROM customers"_s),
            QStringList{u"'1'|'1'|'2012-09-30'|'2025-03-05T10:31:00.000Z'"_s});
        QCOMPARE(
            dump(db->sql(), u"SELECT purpose, granted, changed_utc, source FROM customer_consents"_s),
            (QStringList{u"'email'|'1'|'2024-01-02T03:04:05.006Z'|'store'"_s, u"'sms'|'0'|<NULL>|<NULL>"_s}));
        QCOMPARE(CustomerRepository(db->sql()).find(u"c-1"_s)->consents, customer(u"c-1"_s).consents);
    }

    // The feed's way (decoded ahead into rows) and the repository's way for local changes give the
    // same tables, index included, also when a second page changes the same customers.
    void feedPageDecodedAheadStoresTheSameAsUpsertingCustomers() {
        const std::unique_ptr<Database> direct = open(u"direct.sqlite"_s);
        const std::unique_ptr<Database> fed = open(u"fed.sqlite"_s);
        QVERIFY(direct && fed);
        CustomerFeedApplier applier(fed->sql());
        QList<Customer> first{customer(u"c-1"_s), customer(u"c-2"_s)};
        first[1].email = u"j.meier@example.de"_s;
        first[1].phone = u"+49 40 1234567"_s;
        QList<Customer> second = first;
        second[0].loyaltyPoints = 99;                // the searchable text stays
        second[1].lastName = u"Meier-Lüdenscheid"_s; // the name changes
        second[1].consents.removeLast();
        for (const QList<Customer>& customers : {first, second}) {
            FeedPage page;
            QList<Customer> decoded; // what the feed's codec makes of them (a null e-mail comes as '')
            for (const Customer& c : customers) {
                page.items.append(CustomerJson::toJson(c));
                decoded.append(CustomerJson::fromJson(page.items.last().toObject()).value());
            }
            QVERIFY(CustomerRepository(direct->sql()).upsert(decoded));
            applier.decode(page);
            QVERIFY(page.decoded.has_value());
            QVERIFY(applier.apply(page));
            QCOMPARE(everything(fed->sql()), everything(direct->sql()));
        }
        const Result<CustomerSearchResult> found = CustomerRepository(fed->sql()).search(u"lüdenscheidt"_s);
        QVERIFY(found);
        QCOMPARE(found->rows.size(), 1);
        QCOMPARE(found->rows.first().id, u"c-1"_s); // c-2 lost the old name
    }

    void aChangeOfASearchableFieldIsReindexed() {
        const std::unique_ptr<Database> db = open(u"case.sqlite"_s);
        QVERIFY(db);
        CustomerRepository repository(db->sql());
        Customer c = customer(u"c-1"_s);
        QVERIFY(repository.upsert({c}));
        const QString name = u"SELECT name FROM customers_fts WHERE rowid = 1"_s;
        QVERIFY(dump(db->sql(), name).first().startsWith(u"'Jürgen "_s));
        c.firstName = u"JÜRGEN"_s; // only the case
        QVERIFY(repository.upsert({c}));
        QVERIFY(dump(db->sql(), name).first().startsWith(u"'JÜRGEN "_s));
        QCOMPARE(dump(db->sql(), u"SELECT count(*) FROM customers_fts"_s), QStringList{u"'1'"_s});
        QCOMPARE(repository.search(u"jürgen"_s)->rows.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCustomerRow)
#include "tst_customerrow.moc"
