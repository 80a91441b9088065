#pragma once

#include "CommandClient.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

// One of the load test's clients, run on a thread of its own: pages through the whole customers feed
// and, after each page, sends the next command of its plan, so reads and writes of many clients
// interleave. Records every answer and every customer it saw; never asserts (QTest is not
// thread-safe), the test checks the records after the threads have joined.
class ServerLoadClient {
public:
    struct Command {
        QString kind; // note, consent, ready, notify, cart_create, cart_update, cart_race
        QString method;
        QString path;
        QJsonObject body;
        QString ifMatch; // null: none; "etag-of-previous": the ETag of this client's previous answer
        QString key;
        QString race;        // commands of one race group: exactly one may win
        bool resend = false; // sent again with the same key right after: must be replayed
        bool shared = false; // another client sends the very same request with the same key
    };
    struct Outcome {
        Command command;
        CommandClient::Answer answer;
        CommandClient::Answer resent; // when command.resend
        int busyAnswers = 0;          // 409 request_in_progress before the real answer (shared keys)
    };
    struct Sighting {
        QString id;
        qint64 version = 0;
    };

    static inline const QString kPreviousEtag = QStringLiteral("etag-of-previous");

    ServerLoadClient(quint16 port, QString token, QString staffId, int pageSize, QList<Command> plan);

    void run();

    const QList<Outcome>& outcomes() const { return m_outcomes; }
    const QList<Sighting>& sightings() const { return m_sightings; }
    const QStringList& errors() const { return m_errors; }
    int pagesRead() const { return m_pages; }

private:
    void send(const Command& command);
    CommandClient::Answer sendOnce(const Command& command);

    quint16 m_port;
    QString m_token;
    QString m_staffId;
    int m_pageSize;
    QList<Command> m_plan;
    std::unique_ptr<CommandClient> m_commands;
    QString m_cursor;
    QByteArray m_lastEtag;
    int m_pages = 0;
    QList<Outcome> m_outcomes;
    QList<Sighting> m_sightings;
    QStringList m_errors;
};
