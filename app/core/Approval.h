#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// A manager's on-the-spot approval of one action; travels with the command to the server.
struct Approval {
    QString approverId;  // the manager who entered their PIN (or the signed-in manager)
    QString requesterId; // the person who asked; empty when a manager acts alone
    QString action;      // stable action name, e.g. "return.goodwill", "outbox.discard"
    QString rule;        // the rule that needed approval, e.g. "withdrawal_period_exceeded"
    qint64 amountCents = 0;
    QDateTime atUtc;

    QJsonObject toJson() const {
        return QJsonObject{{QStringLiteral("approver_staff_id"), approverId},
                           {QStringLiteral("requester_staff_id"), requesterId},
                           {QStringLiteral("action"), action},
                           {QStringLiteral("rule"), rule},
                           {QStringLiteral("amount_cents"), amountCents},
                           {QStringLiteral("at"), atUtc.toUTC().toString(Qt::ISODateWithMs)}};
    }
};
