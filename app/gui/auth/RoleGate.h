#pragma once

#include "Approval.h"
#include "ManagerApprovalDialog.h"

#include <optional>

class QWidget;
class Session;

// Role gating for manager-only actions (discard outbox rows, goodwill returns, partial refunds,
// erasing customer data, settings). The server checks the role again.
namespace RoleGate {

// Passes at once for a signed-in manager (their own approval is recorded); otherwise asks another
// manager in ManagerApprovalDialog. nullopt when nobody approved. Until the staff feed has brought
// anyone, there is no one to ask: the action passes with an empty approver, and the server decides.
std::optional<Approval> requireManager(QWidget* parent, Session& session, const ApprovalRequest& request);

} // namespace RoleGate
