#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

// The customer's revenue by channel as one stacked bar with a legend underneath, painted by hand
// (no chart library): how the customer shares their buying between web shop, app, stores …
class ChannelMixChart : public QWidget {
    Q_OBJECT

public:
    struct Slice {
        QString channel; // API channel
        qint64 cents = 0;
    };

    explicit ChannelMixChart(QWidget* parent = nullptr);

    void setSlices(const QList<Slice>& slices);
    const QList<Slice>& slices() const { return m_slices; }
    // One colour per channel, the same in the chart and in the timeline's channel badges.
    static QColor colorFor(const QString& channel);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int legendRows(int width) const;
    QList<Slice> m_slices; // positive revenue only
};
