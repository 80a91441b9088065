#include "OnlineOrderLookup.h"

#include "ApiClient.h"
#include "CurlTransport.h"
#include "Enrollment.h"
#include "OrderJson.h"
#include "ReturnJson.h"

#include <QJsonArray>

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

OnlineOrderLookup::OnlineOrderLookup(Profile profile, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile)) {}

void OnlineOrderLookup::lookUp(const QString& orderNo) {
    const quint64 generation = ++m_generation;
    m_running = true;
    // The request works on copies only: a look-up still running when the desk closes touches
    // nothing that is gone, and its answer is dropped with the watcher.
    auto* watcher = new QFutureWatcher<Answer>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_running = false;
        Q_EMIT finished(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&OnlineOrderLookup::lookUpNow, m_profile, orderNo));
}

void OnlineOrderLookup::cancel() {
    ++m_generation;
    m_running = false;
}

OnlineOrderLookup::Answer OnlineOrderLookup::lookUpNow(const Profile& profile, const QString& orderNo) {
    Answer answer;
    answer.orderNo = orderNo;
    const Result<Enrollment::Credentials> credentials = Enrollment::loadCredentials(profile);
    if (!credentials) {
        answer.error = credentials.error();
        return answer;
    }
    CurlTransport transport;
    ApiClient api(transport, credentials->serverUrl, credentials->token);
    const Result<QJsonObject> object = api.getOrder(orderNo);
    if (!object) {
        answer.error = object.error();
        return answer;
    }
    Result<Order> order = OrderJson::fromJson(object.value());
    if (!order) {
        answer.error = order.error();
        return answer;
    }
    // A server before the look-up carried returns sends none: the cache's are all there is then.
    const QJsonArray returns = object->value(QStringLiteral("returns")).toArray();
    for (const QJsonValue& value : returns) {
        Result<ReturnRecord> earlier = ReturnJson::fromJson(value.toObject());
        if (!earlier) {
            answer.error = earlier.error();
            return answer;
        }
        answer.returns.append(std::move(earlier).value());
    }
    answer.order = std::move(order).value();
    return answer;
}
