#pragma once

#include <QWidget>

#include <memory>

class Session;
namespace Ui {
class LockScreen;
}

// Takes the place of the window's work area while it is locked or nobody is signed in: shows who
// is signed in and asks for their PIN; the work underneath stays as it was, only hidden.
class LockScreen : public QWidget {
    Q_OBJECT

public:
    explicit LockScreen(Session& session, QWidget* parent = nullptr);
    ~LockScreen() override;

    // Updates the texts from the session (who is signed in); clears the PIN and the message.
    void refresh();
    QString message() const;

Q_SIGNALS:
    void otherUserRequested(); // or "Sign in" when nobody is signed in

private:
    void unlock();

    Session& m_session;
    std::unique_ptr<Ui::LockScreen> m_ui;
};
