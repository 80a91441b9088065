#pragma once

#include "Clock.h"
#include "Pickup.h"
#include "PickupActions.h"

#include <QSqlDatabase>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class PickupPage;
}
class PickupCodeSearch;
class HandoverLinesTable;
class PickListPanel;
class PickupQueueModel;
class QLineEdit;
class QTabBar;

// The pickup desk: the queue in buckets (to prepare, ready, overdue, handed over today), and for the
// chosen pickup its lines, the shelf place, the customer message and the handover with the pickup
// code or an identity document. The page asks; PickupDesk does (cache, outbox, receipt).
class PickupPage : public QWidget {
    Q_OBJECT

public:
    PickupPage(QSqlDatabase db, const Clock& clock, QWidget* parent = nullptr);
    ~PickupPage() override;

    void setStoreId(const QString& storeId);
    // Reads the cache again and shows the chosen pickup as it is now.
    void refresh();
    PickupQueueModel* queue() const { return m_queue; }
    QTabBar* buckets() const { return m_buckets; }
    QLineEdit* searchField() const;
    void focusSearch();

    // A scan or Enter in the search: a pickup QR selects its pickup and checks its code; an order
    // number selects; an EAN goes to the pick list of the pickup being prepared; a code is checked
    // against the chosen pickup. With none chosen, the code's
    // pickup is searched on a pool thread (false: the answer follows, "checking" shows meanwhile).
    bool handleScan(const QString& text);
    PickupCodeSearch* codeSearch() const { return m_codeSearch; }
    bool isCheckingCode() const;
    bool selectPickup(const QString& pickupId);
    std::optional<Pickup> current() const;
    // The checked code (empty until a code matched the chosen pickup).
    QString verifiedCode() const { return m_verifiedCode; }
    void setCodeChecked(bool matches, const QString& text);
    // While the code is being checked: nothing is verified, text says so.
    void setCodeChecking(const QString& text);
    // The code in the field, normalised (what a check of it is about).
    QString typedCode() const;
    // After a handover: the code is used up and leaves the screen.
    void clearCodeCheck();
    // What the associate hands over now, per line (lines with 0 left out).
    QList<PickupLine> chosenLines() const;
    // What the customer refuses now, per line (a return takes it back; lines with 0 left out).
    QList<PickupLine> refusedLines() const;
    HandoverLinesTable* lines() const { return m_lines; }
    // While a pickup is prepared (awaiting stock): its pick list, which takes EAN scans.
    PickListPanel* pickList() const { return m_pickList; }
    PickupActions::HandoverInput handoverInput() const;

    void showMessage(const QString& message, const QString& receiptPath = {},
                     const QString& returnReceiptPath = {});

Q_SIGNALS:
    // The associate asked to print the receipt shown in the message.
    void printReceiptRequested();
    void readyRequested(const QString& pickupId, const QString& shelf);
    void notifyRequested(const QString& pickupId, const QString& channel);
    void verifyRequested(const QString& pickupId, const QString& code);
    void handoverRequested(const QString& pickupId, const PickupActions::HandoverInput& input);
    void returnToStockRequested(const QString& pickupId);
    // The navigation's badge: what needs the desk (overdue + to prepare).
    void attentionChanged(int count);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showPickup(const std::optional<Pickup>& pickup);
    void fillLines(const Pickup& pickup);
    void updateButtons();
    void updateBucketTitles();
    void checkCode();
    void checkScannedCode(const QString& code);
    void retranslate();

    std::unique_ptr<Ui::PickupPage> m_ui;
    QSqlDatabase m_db;
    const Clock& m_clock;
    PickupQueueModel* m_queue;
    PickupCodeSearch* m_codeSearch;
    QTabBar* m_buckets;
    HandoverLinesTable* m_lines = nullptr;
    PickListPanel* m_pickList = nullptr;
    QString m_currentId;
    QString m_shownId; // whose shelf, code and recipients the fields hold
    QString m_verifiedCode;
};
