#include "RoleGate.h"

#include "Session.h"

std::optional<Approval> RoleGate::requireManager(QWidget* parent, Session& session,
                                                 const ApprovalRequest& request) {
    if (!session.staffAvailable())
        return Approval{
            {}, {}, request.action, request.rule, request.amountCents, QDateTime::currentDateTimeUtc()};
    if (session.isManager() && !session.isLocked()) {
        const Result<Approval> own =
            session.approveAsSignedInManager(request.action, request.rule, request.amountCents);
        if (own)
            return own.value();
    }
    ManagerApprovalDialog dialog(session, request, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.approval();
}
