#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QList>
#include <QString>

// A QApplication that times every event the GUI thread delivers at the top level (not the ones sent
// from inside another event's handling) and keeps the slowest: which receiver and event type held the
// event loop up when a stall meter shows a long gap. Events of other threads are not timed.
class TimedApplication : public QApplication {
public:
    TimedApplication(int& argc, char** argv);

    bool notify(QObject* receiver, QEvent* event) override;

    void startRecording() {
        m_recording = true;
        m_clock.start();
    }
    void stopRecording() { m_recording = false; }
    // The slowest deliveries while recording, longest first: ms, seconds after the recording started,
    // event type, receiver class and name.
    QJsonArray slowest() const;

private:
    struct Delivery {
        double ms = 0;
        double atSeconds = 0;
        int eventType = 0;
        QString receiver;
    };
    static constexpr int kKept = 10;

    QElapsedTimer m_clock;
    bool m_recording = false;
    int m_depth = 0;
    QList<Delivery> m_slowest; // at most kKept, sorted longest first
};
