#pragma once

#include "Approval.h"
#include "ReceiptDocument.h"
#include "ReturnDecision.h"
#include "ReturnableOrder.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

class CacheWriter;
class CachedReturnableOrders;
class ReturnsPage;
class Session;

// The returns desk behind its page: books what the page confirms (cache, stock and outbox in one
// transaction, see ReturnBooking), writes the return receipt as a PDF next to the cache and tells
// the associate what happened — including that the refund follows the synchronisation when offline.
class ReturnsDesk : public QObject {
    Q_OBJECT

public:
    ReturnsDesk(QSqlDatabase db, QWidget* parentWidget);
    ~ReturnsDesk() override;

    ReturnsPage* page() const { return m_page; }
    void setSession(Session* session);
    void setOnline(std::function<bool()> online) { m_online = std::move(online); }
    QString lastReceiptPath() const { return m_lastReceipt; }
    const std::optional<ReceiptDocument>& lastReceipt() const { return m_lastReceiptDocument; }

    bool book(const ReturnableOrder& order, const ReturnRequest& request, const ReturnDecision& decision,
              const QList<Approval>& approvals);

Q_SIGNALS:
    void localChangeMade();

private:
    QString staffName(const QString& staffId) const;
    QStringList storeLines() const;

    QSqlDatabase m_db;
    QString m_storeId;
    std::unique_ptr<CachedReturnableOrders> m_orders;
    std::unique_ptr<CacheWriter> m_writer;
    ReturnsPage* m_page;
    QPointer<Session> m_session;
    std::function<bool()> m_online;
    QString m_lastReceipt;
    std::optional<ReceiptDocument> m_lastReceiptDocument;
};
