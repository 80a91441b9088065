#pragma once

#include "CustomerFigures.h"

#include <QWidget>

#include <optional>

class ChannelMixChart;
class QComboBox;
class QLabel;
class QTableWidget;

// The customer's figures per channel and in total, for the last 12 months or all time, with the
// channel mix as a bar.
class CustomerFiguresPanel : public QWidget {
    Q_OBJECT

public:
    enum Period { Last12Months, AllTime };
    enum Column {
        ChannelColumn,
        RevenueColumn,
        OrdersColumn,
        AverageColumn,
        ReturnRateColumn,
        LastPurchaseColumn,
        ColumnCount
    };

    explicit CustomerFiguresPanel(QWidget* parent = nullptr);

    void setData(const QList<OrderFacts>& orders, const QList<ReturnFacts>& returns, const QDateTime& now);
    // Shows no figures until setData (the history is still being read).
    void setPending();
    void setPeriod(Period period);
    Period period() const;
    const CustomerFigures& shownFigures() const;
    QTableWidget* table() const { return m_table; }
    ChannelMixChart* chart() const { return m_chart; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void render();

    QComboBox* m_period;
    QLabel* m_caption;
    QTableWidget* m_table;
    ChannelMixChart* m_chart;
    QLabel* m_note;
    void computeShown();

    // Figures of a period are computed when it is first shown (implicitly shared lists, no copy).
    QList<OrderFacts> m_orders;
    QList<ReturnFacts> m_returns;
    QDateTime m_now;
    bool m_pending = false;
    std::optional<CustomerFigures> m_last12;
    std::optional<CustomerFigures> m_allTime;
};
