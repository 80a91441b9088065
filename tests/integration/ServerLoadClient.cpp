#include "ServerLoadClient.h"

#include <QJsonArray>
#include <QThread>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxBusyRetries = 200;
constexpr int kBusyPauseMs = 20;

} // namespace

ServerLoadClient::ServerLoadClient(quint16 port, QString token, QString staffId, int pageSize,
                                   QList<Command> plan)
    : m_port(port)
    , m_token(std::move(token))
    , m_staffId(std::move(staffId))
    , m_pageSize(pageSize)
    , m_plan(std::move(plan)) {}

void ServerLoadClient::run() {
    bool reading = true;
    qsizetype next = 0;
    // Created on this thread and kept: one keep-alive connection for pages and commands, as a device has
    // (the server has 16 workers, and each open connection holds one).
    m_commands = std::make_unique<CommandClient>(m_port, m_token, m_staffId);
    while (reading || next < m_plan.size()) {
        if (reading) {
            QString path = u"/v1/sync/customers?limit=%1"_s.arg(m_pageSize);
            if (!m_cursor.isEmpty())
                path += u"&cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(m_cursor));
            const CommandClient::Answer page = m_commands->get(path);
            if (page.status != 200) {
                m_errors << u"feed page %1 after cursor '%2': status %3 %4"_s.arg(m_pages)
                                .arg(m_cursor)
                                .arg(page.status)
                                .arg(QString::fromUtf8(page.body.left(200)));
                reading = false;
            } else {
                ++m_pages;
                const QJsonObject o = page.object();
                for (const QJsonValue& item : o[u"items"_s].toArray())
                    m_sightings.append({item[u"id"_s].toString(), item[u"version"_s].toInteger()});
                if (!o[u"deleted"_s].toArray().isEmpty())
                    m_errors << u"feed page %1 has tombstones"_s.arg(m_pages);
                m_cursor = o[u"next_cursor"_s].toString();
                reading = o[u"has_more"_s].toBool();
            }
        }
        if (next < m_plan.size()) {
            Command command = m_plan.at(next++);
            if (command.ifMatch == kPreviousEtag)
                command.ifMatch = QString::fromLatin1(m_lastEtag);
            send(command);
        }
    }
}

CommandClient::Answer ServerLoadClient::sendOnce(const Command& command) {
    return m_commands->send(command.method, command.path, command.body, command.ifMatch, command.key);
}

void ServerLoadClient::send(const Command& command) {
    Outcome outcome{command, {}, {}, 0};
    outcome.answer = sendOnce(command);
    // The same key sent by another client at the same moment: wait for that one to finish.
    while (command.shared && outcome.answer.status == 409 && outcome.busyAnswers < kMaxBusyRetries &&
           outcome.answer.code() == u"request_in_progress") {
        ++outcome.busyAnswers;
        QThread::msleep(kBusyPauseMs);
        outcome.answer = sendOnce(command);
    }
    if (command.resend)
        outcome.resent = sendOnce(command);
    for (const CommandClient::Answer* answer : {&outcome.answer, &outcome.resent}) {
        if (answer == &outcome.resent && !command.resend)
            continue;
        if (answer->status == 0 || answer->status >= 500)
            m_errors << u"%1 %2 (%3): status %4 %5"_s.arg(command.method, command.path, command.kind)
                            .arg(answer->status)
                            .arg(QString::fromUtf8(answer->body.left(200)));
    }
    m_lastEtag = outcome.answer.etag;
    m_outcomes.append(outcome);
}
