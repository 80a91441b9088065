#pragma once

#include "Result.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>

class Clock;
class CustomerFiguresPanel;
class OrderDetailDialog;
class QAction;
class QComboBox;
class QLabel;
class QTreeView;
class TimelineModel;

// The customer's cross-channel history ("Verlauf"): figures per channel with the channel mix, and
// the timeline of orders, receipts, returns, pickups, contacts, consents and notes, newest first,
// filtered by channel and kind. Enter or a double click on an order opens it.
class CustomerHistoryPanel : public QWidget {
    Q_OBJECT

public:
    explicit CustomerHistoryPanel(QSqlDatabase db, QWidget* parent = nullptr);

    // Reads the customer's history from the cache (one query per kind): the newest entries at
    // once, so the tab paints quickly, and everything (and the figures) on a pool thread.
    Status showCustomer(const QString& customerId);
    // True while only the newest entries are shown and the rest is still to be read.
    bool isLoadingRest() const { return m_restPending; }
    void clear();
    QString shownCustomerId() const { return m_customerId; }
    void setClock(const Clock* clock) { m_clock = clock; }

    // Opens the order of the given timeline row, if it has one; the dialog is non-modal.
    OrderDetailDialog* openRow(int row);
    OrderDetailDialog* openOrder(const QString& orderNo);
    void setChannelFilter(const QString& channel); // "" for all
    void setKindFilter(int kind);                  // int(TimelineKind), -1 for all

    TimelineModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    CustomerFiguresPanel* figures() const { return m_figures; }
    QComboBox* channelFilter() const { return m_channel; }
    QComboBox* kindFilter() const { return m_kind; }
    OrderDetailDialog* orderDialog() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillChannelFilter();
    void applyFilters();
    void spanMonthRows(int first, int last);
    void updateCount();
    void loadRest(quint64 generation);

    QSqlDatabase m_db;
    const Clock* m_clock;
    QString m_customerId;
    CustomerFiguresPanel* m_figures;
    QLabel* m_channelLabel;
    QComboBox* m_channel;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QLabel* m_count;
    QTreeView* m_view;
    QAction* m_openAction = nullptr;
    TimelineModel* m_model;
    QPointer<OrderDetailDialog> m_dialog;
    quint64 m_generation = 0;
    bool m_restPending = false;

Q_SIGNALS:
    // From an order's detail: take goods of it back at the returns desk.
    void returnRequested(const QString& orderNo);
};
