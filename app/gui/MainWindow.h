#pragma once

#include <QMainWindow>
#include <QSqlDatabase>

class AuthController;
class CartDesk;
class CustomersPage;
class PickupDesk;
class ReturnsDesk;
class QIcon;
class QListWidget;
class QStackedWidget;
class StatusBarIndicators;
class SyncPage;
class Session;
class SyncService;

// The one window: navigation on the left (customers, cart, pickup, returns, sync), the area on the
// right, and the connection state in the status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum Area { CustomersArea, CartArea, PickupArea, ReturnsArea, SyncArea, AreaCount };

    MainWindow(QSqlDatabase db, SyncService& service, QWidget* parent = nullptr);

    void showArea(Area area);
    Area currentArea() const;
    CustomersPage* customersPage() const { return m_customersPage; }
    SyncPage* syncPage() const { return m_syncPage; }
    ReturnsDesk* returnsDesk() const { return m_returnsDesk; }
    PickupDesk* pickupDesk() const { return m_pickupDesk; }
    CartDesk* cartDesk() const { return m_cartDesk; }
    StatusBarIndicators* indicators() const { return m_indicators; }

    void refreshStatus();

    // Staff sign-in, lock (Ctrl+L), the signed-in person in the status bar, the audit page (issue 6);
    // all of it lives in AuthController. Without a session the window works as before.
    void setSession(Session* session);
    AuthController* auth() const { return m_auth; }
    // Pages after the fixed areas (the managers' audit view); listed in the navigation only while available.
    void addExtraPage(QWidget* page, const QIcon& icon, const QString& label);
    void setExtraPageAvailable(QWidget* page, bool available);
    void showExtraPage(QWidget* page);

private:
    void buildNavigation();
    void buildActions();
    void onSyncFinished(bool ok);

    QSqlDatabase m_db;
    SyncService& m_service;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    CustomersPage* m_customersPage;
    SyncPage* m_syncPage;
    ReturnsDesk* m_returnsDesk;
    PickupDesk* m_pickupDesk;
    CartDesk* m_cartDesk;
    StatusBarIndicators* m_indicators;
    AuthController* m_auth = nullptr;
};
