#pragma once

#include "Customer.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CustomerDetailPane;
}

// Shows one customer's contact, address and loyalty data, or a hint when none is selected.
class CustomerDetailPane : public QWidget {
    Q_OBJECT

public:
    explicit CustomerDetailPane(QWidget* parent = nullptr);
    ~CustomerDetailPane() override;

    void showCustomer(const Customer& customer);
    void clear();
    QString shownCustomerId() const { return m_customerId; }

protected:
    void changeEvent(QEvent* event) override;

private:
    std::unique_ptr<Ui::CustomerDetailPane> m_ui;
    QString m_customerId;
};
