#pragma once

#include "Customer.h"
#include "Error.h"
#include "Profile.h"

#include <QFutureWatcher>
#include <QObject>

// Asks the central customer search (GET /v1/customers?q=) when the cache has no match, on a pool
// thread of its own, so a running sync does not delay it and the window never waits.
class OnlineCustomerSearch : public QObject {
    Q_OBJECT

public:
    struct Answer {
        QString query;
        QList<Customer> customers;
        bool truncated = false;
        Error error; // empty code on success
    };

    explicit OnlineCustomerSearch(Profile profile, QObject* parent = nullptr);
    ~OnlineCustomerSearch() override;

    // A newer search replaces an older one still running (its answer is dropped).
    void search(const QString& query);
    // Blocking, for theke-ctl and tests: the same request on the calling thread.
    static Answer searchNow(const Profile& profile, const QString& query);

Q_SIGNALS:
    void finished(const OnlineCustomerSearch::Answer& answer);

private:
    Profile m_profile;
    QFutureWatcher<Answer>* m_watcher;
    QString m_latest;
};
