#pragma once

#include "Approval.h"
#include "OnlineOrderLookup.h"
#include "Order.h"
#include "ReceiptDocument.h"
#include "ReturnDecision.h"
#include "ReturnRecord.h"
#include "ReturnableOrder.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

class CacheWriter;
class Database;
class CachedReturnableOrders;
class ReturnsPage;
class Session;

// The returns desk behind its page: books what the page confirms (cache, stock and outbox in one
// transaction, see ReturnBooking), writes the return receipt as a PDF next to the cache and tells
// the associate what happened — including that the refund follows the synchronisation when offline.
// An order not in the cache is asked from the server when online (OnlineOrderLookup, pool thread);
// when its return is booked, the server's order goes into the cache first, so the booking, its undo
// and the server's later answer work on a cached order as for any other. The look-up brings the
// order's earlier returns from every store too, so "already refunded" is right for it.
class ReturnsDesk : public QObject {
    Q_OBJECT

public:
    ReturnsDesk(QSqlDatabase db, QWidget* parentWidget);
    ~ReturnsDesk() override;

    ReturnsPage* page() const { return m_page; }
    void setSession(Session* session);
    void setOnline(std::function<bool()> online) { m_online = std::move(online); }
    // Orders not in the cache are looked up here while online.
    void setOnlineLookUp(OnlineOrderLookup* lookUp);
    QString lastReceiptPath() const { return m_lastReceipt; }
    const std::optional<ReceiptDocument>& lastReceipt() const { return m_lastReceiptDocument; }

    bool book(const ReturnableOrder& order, const ReturnRequest& request, const ReturnDecision& decision,
              const QList<Approval>& approvals);

Q_SIGNALS:
    void localChangeMade();

private:
    void takeOnlineAnswer(const OnlineOrderLookup::Answer& answer);
    Status cacheFetchedOrder(Database& database, const QString& orderNo);
    QString staffName(const QString& staffId) const;
    QStringList storeLines() const;

    QSqlDatabase m_db;
    QString m_storeId;
    std::unique_ptr<CachedReturnableOrders> m_orders;
    std::unique_ptr<CacheWriter> m_writer;
    ReturnsPage* m_page;
    QPointer<Session> m_session;
    std::function<bool()> m_online;
    QPointer<OnlineOrderLookup> m_lookUp;
    std::optional<Order> m_fetched;       // the order the server's look-up found last
    QList<ReturnRecord> m_fetchedReturns; // and its returns
    QString m_lastReceipt;
    std::optional<ReceiptDocument> m_lastReceiptDocument;
};
