#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <algorithm>

// Counts the ticks of a precise timer on the current thread and keeps the gaps between them: the
// longest gap is the longest the thread's event loop was held up (a GUI stall when run on the GUI
// thread). Used by tst_syncstall and bench_initialsync.
class StallMeter : public QObject {
public:
    explicit StallMeter(int tickMs = 5)
        : m_tickMs(tickMs) {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(tickMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { m_gaps.append(m_sinceTick.restart()); });
    }
    void start() {
        m_gaps.clear();
        m_sinceTick.start();
        m_timer.start();
    }
    void stop() {
        m_timer.stop();
        m_gaps.append(m_sinceTick.elapsed()); // the time since the last tick counts too
    }
    int tickMs() const { return m_tickMs; }
    qint64 longest() const {
        return m_gaps.isEmpty() ? 0 : *std::max_element(m_gaps.cbegin(), m_gaps.cend());
    }
    qint64 percentile(double p) const {
        QList<qint64> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        return sorted.isEmpty() ? 0 : sorted.at(qMin(sorted.size() - 1, qsizetype(p * sorted.size())));
    }
    // Gaps of at least ms milliseconds (each one a stall the associate could notice at 50 ms).
    qsizetype gapsOver(qint64 ms) const {
        return std::count_if(m_gaps.cbegin(), m_gaps.cend(), [ms](qint64 gap) { return gap >= ms; });
    }
    qsizetype ticks() const { return m_gaps.size(); }

private:
    int m_tickMs;
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    QList<qint64> m_gaps;
};
