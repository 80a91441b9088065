#include "CartHandOn.h"

#include "ApiClient.h"
#include "CartJson.h"
#include "CartRepository.h"
#include "CurlTransport.h"
#include "Database.h"
#include "Enrollment.h"
#include "OrderJson.h"
#include "OrderRepository.h"
#include "OutboxEntry.h"
#include "OutboxRepository.h"
#include "SyncLog.h"

#include <QUuid>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

// Keys of hand-ons are derived from what is handed on, so a retry replays instead of acting twice.
const QUuid kHandOffKeySpace{u"4f7c2a1e-93b8-4d55-a1c6-2e0f8b9d7c31"_s};

Error needsNetwork(const Error& cause) {
    return makeError(u"local.needs_network", cause.detail.isEmpty() ? cause.code : cause.detail);
}

// The server's refusal as it is; a missing connection as local.needs_network.
Error fromServer(const Error& error) {
    return error.isNetwork() ? needsNetwork(error) : error;
}

struct Connection {
    std::unique_ptr<Database> database;
    std::unique_ptr<CurlTransport> transport;
    std::unique_ptr<ApiClient> api;
    Error error;
};

Connection openConnection(const Profile& profile) {
    Connection c;
    const Result<Enrollment::Credentials> credentials = Enrollment::loadCredentials(profile);
    if (!credentials) {
        c.error = credentials.error();
        return c;
    }
    Result<std::unique_ptr<Database>> database = Database::open(profile.databasePath());
    if (!database) {
        c.error = database.error();
        return c;
    }
    c.database = std::move(database).value();
    c.transport = std::make_unique<CurlTransport>();
    c.api = std::make_unique<ApiClient>(*c.transport, credentials->serverUrl, credentials->token);
    return c;
}

// Changes of the cart the server has not taken (or refused and someone must resolve).
Status checkNothingWaiting(Database& database, const QString& cartId) {
    const Result<QList<OutboxEntry>> rows = OutboxRepository(database.sql()).forEntity(u"cart"_s, cartId);
    if (!rows)
        return rows.error();
    for (const OutboxEntry& row : rows.value()) {
        if (row.state == OutboxState::kPending || row.state == OutboxState::kSending ||
            row.state == OutboxState::kFailed || row.state == OutboxState::kConflict)
            return makeError(
                u"local.cart_changes_pending",
                u"cart %1 has outbox row %2 in state %3"_s.arg(cartId).arg(row.id).arg(row.state));
    }
    return {};
}

} // namespace

QString CartHandOn::Outcome::tillQrPayload() const {
    return cart.handoffCode.isEmpty() ? QString() : kQrPrefix.toString() + cart.handoffCode;
}

CartHandOn::CartHandOn(Profile profile, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_watcher(new QFutureWatcher<Outcome>(this)) {
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher->result();
        // Only a lost answer keeps the key for a retry of the same draft; any answer settles the order.
        if (outcome.kind == Kind::Order && outcome.error.code != u"local.needs_network") {
            m_lastFailedKey.clear();
            m_lastFailedDraft = {};
        }
        Q_EMIT finished(outcome);
    });
}

CartHandOn::~CartHandOn() {
    m_watcher->waitForFinished();
}

bool CartHandOn::isBusy() const {
    return m_watcher->isRunning();
}

void CartHandOn::start(Kind kind, const std::function<Outcome()>& work) {
    if (isBusy()) {
        Outcome busy;
        busy.kind = kind;
        busy.error = makeError(u"local.busy", u"another hand-on is still running"_s);
        Q_EMIT finished(busy);
        return;
    }
    m_watcher->setFuture(QtConcurrent::run(work));
}

void CartHandOn::handToTill(const QString& cartId, const QString& staffId) {
    start(Kind::Till,
          [profile = m_profile, cartId, staffId] { return handToTillNow(profile, cartId, staffId); });
}

void CartHandOn::handToOnlineAccount(const QString& cartId, const QString& staffId) {
    start(Kind::OnlineAccount, [profile = m_profile, cartId, staffId] {
        return handToOnlineAccountNow(profile, cartId, staffId);
    });
}

void CartHandOn::placeOrder(const OrderDraft& draft, const QString& staffId) {
    if (m_lastFailedKey.isEmpty() || !(m_lastFailedDraft == draft)) {
        m_lastFailedDraft = draft;
        m_lastFailedKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    start(Kind::Order, [profile = m_profile, draft, staffId, key = m_lastFailedKey] {
        return placeOrderNow(profile, draft, staffId, key);
    });
}

CartHandOn::Outcome CartHandOn::handToTillNow(const Profile& profile, const QString& cartId,
                                              const QString& staffId) {
    return handOff(profile, Kind::Till, cartId, staffId);
}

CartHandOn::Outcome CartHandOn::handToOnlineAccountNow(const Profile& profile, const QString& cartId,
                                                       const QString& staffId) {
    return handOff(profile, Kind::OnlineAccount, cartId, staffId);
}

CartHandOn::Outcome CartHandOn::handOff(const Profile& profile, Kind kind, const QString& cartId,
                                        const QString& staffId) {
    Outcome outcome;
    outcome.kind = kind;
    outcome.cartId = cartId;
    Connection c = openConnection(profile);
    if (!c.database) {
        outcome.error = c.error;
        return outcome;
    }
    const std::optional<Cart> cached = CartRepository(c.database->sql()).find(cartId);
    if (!cached) {
        outcome.error = makeError(u"local.cart_unknown", u"cart %1 is not cached"_s.arg(cartId));
        return outcome;
    }
    // What the server would refuse for sure, said without asking it (same codes as the server's).
    if (cached->lines.isEmpty()) {
        outcome.error = makeError(u"cart_empty", u"cart %1 has no lines"_s.arg(cartId));
        return outcome;
    }
    if (kind == Kind::OnlineAccount && cached->customerId.isEmpty()) {
        outcome.error = makeError(u"customer_required", u"cart %1 is anonymous"_s.arg(cartId));
        return outcome;
    }
    if (kind == Kind::OnlineAccount && cached->origin == u"online") {
        outcome.error = makeError(u"local.cart_already_online", u"cart %1 is an online cart"_s.arg(cartId));
        return outcome;
    }
    if (Status waiting = checkNothingWaiting(*c.database, cartId); !waiting) {
        outcome.error = waiting.error();
        return outcome;
    }
    if (cached->version < 1) { // never reached the server, and no row is on its way there
        outcome.error =
            makeError(u"local.cart_changes_pending", u"cart %1 has no server version"_s.arg(cartId));
        return outcome;
    }
    const QString target = kind == Kind::Till ? u"till"_s : u"online"_s;
    const QString key =
        QUuid::createUuidV5(kHandOffKeySpace, u"%1:%2:%3"_s.arg(cartId).arg(cached->version).arg(target))
            .toString(QUuid::WithoutBraces);
    const Result<QJsonObject> answer = c.api->handOffCart(cartId, target, cached->version, key, staffId);
    if (!answer) {
        outcome.error = fromServer(answer.error());
        qCInfo(lcSync) << "cart hand-on refused:" << outcome.error.code;
        return outcome;
    }
    const Result<Cart> cart = CartJson::fromJson(answer.value());
    if (!cart) {
        outcome.error = cart.error();
        return outcome;
    }
    outcome.cart = cart.value();
    const Status stored = c.database->transaction([&]() -> Status {
        CartRepository carts(c.database->sql());
        if (kind == Kind::OnlineAccount && outcome.cart.id != cartId) {
            if (Status removed = carts.remove({cartId}); !removed)
                return removed;
        }
        return carts.upsert({outcome.cart});
    });
    if (!stored) // the server has it; the next sync brings the cache along
        qCWarning(lcSync) << "cart hand-on done, cache not updated:" << stored.error().code;
    qCInfo(lcSync) << "cart handed on to" << target << "cart" << cartId;
    return outcome;
}

CartHandOn::Outcome CartHandOn::placeOrderNow(const Profile& profile, const OrderDraft& draft,
                                              const QString& staffId, const QString& idempotencyKey) {
    Outcome outcome;
    outcome.kind = Kind::Order;
    outcome.cartId = draft.cartId;
    if (Status checked = draft.check(); !checked) {
        outcome.error = checked.error();
        return outcome;
    }
    Connection c = openConnection(profile);
    if (!c.database) {
        outcome.error = c.error;
        return outcome;
    }
    if (!draft.cartId.isEmpty()) {
        if (Status waiting = checkNothingWaiting(*c.database, draft.cartId); !waiting) {
            outcome.error = waiting.error();
            return outcome;
        }
    }
    const QString key =
        idempotencyKey.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : idempotencyKey;
    const Result<QJsonObject> answer = c.api->createOrder(draft.toRequestJson(), key, staffId);
    if (!answer) {
        outcome.error = fromServer(answer.error());
        qCInfo(lcSync) << "counter order refused:" << outcome.error.code;
        return outcome;
    }
    const Result<Order> order = OrderJson::fromJson(answer.value());
    if (!order) {
        outcome.error = order.error();
        return outcome;
    }
    outcome.order = order.value();
    const Status stored = c.database->transaction([&]() -> Status {
        if (!draft.cartId.isEmpty()) {
            if (Status removed = CartRepository(c.database->sql()).remove({draft.cartId}); !removed)
                return removed;
        }
        return OrderRepository(c.database->sql()).upsert({outcome.order});
    });
    if (!stored)
        qCWarning(lcSync) << "counter order placed, cache not updated:" << stored.error().code;
    qCInfo(lcSync) << "counter order placed, order id" << outcome.order.id;
    return outcome;
}
