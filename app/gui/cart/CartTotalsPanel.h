#pragma once

#include "CartTotals.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QVBoxLayout;

// The totals block under the cart, as a German receipt words it: pieces, net, the VAT of each rate
// with the gross it is taken from, and the total; a note when a line's VAT is not known yet.
class CartTotalsPanel : public QWidget {
    Q_OBJECT

public:
    explicit CartTotalsPanel(QWidget* parent = nullptr);

    void showTotals(const CartTotals& totals);
    // "19 %", "5,5 %" in the user's locale.
    static QString vatRate(int hundredths);
    QString totalText() const;

private:
    QLabel* addRow(const QString& caption, const QString& value, const QString& name);

    QVBoxLayout* m_layout;
    QWidget* m_rows = nullptr; // rebuilt for each cart: the number of VAT rates varies
    QGridLayout* m_grid = nullptr;
    QLabel* m_note;
    QLabel* m_total = nullptr;
};
