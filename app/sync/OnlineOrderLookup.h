#pragma once

#include "Error.h"
#include "Order.h"
#include "Profile.h"
#include "ReturnRecord.h"

#include <QObject>

#include <optional>

// Asks the central order look-up (GET /v1/orders/{order_no}) for an order this device has not
// cached, on a pool thread, so the returns desk never waits on the network. Only the newest
// look-up answers; one replaced or cancelled meanwhile is dropped.
class OnlineOrderLookup : public QObject {
    Q_OBJECT

public:
    struct Answer {
        QString orderNo; // as asked
        std::optional<Order> order;
        QList<ReturnRecord> returns; // the order's returns from every store and channel
        Error error;                 // empty code on success; api.not_found when the server has no such order
    };

    explicit OnlineOrderLookup(Profile profile, QObject* parent = nullptr);

    void lookUp(const QString& orderNo);
    void cancel();
    bool isRunning() const { return m_running; }
    // Blocking, for tests: the same request on the calling thread.
    static Answer lookUpNow(const Profile& profile, const QString& orderNo);

Q_SIGNALS:
    void finished(const OnlineOrderLookup::Answer& answer);

private:
    Profile m_profile;
    quint64 m_generation = 0;
    bool m_running = false;
};
