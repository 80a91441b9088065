#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Checks a code against one pickup's cached code descriptor on a pool thread: the PBKDF2 hash takes
// milliseconds, too long for the GUI thread. Only the newest check answers; one replaced or cancelled
// meanwhile is dropped. Counting wrong codes is the caller's (PickupActions::recordCodeCheck).
class PickupCodeCheck : public QObject {
    Q_OBJECT

public:
    // Whether code matches a descriptor; PickupCode::matches unless a test replaces it.
    using Matcher = std::function<bool(const QString& code, const QString& descriptor)>;

    explicit PickupCodeCheck(QObject* parent = nullptr);

    // Replaces a check still running.
    void start(const QString& pickupId, const QString& code, const QString& descriptor);
    void cancel();
    bool isRunning() const { return m_running; }
    void setMatcher(Matcher matcher) { m_matcher = std::move(matcher); }

Q_SIGNALS:
    void finished(const QString& pickupId, const QString& code, bool matches);

private:
    Matcher m_matcher;
    quint64 m_generation = 0;
    bool m_running = false;
};
