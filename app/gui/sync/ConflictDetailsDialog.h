#pragma once

#include "OutboxEntry.h"

#include <QDialog>

#include <optional>

class OutboxModel;
class QPlainTextEdit;
class QPushButton;

// A conflicting (or refused) change beside the server's answer, readable, with the raw answer
// folded away; offers "keep mine" where sending again can succeed and "take the server's".
class ConflictDetailsDialog : public QDialog {
    Q_OBJECT

public:
    enum Outcome { KeepMine = QDialog::Accepted + 1, TakeTheirs };

    // cachedVersion: the customer's version in the cache now, if it is cached.
    ConflictDetailsDialog(const OutboxModel& model, const OutboxEntry& entry,
                          std::optional<qint64> cachedVersion, QWidget* parent = nullptr);

    // Sending again unchanged can only succeed when the server refused a stale base, not the content.
    static bool keepMineIsSafe(const OutboxEntry& entry);
    QPushButton* keepMineButton() const { return m_keepMine; }
    QPushButton* takeTheirsButton() const { return m_takeTheirs; }

private:
    QPushButton* m_keepMine;
    QPushButton* m_takeTheirs;
    QPlainTextEdit* m_raw;
};
