#include "TimedApplication.h"

#include <QEvent>
#include <QJsonObject>
#include <QMetaEnum>
#include <QThread>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

TimedApplication::TimedApplication(int& argc, char** argv)
    : QApplication(argc, argv) {}

bool TimedApplication::notify(QObject* receiver, QEvent* event) {
    if (!m_recording || m_depth > 0 || QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    // The event and the receiver may be gone after delivery.
    const int type = event->type();
    const QMetaObject* meta = receiver->metaObject();
    const QString objectName = receiver->objectName();
    QElapsedTimer timer;
    timer.start();
    ++m_depth;
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (m_slowest.size() < kKept || ms > m_slowest.constLast().ms) {
        const auto at =
            std::find_if(m_slowest.begin(), m_slowest.end(), [ms](const Delivery& d) { return ms > d.ms; });
        QString name = QString::fromLatin1(meta->className());
        if (!objectName.isEmpty())
            name += u" \""_s + objectName + u'"';
        m_slowest.insert(at, {ms, double(m_clock.elapsed()) / 1000.0 - ms / 1000.0, type, name});
        if (m_slowest.size() > kKept)
            m_slowest.removeLast();
    }
    return handled;
}

QJsonArray TimedApplication::slowest() const {
    const QMetaEnum types = QMetaEnum::fromType<QEvent::Type>();
    QJsonArray json;
    for (const Delivery& d : m_slowest) {
        const char* typeName = types.valueToKey(d.eventType);
        json.append(
            QJsonObject{{u"ms"_s, std::round(d.ms * 10) / 10},
                        {u"at_s"_s, std::round(d.atSeconds * 100) / 100},
                        {u"event"_s, typeName ? QString::fromLatin1(typeName) : QString::number(d.eventType)},
                        {u"receiver"_s, d.receiver}});
    }
    return json;
}
