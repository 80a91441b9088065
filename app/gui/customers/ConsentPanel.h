#pragma once

#include "Customer.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

// The customer's marketing consents, one row per purpose: what it is, where it stands (since when,
// given where) and a button to record a change the customer asks for at the counter.
class ConsentPanel : public QWidget {
    Q_OBJECT

public:
    explicit ConsentPanel(QWidget* parent = nullptr);

    void setCustomer(const Customer& customer);
    QPushButton* toggleButton(const QString& purpose) const;
    QLabel* stateLabel(const QString& purpose) const;

Q_SIGNALS:
    // The associate asked to grant (true) or withdraw (false) the consent for purpose.
    void changeRequested(const QString& purpose, bool grant);

private:
    struct Row {
        QString purpose;
        QLabel* name = nullptr;
        QLabel* state = nullptr;
        QPushButton* toggle = nullptr;
        bool granted = false;
    };

    QGridLayout* m_grid;
    QList<Row> m_rows;
};
