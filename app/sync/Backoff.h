#pragma once

#include <QDateTime>
#include <QRandomGenerator>

#include <chrono>
#include <optional>

// Retry delays for the outbox: "full jitter" exponential backoff (a uniformly random delay between
// zero and min(cap, base·2^(attempt−1))), so devices that failed together do not retry together.
// A server's Retry-After is a floor: never earlier than it asked.
class Backoff {
public:
    using Ms = std::chrono::milliseconds;
    static constexpr Ms kDefaultBase{1000};
    static constexpr Ms kDefaultCap{5 * 60 * 1000};

    // A fixed seed makes the delays repeatable (tests); without one they come from the system.
    explicit Backoff(std::optional<quint32> seed = std::nullopt, Ms base = kDefaultBase,
                     Ms cap = kDefaultCap);

    // The upper bound of the random delay after `attempt` failed attempts (1 = the first).
    Ms ceiling(int attempt) const;
    Ms delay(int attempt, std::optional<int> retryAfterSeconds = std::nullopt);
    QDateTime nextAttempt(const QDateTime& nowUtc, int attempt,
                          std::optional<int> retryAfterSeconds = std::nullopt);

private:
    QRandomGenerator m_random;
    Ms m_base;
    Ms m_cap;
};
