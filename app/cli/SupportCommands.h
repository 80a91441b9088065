#pragma once

class CtlContext;

// theke-ctl commands for support and data protection (issue 6).
namespace SupportCommands {
int diagnostics(CtlContext& context); // diagnostics --output PATH: a support bundle without secrets
int erase(CtlContext& context);       // erase CUSTOMER_ID: removes one customer from this device
} // namespace SupportCommands
