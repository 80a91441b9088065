#pragma once

#include "Customer.h"
#include "Error.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>

#include <memory>

namespace Ui {
class CustomerDetailPane;
}
class CacheWriter;
class ConsentPanel;
class CustomerHistoryPanel;
class NotesPanel;
class OpenItemsPanel;
class Session;

// One customer at the counter: who they are (name, number, loyalty, since when), how to reach them
// and whether marketing contact is allowed, their consents and the associates' notes. Changes made
// here (consents, notes) go to the cache and the outbox at once and work offline; a manager can
// erase the customer from this device.
class CustomerDetailPane : public QWidget {
    Q_OBJECT

public:
    explicit CustomerDetailPane(QSqlDatabase db, QWidget* parent = nullptr);
    ~CustomerDetailPane() override;

    // Who is signed in: the author of notes and consent changes, and who may erase.
    void setSession(Session* session);
    void showCustomer(const Customer& customer);
    // Reads the customer from the cache; false when it is not there (any more).
    bool showCustomerById(const QString& customerId);
    // A customer found by the central search goes into this device's cache (notes and consents
    // then work offline too) and is shown.
    bool adoptCentralCustomer(const Customer& customer);
    void clear();
    QString shownCustomerId() const { return m_customer.id; }

    ConsentPanel* consentPanel() const { return m_consents; }
    NotesPanel* notesPanel() const { return m_notes; }
    CustomerHistoryPanel* historyPanel() const { return m_history; }
    OpenItemsPanel* openItemsPanel() const { return m_openItems; }
    // Switches to the history tab (reading the history from the cache on first show).
    void showHistory();

    // Grants or withdraws a consent (after the associate confirmed); false with a message shown on failure.
    bool changeConsent(const QString& purpose, bool grant);
    bool addNote(const QString& text);
    // Asks for a manager and a file, then writes the shown customer's data there as JSON (audited).
    bool exportCustomer();
    bool exportCustomerTo(const QString& path, const QString& approverId = {});
    // Asks for a manager and a confirmation, then erases the shown customer from this device.
    bool eraseCustomer();

Q_SIGNALS:
    // A change went into the outbox: time to push.
    void localChangeMade();
    // The customer is gone from this device; the search index still has to be purged (sync thread).
    void customerErased(const QString& customerId);
    // Take goods of this order back: the main window opens the returns desk with it.
    void returnRequested(const QString& orderNo);
    // An open pickup of the customer: the main window opens it at the pickup desk.
    void pickupRequested(const QString& pickupId);
    // Open this customer's cart: the main window opens the cart area with it.
    void cartRequested(const QString& customerId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    void reloadCustomer();
    void loadNotes();
    void loadHistoryIfShown();
    void contact(const QString& purpose);
    void showError(const Error& error);

    std::unique_ptr<Ui::CustomerDetailPane> m_ui;
    QSqlDatabase m_db;
    std::unique_ptr<CacheWriter> m_writer;
    QPointer<Session> m_session;
    ConsentPanel* m_consents;
    NotesPanel* m_notes;
    CustomerHistoryPanel* m_history;
    OpenItemsPanel* m_openItems;
    bool m_historyStale = true;
    Customer m_customer;
};
