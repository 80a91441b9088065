#pragma once

#include <QDialog>
#include <QSqlDatabase>

class OutboxModel;
class QLabel;
class QTableView;

// Tagesabschluss prüfen: before closing the till, everything this device has not handed to the
// server yet, with one sentence that says whether the day may be closed.
class DayCloseDialog : public QDialog {
    Q_OBJECT

public:
    explicit DayCloseDialog(QSqlDatabase db, QWidget* parent = nullptr);

    static QString verdict(qsizetype open);
    QLabel* verdictLabel() const { return m_verdict; }
    OutboxModel* model() const { return m_model; }

private:
    OutboxModel* m_model;
    QLabel* m_verdict;
    QTableView* m_view;
};
