#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

// Asks why a waiting change is dropped and shows, in the user's words, what discarding undoes.
class DiscardDialog : public QDialog {
    Q_OBJECT

public:
    DiscardDialog(const QString& change, const QString& undo, QWidget* parent = nullptr);

    QString reason() const;
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* discardButton() const { return m_discard; }

private:
    QLineEdit* m_reason;
    QPushButton* m_discard;
};
