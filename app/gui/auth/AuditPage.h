#pragma once

#include <QSqlDatabase>
#include <QWidget>

class AuditTableModel;
class QComboBox;
class QDateEdit;
class QTableView;

// The manager's read-only view of the audit log, filtered by action, person and date range.
class AuditPage : public QWidget {
    Q_OBJECT

public:
    explicit AuditPage(QSqlDatabase db, QWidget* parent = nullptr);

    void refresh(); // reloads filters and rows
    AuditTableModel* model() const { return m_model; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter();

    QSqlDatabase m_db;
    AuditTableModel* m_model;
    QComboBox* m_action;
    QComboBox* m_staff;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTableView* m_table;
};
