#pragma once

#include <QDialog>
#include <QSqlDatabase>

#include <memory>

namespace Ui {
class SettingsDialog;
}

// The device settings a store manager may change at the counter (the idle lock), and what the
// device is connected to, for a support call.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(QSqlDatabase db, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    int idleMinutes() const;
    void setIdleMinutes(int minutes);

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};
