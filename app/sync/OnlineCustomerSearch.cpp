#include "OnlineCustomerSearch.h"

#include "ApiClient.h"
#include "CurlTransport.h"
#include "CustomerJson.h"
#include "Enrollment.h"

#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

constexpr int kLimit = 50;

} // namespace

OnlineCustomerSearch::OnlineCustomerSearch(Profile profile, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_watcher(new QFutureWatcher<Answer>(this)) {
    connect(m_watcher, &QFutureWatcher<Answer>::finished, this, [this] {
        const Answer answer = m_watcher->result();
        if (answer.query == m_latest)
            Q_EMIT finished(answer);
    });
}

OnlineCustomerSearch::~OnlineCustomerSearch() {
    m_watcher->waitForFinished();
}

void OnlineCustomerSearch::search(const QString& query) {
    m_latest = query;
    if (m_watcher->isRunning()) {
        // One request at a time; the newest query goes out when the running one is back.
        QObject* once = new QObject(this);
        connect(m_watcher, &QFutureWatcher<Answer>::finished, once, [this, once] {
            once->deleteLater();
            if (!m_watcher->isRunning() && !m_latest.isEmpty())
                m_watcher->setFuture(
                    QtConcurrent::run(&OnlineCustomerSearch::searchNow, m_profile, m_latest));
        });
        return;
    }
    m_watcher->setFuture(QtConcurrent::run(&OnlineCustomerSearch::searchNow, m_profile, query));
}

OnlineCustomerSearch::Answer OnlineCustomerSearch::searchNow(const Profile& profile, const QString& query) {
    Answer answer;
    answer.query = query;
    const Result<Enrollment::Credentials> credentials = Enrollment::loadCredentials(profile);
    if (!credentials) {
        answer.error = credentials.error();
        return answer;
    }
    CurlTransport transport;
    ApiClient api(transport, credentials->serverUrl, credentials->token);
    const Result<ApiClient::CustomerSearchPage> page = api.searchCustomers(query, kLimit);
    if (!page) {
        answer.error = page.error();
        return answer;
    }
    answer.truncated = page->truncated;
    for (const QJsonValue& item : page->items) {
        Result<Customer> customer = CustomerJson::fromJson(item.toObject());
        if (!customer) {
            answer.error = customer.error();
            answer.customers.clear();
            return answer;
        }
        answer.customers.append(std::move(customer).value());
    }
    return answer;
}
