#pragma once

class CtlContext;

// The theke-ctl commands; each parses its own arguments from the context and returns an exit code.
namespace Commands {
int enroll(CtlContext& context);
int sync(CtlContext& context);
int status(CtlContext& context);
int search(CtlContext& context);
int outbox(CtlContext& context);
int note(CtlContext& context);
int consent(CtlContext& context);
int push(CtlContext& context);
} // namespace Commands
