#pragma once

#include <QObject>
#include <QString>

class MainWindow;
class SyncService;

// For scripts/demo and README pictures: optionally types a search, waits for the first sync,
// saves a picture of the window and quits. Does nothing unless asked on the command line.
class DemoAutomation : public QObject {
    Q_OBJECT

public:
    DemoAutomation(MainWindow& window, SyncService& service, QString screenshotPath, QString searchText);

    void start(bool waitForSync);

private:
    void capture();

    MainWindow& m_window;
    QString m_screenshotPath;
    QString m_searchText;
    bool m_captured = false;
};
