#include "Commands.h"
#include "CtlContext.h"
#include "SupportCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const char* const kUsageText = R"(Usage: theke-ctl [--profile DIR] COMMAND [OPTIONS]

Commands:
  enroll --server URL --code CODE [--device-name NAME]   enroll this profile with a store server
  sync [--page-size N] [--max-pages N]                   pull every feed from the stored cursor
  status [--json]                                        cached rows, last sync, outbox, online
  search QUERY [--json] [--limit N]                      search the cached customers
  diagnostics --output PATH                              write a support bundle (no secrets, no customer data)
  erase CUSTOMER_ID                                      remove one customer from this device (audited)
  note add CUSTOMER_ID --text T [--staff ID]             queue a note about a customer
  consent set CUSTOMER_ID PURPOSE --granted yes|no [--staff ID]
                                                         queue a consent change (email, sms, phone,
                                                         personalised_offers)
  push [--json]                                          send the outbox now; counts what happened
  outbox list [--json]                                   the queued changes and their states
  outbox retry ID                                        send a failed/conflicting row again
  outbox discard ID --reason R                           drop a row and undo it locally

Options:
  --profile DIR   profile directory (default: the user's Theke profile)
  -v, --verbose   log what happens (ids and counts only) on stderr
  -h, --help      show this help
)";

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Theke"_s);
    QCoreApplication::setApplicationName(u"Theke"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(THEKE_VERSION));

    // Global options come before the command; everything after it belongs to the command.
    QStringList args = app.arguments().mid(1);
    QString profileDir = Profile::defaultDirectory();
    bool verbose = false;
    while (!args.isEmpty() && args.first().startsWith(u'-')) {
        const QString option = args.takeFirst();
        if (option == u"-h" || option == u"--help") {
            std::fputs(kUsageText, stdout);
            return CtlContext::kOk;
        }
        if (option == u"--version") {
            std::printf("theke-ctl %s\n", THEKE_VERSION);
            return CtlContext::kOk;
        }
        if (option == u"-v" || option == u"--verbose") {
            verbose = true;
        } else if (option == u"--profile" && !args.isEmpty()) {
            profileDir = args.takeFirst();
        } else if (option.startsWith(u"--profile=")) {
            profileDir = option.mid(10);
        } else {
            std::fprintf(stderr, "theke-ctl: unknown option %s\n%s", qPrintable(option), kUsageText);
            return CtlContext::kUsage;
        }
    }
    // stderr is for the one line that says what failed; chatter only when asked for.
    if (!verbose)
        QLoggingCategory::setFilterRules(u"theke.*.info=false\ntheke.*.debug=false"_s);
    if (args.isEmpty()) {
        std::fputs(kUsageText, stderr);
        return CtlContext::kUsage;
    }

    const QString command = args.takeFirst();
    CtlContext context(Profile(profileDir), args);
    if (command == u"enroll")
        return Commands::enroll(context);
    if (command == u"sync")
        return Commands::sync(context);
    if (command == u"status")
        return Commands::status(context);
    if (command == u"search")
        return Commands::search(context);
    if (command == u"outbox")
        return Commands::outbox(context);
    if (command == u"note")
        return Commands::note(context);
    if (command == u"consent")
        return Commands::consent(context);
    if (command == u"push")
        return Commands::push(context);
    if (command == u"diagnostics")
        return SupportCommands::diagnostics(context);
    if (command == u"erase")
        return SupportCommands::erase(context);
    return context.usage(u"unknown command '%1' (see theke-ctl --help)"_s.arg(command));
}
