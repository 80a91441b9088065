#include "OffsetClock.h"

OffsetClock::OffsetClock(const Clock& base)
    : m_base(base) {}

QDateTime OffsetClock::nowUtc() const {
    return m_base.nowUtc().addSecs(m_offsetSeconds.load());
}

qint64 OffsetClock::advance(qint64 seconds) {
    return m_offsetSeconds.fetch_add(seconds) + seconds;
}
