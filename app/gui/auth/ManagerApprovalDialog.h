#pragma once

#include "Approval.h"

#include <QDialog>

#include <memory>
#include <optional>

class Session;
namespace Ui {
class ManagerApprovalDialog;
}

// What needs a manager: the stable action and rule names that go to the server, the amount, and a
// sentence that tells the manager what they approve.
struct ApprovalRequest {
    QString action;
    QString rule;
    qint64 amountCents = 0;
    QString description; // user-visible, already translated
};

// A manager (not the requester) identifies by badge or name and enters their PIN to approve one
// action. Accepted only with a valid approval, which Session has written to the audit log.
class ManagerApprovalDialog : public QDialog {
    Q_OBJECT

public:
    ManagerApprovalDialog(Session& session, ApprovalRequest request, QWidget* parent = nullptr);
    ~ManagerApprovalDialog() override;

    const std::optional<Approval>& approval() const { return m_approval; }
    QString message() const;

public Q_SLOTS:
    void accept() override;

private:
    void takeBadge();

    Session& m_session;
    ApprovalRequest m_request;
    std::unique_ptr<Ui::ManagerApprovalDialog> m_ui;
    std::optional<Approval> m_approval;
};
