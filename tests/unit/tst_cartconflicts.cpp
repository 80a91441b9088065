// A cart change the server refused as stale (412: the customer changed the online cart meanwhile):
// the choice waits for the server's cart from the feed, then "take theirs", "keep mine" or "merge"
// each drop this device's standing changes and, where needed, send the chosen lines on top of the
// server's version. A pull never hides a change still waiting to go out.
#include "CartChanges.h"
#include "CartConflicts.h"
#include "CartFeedApplier.h"
#include "CartJson.h"
#include "CartRepository.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "DomainExamples.h"
#include "OutboxRepository.h"
#include "ProductJson.h"
#include "ProductRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
namespace Ex = DomainExamples;

Q_DECLARE_METATYPE(CartConflicts::Resolution)

namespace {

const QString kStore = u"hh-moenckebergstrasse"_s;
const QString kSku = u"JKT-4711-M-NAVY"_s;

QJsonObject line(const QString& sku, int quantity, qint64 cents) {
    return {{u"sku"_s, sku},
            {u"name"_s, sku},
            {u"quantity"_s, quantity},
            {u"unit_price"_s, Money::eur(cents).toJson()}};
}

// The online cart as the carts feed serves it at version with lines.
FeedPage serverCart(qint64 version, const QJsonArray& lines) {
    QJsonObject cart = Ex::withValue(Ex::cart(), u"origin"_s, u"online"_s);
    cart[u"version"_s] = version;
    cart[u"lines"_s] = lines;
    FeedPage page;
    page.items = {cart};
    return page;
}

QString linesText(const QList<CartLine>& lines) {
    QStringList parts;
    for (const CartLine& l : lines)
        parts << u"%1:%2"_s.arg(l.sku).arg(l.quantity);
    return parts.join(u',');
}

} // namespace

class TestCartConflicts : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_run = 0;
    QString m_cartId = Ex::cart()[u"id"].toString();

    std::optional<Cart> cached() const { return CartRepository(m_db->sql()).find(m_cartId); }
    Status pull(const FeedPage& page) { return CartFeedApplier(m_db->sql()).apply(page); }
    // This device set the jacket to 2, then 3 pieces on version 2; the server answered the first
    // with 412 (it is at version 3), and the second waits behind it.
    qint64 refusedChange() {
        const Result<CartChanges::Changed> changed =
            CartChanges(*m_db).setQuantity(m_cartId, kSku, 2, {}, kStore);
        if (!changed || !CartChanges(*m_db).setQuantity(m_cartId, kSku, 3, {}, kStore))
            return 0;
        OutboxRepository outbox(m_db->sql());
        outbox.markSending(changed->entry.id);
        outbox.markConflict(changed->entry.id, makeError(u"version_mismatch"_s, u"stale"_s, 412),
                            R"({"code":"version_mismatch","status":412,"current_version":3})");
        return changed->entry.id;
    }

private Q_SLOTS:
    void init() {
        m_db.reset();
        m_db = Database::open(m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_run))).value();
        Customer customer;
        customer.id = Ex::cart()[u"customer_id"].toString();
        customer.version = 1;
        QVERIFY(CustomerRepository(m_db->sql()).upsert({customer}));
        QVERIFY(ProductRepository(m_db->sql()).upsert({ProductJson::fromJson(Ex::product()).value()}));
        QVERIFY(pull(serverCart(2, {line(kSku, 1, 12995)})));
    }

    void pullKeepsAChangeStillWaitingOnTopOfItsBase() {
        QVERIFY(CartChanges(*m_db).setQuantity(m_cartId, kSku, 4, {}, kStore));
        // The feed serves version 2 again (e.g. a full resync): the waiting 4 pieces stay shown.
        QVERIFY(pull(serverCart(2, {line(kSku, 1, 12995)})));
        QCOMPARE(cached()->lines.at(0).quantity, 4);
        // The server moved on (someone else's change): its view stands; the push will meet a 412.
        QVERIFY(pull(serverCart(3, {line(kSku, 1, 12995), line(u"SCF-0815-ONE-GREY"_s, 1, 2995)})));
        QCOMPARE(cached()->version, 3);
        QCOMPARE(linesText(cached()->lines), u"JKT-4711-M-NAVY:1,SCF-0815-ONE-GREY:1"_s);
        // A change built on what the cache shows now would drop the 4 pieces still waiting: refused
        // until the push has met its 412 and a person has compared both.
        const Result<CartChanges::Changed> onTop =
            CartChanges(*m_db).addToCart(m_cartId, kSku, 1, {}, kStore);
        QVERIFY(!onTop);
        QCOMPARE(onTop.error().code, u"local.cart_conflict"_s);
        QVERIFY(
            CartChanges::isOvertaken(OutboxRepository(m_db->sql()).list().value().constFirst(), cached()));
    }

    void choiceWaitsForTheServersCart() {
        const qint64 row = refusedChange();
        QVERIFY(row > 0);
        const auto conflict = CartConflicts::find(m_db->sql(), m_cartId);
        QVERIFY(conflict && conflict.value());
        QCOMPARE(conflict.value()->row.id, row);
        QCOMPARE(conflict.value()->serverVersion, 3);
        QCOMPARE(linesText(conflict.value()->mine), u"JKT-4711-M-NAVY:3"_s);
        QVERIFY(!conflict.value()->theirsKnown()); // the cache still holds version 2
        const auto refused =
            CartConflicts(*m_db).resolve(m_cartId, CartConflicts::Resolution::Merge, {}, kStore);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"local.cart_server_version_missing"_s);
        QCOMPARE(OutboxRepository(m_db->sql()).find(row)->state, u"conflict"_s);
    }

    void resolutionGoesThroughTheOutbox_data() {
        QTest::addColumn<CartConflicts::Resolution>("resolution");
        QTest::addColumn<QString>("lines");
        QTest::addColumn<bool>("sent");
        // The customer added a scarf online and took the jacket down to nothing (removed it).
        QTest::newRow("take the customer's")
            << CartConflicts::Resolution::TakeTheirs << u"SCF-0815-ONE-GREY:2"_s << false;
        QTest::newRow("keep mine") << CartConflicts::Resolution::KeepMine << u"JKT-4711-M-NAVY:3"_s << true;
        QTest::newRow("merge") << CartConflicts::Resolution::Merge
                               << u"SCF-0815-ONE-GREY:2,JKT-4711-M-NAVY:3"_s << true;
    }
    void resolutionGoesThroughTheOutbox() {
        QFETCH(CartConflicts::Resolution, resolution);
        QFETCH(QString, lines);
        QFETCH(bool, sent);
        const qint64 row = refusedChange();
        QVERIFY(row > 0);
        QVERIFY(pull(serverCart(3, {line(u"SCF-0815-ONE-GREY"_s, 2, 2995)})));
        const auto conflict = CartConflicts::find(m_db->sql(), m_cartId);
        QVERIFY(conflict.value()->theirsKnown());
        QCOMPARE(linesText(CartConflicts::resultLines(*conflict.value(), resolution)), lines);

        const auto resolved = CartConflicts(*m_db).resolve(m_cartId, resolution, u"st-hh-0012"_s, kStore);
        QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.error().detail));
        QCOMPARE(OutboxRepository(m_db->sql()).find(row)->state, u"discarded"_s);
        QCOMPARE(OutboxRepository(m_db->sql()).find(row + 1)->state, u"discarded"_s);
        QCOMPARE(resolved->has_value(), sent);
        QCOMPARE(linesText(cached()->lines), lines);
        QCOMPARE(cached()->version, 3);
        if (sent) {
            const OutboxEntry& put = resolved->value().entry;
            QCOMPARE(put.ifMatch, std::optional<qint64>(3)); // on top of the customer's version
            QCOMPARE(put.state, u"pending"_s);
            QCOMPARE(QJsonDocument::fromJson(put.payload)[u"origin"].toString(), u"online"_s);
        }
        QVERIFY(!CartConflicts::find(m_db->sql(), m_cartId).value().has_value());
        // The cart takes changes again.
        QVERIFY(CartChanges(*m_db).addToCart(m_cartId, kSku, 1, {}, kStore));
    }

    void mergeOfEqualVersionsSendsNothing() {
        refusedChange();
        QVERIFY(pull(serverCart(3, {line(kSku, 3, 12995)})));
        const auto resolved =
            CartConflicts(*m_db).resolve(m_cartId, CartConflicts::Resolution::Merge, {}, kStore);
        QVERIFY(resolved);
        QVERIFY(!resolved->has_value());
        QCOMPARE(OutboxRepository(m_db->sql()).counts()->pending, 0);
    }

    void withoutAConflictThereIsNothingToResolve() {
        const auto resolved =
            CartConflicts(*m_db).resolve(m_cartId, CartConflicts::Resolution::KeepMine, {}, kStore);
        QVERIFY(!resolved);
        QCOMPARE(resolved.error().code, u"local.cart_no_conflict"_s);
    }
};

QTEST_GUILESS_MAIN(TestCartConflicts)
#include "tst_cartconflicts.moc"
