#pragma once

#include <QDialog>

class QLabel;

// After "hand to the till": the cart's short code, large enough to read out across the counter,
// and its QR code for the till's scanner. The customer walks to the till; the cashier scans or types it.
class TillCodeDialog : public QDialog {
    Q_OBJECT

public:
    TillCodeDialog(const QString& code, const QString& qrPayload, QWidget* parent = nullptr);

    QString code() const { return m_code; }
    QLabel* codeLabel() const { return m_codeLabel; }
    QLabel* qrLabel() const { return m_qrLabel; }

private:
    QString m_code;
    QLabel* m_codeLabel;
    QLabel* m_qrLabel;
};
