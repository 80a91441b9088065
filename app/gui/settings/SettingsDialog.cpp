#include "SettingsDialog.h"

#include "SettingsRepository.h"
#include "ui_SettingsDialog.h"

#include <QPushButton>

SettingsDialog::SettingsDialog(QSqlDatabase db, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>()) {
    m_ui->setupUi(this);
    m_ui->idleMinutes->setSuffix(tr(" min"));
    SettingsRepository settings(db);
    const auto show = [&settings](QLabel* label, QStringView key) {
        const QString value = settings.value(key.toString());
        label->setText(value.isEmpty() ? tr("not set up") : value);
    };
    show(m_ui->storeValue, SettingKey::kStoreName);
    show(m_ui->serverValue, SettingKey::kServerUrl);
    show(m_ui->deviceValue, SettingKey::kDeviceId);
}

SettingsDialog::~SettingsDialog() = default;

int SettingsDialog::idleMinutes() const {
    return m_ui->idleMinutes->value();
}

void SettingsDialog::setIdleMinutes(int minutes) {
    m_ui->idleMinutes->setValue(minutes);
}
