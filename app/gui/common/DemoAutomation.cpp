#include "DemoAutomation.h"

#include "CustomersPage.h"
#include "MainWindow.h"
#include "SyncService.h"

#include <QApplication>
#include <QLineEdit>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace {
// A first sync of the demo data finishes well within this; capture anyway after it.
constexpr int kMaxWaitMs = 60000;
constexpr int kSettleMs = 800;
} // namespace

DemoAutomation::DemoAutomation(MainWindow& window, SyncService& service, QString screenshotPath,
                               QString searchText)
    : QObject(&window)
    , m_window(window)
    , m_screenshotPath(std::move(screenshotPath))
    , m_searchText(std::move(searchText)) {
    connect(&service, &SyncService::syncFinished, this,
            [this] { QTimer::singleShot(kSettleMs, this, &DemoAutomation::capture); });
}

void DemoAutomation::start(bool waitForSync) {
    if (m_screenshotPath.isEmpty() && m_searchText.isEmpty())
        return;
    if (!waitForSync || m_screenshotPath.isEmpty())
        QTimer::singleShot(kSettleMs, this, &DemoAutomation::capture);
    else
        QTimer::singleShot(kMaxWaitMs, this, &DemoAutomation::capture);
}

void DemoAutomation::capture() {
    if (m_captured)
        return;
    m_captured = true;
    if (!m_searchText.isEmpty()) {
        m_window.customersPage()->searchField()->setText(m_searchText);
        m_window.customersPage()->searchNow();
    }
    if (m_screenshotPath.isEmpty())
        return;
    QTimer::singleShot(kSettleMs, this, [this] {
        const bool saved = m_window.grab().save(m_screenshotPath);
        std::fprintf(stderr, saved ? "theke: screenshot saved to %s\n" : "theke: could not save %s\n",
                     qPrintable(m_screenshotPath));
        QApplication::exit(saved ? 0 : 1);
    });
}
