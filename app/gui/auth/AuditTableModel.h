#pragma once

#include "AuditEntry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

// Read-only rows of the audit log for the manager's audit view (at most AuditFilter::limit rows).
class AuditTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        ActionColumn,
        StaffColumn,
        SubjectColumn,
        DetailColumn,
        SentColumn,
        ColumnCount
    };

    explicit AuditTableModel(QSqlDatabase db, QObject* parent = nullptr);

    void setFilter(const AuditFilter& filter);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString staffName(const QString& staffId) const;

    QSqlDatabase m_db;
    AuditFilter m_filter;
    QList<AuditEntry> m_rows;
    QHash<QString, QString> m_names; // staff id → display name
};
