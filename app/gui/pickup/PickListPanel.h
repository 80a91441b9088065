#pragma once

#include "PickList.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

// The pick list of a pickup being prepared: per line the article, how many pieces are confirmed of
// those to collect (a scan of the EAN confirms one, ticking the line confirms all without a
// scanner), and how many are unavailable and why. A scan of an article that is not on the order, or
// of one already complete, changes nothing and says so plainly. What changes is reported so the
// desk keeps it in the cache until "ready for pickup".
class PickListPanel : public QWidget {
    Q_OBJECT

public:
    enum Column { ArticleColumn, ConfirmedColumn, UnavailableColumn, ReasonColumn, ColumnCount };

    explicit PickListPanel(QWidget* parent = nullptr);

    void show(const QString& pickupId, const QString& orderNo, const PickList& list);
    QString pickupId() const { return m_pickupId; }
    const PickList& pickList() const { return m_list; }
    QTableWidget* table() const { return m_table; }
    QLabel* feedbackLabel() const { return m_feedback; }
    QLabel* progressLabel() const { return m_progress; }
    QSpinBox* unavailableBox(int row) const;
    QComboBox* reasonBox(int row) const;

    // A scanned EAN: confirms one piece, or warns and changes nothing. True when a piece was confirmed.
    bool scan(const QString& ean);

    // The words for a reason of PickupRules::unavailableReasons().
    static QString reasonText(const QString& reason);
    void retranslate();

Q_SIGNALS:
    void progressChanged(const QString& pickupId, const QList<PickProgress>& progress);

private:
    void fill();
    void updateRow(int row);
    void updateProgress();
    void report();
    void setFeedback(const QString& text, bool warning);

    QString m_pickupId;
    QString m_orderNo;
    PickList m_list;
    QLabel* m_progress;
    QLabel* m_feedback;
    QTableWidget* m_table;
    bool m_filling = false;
};
