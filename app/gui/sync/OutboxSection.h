#pragma once

#include "OutboxEntry.h"
#include "Result.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>

#include <memory>
#include <optional>

class CacheWriter;
class Database;
class OutboxModel;
class QAction;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class Session;
class SyncService;

// The outbox part of the Synchronisierung screen: what this device has not handed to the server
// yet, and what a person may do about it (send again, discard, look at a conflict, day-close check).
class OutboxSection : public QWidget {
    Q_OBJECT

public:
    OutboxSection(QSqlDatabase db, SyncService& service, QWidget* parent = nullptr);
    ~OutboxSection() override;

    // Who is signed in decides whether discarding needs another manager's approval.
    void setSession(Session* session);
    void reload();

    OutboxModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QCheckBox* showFinishedBox() const { return m_showFinished; }
    QAction* retryAction() const { return m_retry; }
    QAction* discardAction() const { return m_discard; }
    QAction* detailsAction() const { return m_details; }
    QAction* dayCloseAction() const { return m_dayClose; }

public Q_SLOTS:
    void retrySelected();
    void discardSelected();
    void showDetails();
    void checkDayClose();

Q_SIGNALS:
    // A row changed here (retried or discarded): counts and the customer screen may be stale.
    void outboxChanged();
    // The details of a cart change the customer overtook online (412): the cart desk compares both
    // versions and resolves it (CartMergeDialog) rather than a blind "keep mine".
    void cartConflictOpened(const QString& cartId);

private:
    QList<OutboxEntry> selectedEntries() const;
    bool discardEntry(const OutboxEntry& entry);
    bool retryEntries(const QList<OutboxEntry>& entries);
    Database* writer();
    void showError(const Error& error);
    void updateActions();

    QSqlDatabase m_db;
    SyncService& m_service;
    QPointer<Session> m_session;
    OutboxModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QCheckBox* m_showFinished;
    std::unique_ptr<CacheWriter> m_writer;
    QAction* m_retry;
    QAction* m_discard;
    QAction* m_details;
    QAction* m_dayClose;
};
