#pragma once

#include <QDialog>

#include <memory>

class Session;
namespace Ui {
class SignInDialog;
}

// Pick your name or scan your badge, enter the PIN. Accepted only after a successful Session::signIn.
class SignInDialog : public QDialog {
    Q_OBJECT

public:
    explicit SignInDialog(Session& session, QWidget* parent = nullptr);
    ~SignInDialog() override;

    QString selectedStaffId() const;
    QString message() const;

public Q_SLOTS:
    void accept() override;

private:
    void setChecking(bool checking);
    void loadStaff();
    void takeBadge();
    void showMessage(const QString& text);

    Session& m_session;
    std::unique_ptr<Ui::SignInDialog> m_ui;
};
