#pragma once

#include "TimelineEvent.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

#include <optional>

// A customer's timeline for a view: newest first, a heading row for each month, filtered by channel
// and kind. Rows are handed to the view in batches (canFetchMore/fetchMore), so a customer with
// thousands of events paints as fast as one with ten.
class TimelineModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DateColumn, ChannelColumn, EventColumn, AmountColumn, StateColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(TimelineKind); invalid on month rows
        ChannelRole,                 // API channel
        OrderNoRole,                 // the order to open; empty when there is none
        MonthRole,                   // the month (first day) on month rows; invalid otherwise
    };
    static constexpr int kBatch = 200;

    explicit TimelineModel(QObject* parent = nullptr);

    void setEvents(QList<TimelineEvent> events);
    // "" for every channel; "marketplace" takes in every marketplace.
    void setChannelFilter(const QString& channel);
    void setKindFilter(std::optional<TimelineKind> kind);
    // Distinct channels of the events (for the filter), in first-seen order.
    QStringList channels() const;
    int matchingEvents() const { return m_matching; }
    int totalEvents() const { return int(m_events.size()); }
    const TimelineEvent* eventAt(int row) const;
    bool isMonthRow(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    struct Row {
        int event = -1; // index into m_events; -1 for a month heading
        QDate month;
    };
    void rebuild();
    bool matches(const TimelineEvent& e) const;

    QList<TimelineEvent> m_events;
    QList<QDate> m_monthOf; // per event: the first day of its month in local time
    QList<Row> m_rows;      // every matching row; only the first m_shown are in the model
    int m_shown = 0;
    int m_matching = 0;
    QString m_channel;
    std::optional<TimelineKind> m_kind;
};
