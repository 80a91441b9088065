#pragma once

#include "CartConflicts.h"

#include <QDialog>

#include <optional>

class QPushButton;
class QTableWidget;

// The customer changed the online cart while this device changed it too (412): the customer's
// version (from the server) beside this device's, differences in bold, and three ways out — merge
// (every article of both, the larger quantity; the default, since nobody loses anything), keep mine
// or take the customer's. Cancel leaves the conflict as it is.
class CartMergeDialog : public QDialog {
    Q_OBJECT

public:
    explicit CartMergeDialog(const CartConflicts::Conflict& conflict, QWidget* parent = nullptr);

    std::optional<CartConflicts::Resolution> choice() const { return m_choice; }
    QPushButton* button(CartConflicts::Resolution resolution) const;
    QTableWidget* theirsTable() const { return m_theirs; }
    QTableWidget* mineTable() const { return m_mine; }

private:
    QTableWidget* table(const QList<CartLine>& lines, const QList<CartLine>& other, const QString& name);
    void choose(CartConflicts::Resolution resolution);

    QTableWidget* m_theirs;
    QTableWidget* m_mine;
    QPushButton* m_merge;
    QPushButton* m_keepMine;
    QPushButton* m_takeTheirs;
    std::optional<CartConflicts::Resolution> m_choice;
};
