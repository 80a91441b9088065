#pragma once

#include "CustomerOpenItems.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;

// The customer's open items on the overview: pickups waiting, returns in progress and saved carts,
// counted, with the first few of each listed. Read from the cache on a pool thread; an answer for
// a customer no longer shown is dropped. A pickup opens at the pickup desk, a return its order with
// what came back.
class OpenItemsPanel : public QWidget {
    Q_OBJECT

public:
    static constexpr int kListedPerKind = 3;

    explicit OpenItemsPanel(QSqlDatabase db, QWidget* parent = nullptr);

    void showCustomer(const QString& customerId);
    void clear();
    bool isLoading() const { return m_loading; }
    const CustomerOpenItems& items() const { return m_items; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* listLabel() const { return m_list; }

Q_SIGNALS:
    void pickupRequested(const QString& pickupId);
    void orderRequested(const QString& orderNo);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    void follow(const QString& link);

    QSqlDatabase m_db;
    QString m_customerId;
    quint64 m_generation = 0;
    bool m_loading = false;
    QString m_error;
    CustomerOpenItems m_items;
    QLabel* m_summary;
    QLabel* m_list;
};
