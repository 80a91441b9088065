#pragma once

#include <QDialog>
#include <QSqlDatabase>

class AuditTableModel;
class OutboxModel;
class QLabel;
class QTableView;

// Tagesabschluss prüfen: before closing the till, everything this device has not handed to the
// server yet (outbox changes and audit entries), with one sentence that says whether the day may be
// closed.
class DayCloseDialog : public QDialog {
    Q_OBJECT

public:
    explicit DayCloseDialog(QSqlDatabase db, QWidget* parent = nullptr);

    static QString verdict(qsizetype openChanges, qsizetype unsentAuditEntries = 0);
    // Said after the verdict when the server refused audit entries for their content.
    static QString refusedSentence(qsizetype refusedAuditEntries);
    QLabel* verdictLabel() const { return m_verdict; }
    OutboxModel* model() const { return m_model; }
    AuditTableModel* auditModel() const { return m_auditModel; }
    QTableView* auditView() const { return m_auditView; }

private:
    OutboxModel* m_model;
    AuditTableModel* m_auditModel;
    QLabel* m_verdict;
    QLabel* m_auditHeading;
    QTableView* m_view;
    QTableView* m_auditView;
};
