#pragma once

#include "ReceiptDocument.h"

#include "PickList.h"
#include "PickupActions.h"
#include "PickupRefusal.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

class CacheWriter;
class PickupCodeCheck;
class PickupPage;
class Session;

// The pickup desk behind its page: runs what the page asks through PickupActions (cache and outbox
// in one transaction, offline as online), asks before a handover or a return to stock, writes the
// handover receipt as a PDF next to the cache and tells the associate what happened. Pieces the
// customer refuses go back as a return in the same step (PickupRefusal), with a return receipt.
class PickupDesk : public QObject {
    Q_OBJECT

public:
    // Asked before a handover or return to stock; answers whether to go on.
    using Confirm = std::function<bool(const QString& title, const QString& question)>;

    PickupDesk(QSqlDatabase db, QWidget* parentWidget);
    ~PickupDesk() override;

    PickupPage* page() const { return m_page; }
    void setSession(Session* session);
    void setOnline(std::function<bool()> online) { m_online = std::move(online); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    QString lastReceiptPath() const { return m_lastReceipt; }
    const std::optional<ReceiptDocument>& lastReceipt() const { return m_lastReceiptDocument; }
    // The return receipt of pieces refused at the last handover; empty when none were refused.
    QString lastReturnReceiptPath() const { return m_lastReturnReceipt; }

    // Asks first when pieces of the pick list are not confirmed; unavailable pieces go with the command.
    bool ready(const QString& pickupId, const QString& shelf);
    bool notify(const QString& pickupId, const QString& channel);
    // Checks code against the pickup's cached hash on a pool thread ("checking" shows meanwhile);
    // codeChecked follows. A wrong code counts even when the desk has moved on by then.
    void verify(const QString& pickupId, const QString& code);
    PickupCodeCheck* codeCheck() const { return m_codeCheck; }
    bool handover(const QString& pickupId, const PickupActions::HandoverInput& input);
    bool returnToStock(const QString& pickupId);

Q_SIGNALS:
    void localChangeMade();
    // The answer to verify, after the page has shown it (or dropped it, when it moved on).
    void codeChecked(const QString& pickupId, bool matches);

private:
    void keepPickProgress(const QString& pickupId, const QList<PickProgress>& progress);
    Database* database();
    void codeCheckDone(const QString& pickupId, const QString& code, bool matches);
    QString staffId() const;
    QString staffName(const QString& staffId) const;
    QStringList storeLines() const;
    bool done(const Result<OutboxEntry>& entry, const QString& message, const QString& receipt = {},
              const QString& returnReceipt = {});
    QString writeReceipt(const Pickup& before, const Pickup& after, const PickupActions::HandoverInput& input,
                         const PickupRefusal::Outcome& outcome);
    QString writeReturnReceipt(const PickupRefusal::Outcome& outcome);
    // "59,95 € to PayPal": the refund and where it goes, for the question, message and receipt.
    QString refundWords(const ReturnDecision& decision, const QString& orderNo) const;

    QSqlDatabase m_db;
    QString m_storeId;
    std::unique_ptr<CacheWriter> m_writer;
    PickupPage* m_page;
    PickupCodeCheck* m_codeCheck;
    // The code the pool thread found right for the pickup on screen; the handover then needs no hash.
    QString m_verifiedPickupId;
    QString m_verifiedCode;
    QPointer<Session> m_session;
    std::function<bool()> m_online;
    Confirm m_confirm;
    QString m_lastReceipt;
    std::optional<ReceiptDocument> m_lastReceiptDocument;
    QString m_lastReturnReceipt;
    std::optional<ReceiptDocument> m_lastReturnReceiptDocument;
};
