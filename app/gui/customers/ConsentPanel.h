#pragma once

#include "ConsentEvent.h"
#include "Customer.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QToolButton;

// The customer's marketing consents, one row per purpose: what it is, where it stands (since when,
// given where), a button to record a change the customer asks for at the counter, and its history
// ("History" opens the list of changes under the row; its tooltip lists them too).
class ConsentPanel : public QWidget {
    Q_OBJECT

public:
    explicit ConsentPanel(QWidget* parent = nullptr);

    void setCustomer(const Customer& customer);
    // Every change of every purpose, oldest first (ConsentHistory::complete). Lists stay open or shut.
    void setHistory(const QList<ConsentEvent>& history);
    QPushButton* toggleButton(const QString& purpose) const;
    QLabel* stateLabel(const QString& purpose) const;
    QToolButton* historyButton(const QString& purpose) const;
    QLabel* historyList(const QString& purpose) const;

Q_SIGNALS:
    // The associate asked to grant (true) or withdraw (false) the consent for purpose.
    void changeRequested(const QString& purpose, bool grant);

private:
    struct Row {
        QString purpose;
        QLabel* name = nullptr;
        QLabel* state = nullptr;
        QPushButton* toggle = nullptr;
        QToolButton* history = nullptr;
        QLabel* historyList = nullptr;
        bool granted = false;
    };

    const Row* find(const QString& purpose) const;

    QGridLayout* m_grid;
    QList<Row> m_rows;
};
