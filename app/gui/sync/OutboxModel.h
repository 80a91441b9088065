#pragma once

#include "OutboxEntry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

// The outbox as the store staff see it: each change in their words, where it stands, when it was
// made and how often it was tried. Reads through OutboxRepository only.
class OutboxModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { WhatColumn, StateColumn, CreatedColumn, AttemptsColumn, ColumnCount };

    explicit OutboxModel(QSqlDatabase db, QObject* parent = nullptr);

    // The states that are not on the server yet and still need someone's eye or patience.
    static QStringList openStates();
    // Which rows to show; openStates() by default, every state when empty.
    void setStates(const QStringList& states);
    void reload();

    const OutboxEntry& entry(int row) const { return m_rows.at(row); }
    // The customer number from the cache, or a neutral phrase; never an id or key.
    QString customerLabel(const OutboxEntry& entry) const;
    // "Note on customer K1004711", "E-mail consent: granted for customer K1004711".
    QString describeChange(const OutboxEntry& entry) const;
    // What discarding undoes on this device, in a sentence.
    QString describeUndo(const OutboxEntry& entry) const;
    static QString describeState(const OutboxEntry& entry);
    // The reason the server or the network gave, readable; empty when there is none.
    static QString describeReason(const OutboxEntry& entry);
    static QString purposeName(const QString& purpose);
    static QString noteText(const OutboxEntry& entry);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QStringList m_states;
    QList<OutboxEntry> m_rows;
    QHash<QString, QString> m_customerNumbers; // customer id → number, filled on reload
};
