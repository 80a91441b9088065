#pragma once

#include <QString>

class CtlContext;

// theke-ctl commands for the desks (issues 7, 8, 9, 10): what the counter, the returns desk and the
// pickup desk do, scriptable on the device's cache; changes go to the outbox and out with `push`.
namespace DeskCommands {
int exportCustomer(CtlContext& context); // export CUSTOMER_ID: everything cached about one customer
int returns(CtlContext& context);        // return create … | return list [--order NO]
int cart(CtlContext& context);           // cart show CUSTOMER_ID | cart add CUSTOMER_ID EAN [--qty N]
int cartHandOn(CtlContext& context);     // cart handoff CART_ID --target … | cart order CUSTOMER_ID …
int pickup(CtlContext& context);         // pickup list [--state S] | pickup ready | pickup handover
int pickupChange(CtlContext& context, const QString& action); // pickup ready … | pickup handover …
} // namespace DeskCommands
