#include "RateMeter.h"

#include <cmath>

RateMeter::RateMeter(double timeConstantSeconds)
    : m_timeConstantMs(qMax(1.0, timeConstantSeconds * 1000.0)) {}

double RateMeter::add(qint64 rows, qint64 atMs) {
    // Pages that arrive within the same millisecond count as one step of a millisecond.
    const double stepMs = double(qMax<qint64>(1, atMs - m_lastMs));
    m_lastMs = qMax(m_lastMs, atMs);
    const double instant = double(rows) * 1000.0 / stepMs;
    if (!m_started) {
        m_rate = instant;
        m_started = true;
        return m_rate;
    }
    // The weight of the new step grows with its length: a long step says more than a short one.
    const double weight = 1.0 - std::exp(-stepMs / m_timeConstantMs);
    m_rate += weight * (instant - m_rate);
    return m_rate;
}
