#pragma once

#include "Approval.h"
#include "Clock.h"
#include "ReturnDecision.h"
#include "ReturnPolicy.h"
#include "ReturnableOrder.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class ReturnsPage;
}
class ReturnLinesModel;
class ReturnableOrderSource;
class Session;

// The returns desk: find the online order (scan or type), say what comes back and why, see at once
// what the return rules decide and why, get a manager's approval where a rule needs one, book.
class ReturnsPage : public QWidget {
    Q_OBJECT

public:
    ReturnsPage(ReturnableOrderSource& source, const Clock& clock, QWidget* parent = nullptr);
    ~ReturnsPage() override;

    void setPolicy(const ReturnPolicy& policy);
    // Where the policy in force comes from (the store as last synced); asked again for each order and
    // whenever the desk is shown, so a policy the sync brought applies to the next return.
    void setPolicySource(std::function<ReturnPolicyConfig()> source);
    void refreshPolicy();
    const ReturnPolicy& policy() const { return m_policy; }
    void setSession(Session* session);

    // Looks the order up and shows its lines; false (with the reason on screen) when not found, or
    // when the server is being asked for it (the answer comes through showOnlineAnswer).
    bool lookUp(const QString& orderNoOrScan);
    // Asked for an order the cache does not have: true when it asked the server, false when that
    // needs a connection the device does not have. Without one, a missing order is just not found.
    void setOnlineFallback(std::function<bool(const QString& orderNo)> fallback);
    // The server's answer for the order asked last: shown marked "loaded from the server", or the
    // message why there is none. Dropped when the associate has moved on meanwhile.
    void showOnlineAnswer(const QString& orderNo, const std::optional<ReturnableOrder>& order,
                          const QString& message);
    bool isLookingUpOnline() const { return !m_pendingOnline.isEmpty(); }
    void focusOrderField();
    ReturnLinesModel* linesModel() const { return m_lines; }
    const std::optional<ReturnDecision>& decision() const { return m_decision; }
    const ReturnableOrder& order() const { return m_order; }
    // Asks for the approvals the decision needs, then emits returnReady; false when refused or cancelled.
    bool submit();
    // Asks what reason "other" means on a row (a small dialog); false when cancelled.
    bool askReasonText(int row);
    // After booking: back to an empty desk, ready for the next customer.
    void reset();
    // A note above the desk (e.g. the booked return) with an optional receipt to open or print.
    void showMessage(const QString& message, const QString& receiptPath = {});

Q_SIGNALS:
    // The associate asked to print the receipt shown in the message.
    void printReceiptRequested();
    void returnReady(const ReturnableOrder& order, const ReturnRequest& request,
                     const ReturnDecision& decision, const QList<Approval>& approvals);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void evaluate();
    void showOrder(const ReturnableOrder& order);
    void showSummary();
    RefundMethod refundMethod() const;

    std::unique_ptr<Ui::ReturnsPage> m_ui;
    ReturnableOrderSource& m_source;
    const Clock& m_clock;
    ReturnPolicy m_policy;
    QPointer<Session> m_session;
    ReturnLinesModel* m_lines;
    ReturnableOrder m_order;
    std::optional<ReturnDecision> m_decision;
    std::function<bool(const QString&)> m_onlineFallback;
    std::function<ReturnPolicyConfig()> m_policySource;
    QString m_pendingOnline; // the order no. the server is being asked for
};
