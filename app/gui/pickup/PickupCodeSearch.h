#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

// Finds the waiting pickup a typed or scanned code opens when no pickup is chosen yet. Each cached
// code hash is a PBKDF2 descriptor (milliseconds each), so the check runs on a pool thread and the
// desk stays responsive; only the newest search answers, one cancelled or replaced meanwhile is
// dropped. A match is no verification: the desk then checks the code against that pickup, which
// counts wrong codes and honours a block.
class PickupCodeSearch : public QObject {
    Q_OBJECT

public:
    struct Candidate {
        QString pickupId;
        QString codeHash; // the pickup's code descriptor from the cache
    };
    // Whether code matches a descriptor; PickupCode::matches unless a test replaces it.
    using Matcher = std::function<bool(const QString& code, const QString& descriptor)>;

    explicit PickupCodeSearch(QObject* parent = nullptr);

    // Checks code against the candidates in their order; replaces a search still running.
    void start(const QString& code, const QList<Candidate>& candidates);
    // The running search's answer, if any, is dropped.
    void cancel();
    bool isRunning() const { return m_running; }
    void setMatcher(Matcher matcher) { m_matcher = std::move(matcher); }

    // The first candidate code opens, or empty; pure, runs on the pool thread.
    static QString firstMatch(const QString& code, const QList<Candidate>& candidates,
                              const Matcher& matcher);

Q_SIGNALS:
    // pickupId is empty when no candidate opens with the code.
    void finished(const QString& code, const QString& pickupId);

private:
    Matcher m_matcher;
    quint64 m_generation = 0;
    bool m_running = false;
};
