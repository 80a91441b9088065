#pragma once

#include <QElapsedTimer>

#include <ctime>

// Wall time and this thread's CPU time of the timed stretches. The machine the benches run on is
// shared, so next to the wall-clock rate the CPU rate says what the code itself costs.
class Stopwatch {
public:
    struct Rate {
        double perWallSecond = 0;
        double perCpuSecond = 0;
    };

    void start() {
        m_wall.start();
        m_cpuStart = cpuNs();
    }
    void stop() {
        m_wallNs += m_wall.nsecsElapsed();
        m_cpuNs += cpuNs() - m_cpuStart;
    }
    Rate rate(qint64 count) const { return {count / (m_wallNs / 1e9), count / (m_cpuNs / 1e9)}; }

private:
    static qint64 cpuNs() {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
    }

    QElapsedTimer m_wall;
    qint64 m_cpuStart = 0;
    qint64 m_wallNs = 0;
    qint64 m_cpuNs = 0;
};
