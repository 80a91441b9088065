#include "Backoff.h"

#include <algorithm>

Backoff::Backoff(std::optional<quint32> seed, Ms base, Ms cap)
    : m_random(seed ? QRandomGenerator(*seed) : QRandomGenerator(QRandomGenerator::system()->generate()))
    , m_base(base)
    , m_cap(cap) {}

Backoff::Ms Backoff::ceiling(int attempt) const {
    // 2^20 s is far above any cap; stopping the doubling there keeps the product from overflowing.
    const int exponent = std::clamp(attempt - 1, 0, 20);
    const qint64 grown = m_base.count() * (qint64(1) << exponent);
    return Ms(std::min<qint64>(grown, m_cap.count()));
}

Backoff::Ms Backoff::delay(int attempt, std::optional<int> retryAfterSeconds) {
    const qint64 top = ceiling(attempt).count();
    const Ms jittered(top > 0 ? qint64(m_random.bounded(quint64(top) + 1)) : 0);
    if (retryAfterSeconds && *retryAfterSeconds > 0)
        return std::max(jittered, Ms(qint64(*retryAfterSeconds) * 1000));
    return jittered;
}

QDateTime Backoff::nextAttempt(const QDateTime& nowUtc, int attempt, std::optional<int> retryAfterSeconds) {
    return nowUtc.addMSecs(delay(attempt, retryAfterSeconds).count());
}
