#pragma once

#include <QtGlobal>

// Rows per second, smoothed: an exponential moving average over time, so the rate on screen does not
// jump with every page (a small page after a big one, a pause for a slow answer) but still follows a
// real change within a few seconds. Time comes from the caller, so tests need no clock.
class RateMeter {
public:
    explicit RateMeter(double timeConstantSeconds = 3.0);

    // rows arrived, atMs after the meter's start (never decreasing); returns the smoothed rate.
    double add(qint64 rows, qint64 atMs);
    double rate() const { return m_rate; }

private:
    double m_timeConstantMs;
    qint64 m_lastMs = 0;
    double m_rate = 0;
    bool m_started = false;
};
