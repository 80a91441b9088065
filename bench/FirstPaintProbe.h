#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

class MainWindow;
class QWidget;

// Watches a starting client from inside (an event filter on the application) and tells when its
// usable window has painted for the first time: the main window, or the sign-in dialog on a device
// with staff. Then, if asked, types a search into the customers page and waits until the results
// have painted. Writes one JSON line to stdout and quits the client. Times are milliseconds since
// startNs (CLOCK_MONOTONIC, taken by the parent just before it started this process).
class FirstPaintProbe : public QObject {
public:
    FirstPaintProbe(qint64 startNs, bool expectSignIn, QString search);

    static qint64 monotonicNs();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void record(const QString& key);
    void usable();
    void finish();

    qint64 m_startNs;
    bool m_expectSignIn;
    QString m_search;
    QPointer<MainWindow> m_window;
    QPointer<QWidget> m_resultViewport;
    bool m_windowPainted = false;
    bool m_signInPainted = false;
    bool m_finished = false;
    qint64 m_searchStartNs = 0;
    QJsonObject m_result;
};
