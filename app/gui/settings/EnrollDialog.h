#pragma once

#include <QDialog>

#include <memory>

class QPushButton;
class SyncService;

namespace Ui {
class EnrollDialog;
}

// First run: connects this device to a store with the server address and a one-time code.
// Enrollment runs on the sync thread; the dialog stays responsive and shows what went wrong.
class EnrollDialog : public QDialog {
    Q_OBJECT

public:
    EnrollDialog(SyncService& service, QWidget* parent = nullptr);
    ~EnrollDialog() override;

    QString storeName() const { return m_storeName; }
    void setServerUrl(const QString& url);

private:
    void submit();
    void onFinished(bool ok, const QString& errorCode, const QString& message, const QString& storeName);
    void setBusy(bool busy);
    void updateButton();

    std::unique_ptr<Ui::EnrollDialog> m_ui;
    SyncService& m_service;
    QPushButton* m_enrollButton;
    QString m_storeName;
    bool m_busy = false;
};
