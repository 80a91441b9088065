#include "Commands.h"
#include "CtlContext.h"
#include "DeskCommands.h"
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

Desks (on the cache; changes are queued in the outbox and sent with push):
  export CUSTOMER_ID                                     everything cached about one customer as JSON
                                                         (profile, consents, notes, orders, returns,
                                                         pickups, contacts, carts); audited
  return create --order ORDER_NO --line LINE_ID:QTY:REASON:CONDITION[:TEXT] [--line ...]
         [--refund original|voucher] [--disposition restock|inspect|return_to_supplier|write_off]
         [--staff ID [--approved-by MANAGER_ID]] [--json]
                                                         check the return rules and book the return;
                                                         REASON: does_not_fit, not_as_described,
                                                         defective, damaged_in_transit, wrong_item,
                                                         changed_mind, refused_at_pickup, other (other
                                                         needs TEXT, 1-200 characters, the rest of the
                                                         spec); CONDITION: unopened,
                                                         as_new, used, damaged. With --approved-by the
                                                         staff member's PIN and then the manager's PIN
                                                         are read from stdin, one per line
  return list [--order ORDER_NO] [--json]                the cached returns, newest first
  cart show CUSTOMER_ID [--json]                         the customer's carts with totals and VAT
  cart add CUSTOMER_ID EAN [--qty N] [--staff ID]        add an article to the customer's store cart
  cart handoff CART_ID --target till|online [--staff ID] [--json]
                                                         hand the cart on, online only: till prints the
                                                         code the till loads it by; online moves the
                                                         lines into the customer's online cart
  cart order CUSTOMER_ID --line SKU:QTY [--line ...]
         (--deliver-to-profile-address | --deliver-to "STREET|POSTCODE|CITY[|COUNTRY]"
          | --pickup-store STORE_ID [--from-warehouse])
         [--payment online|till] [--cart CART_ID] [--staff ID] [--json]
                                                         order for delivery or pickup (online only);
                                                         pickup reserves the pieces in that store unless
                                                         --from-warehouse; payment defaults to till
  pickup list [--state S ...] [--json]                   this store's pickups, soonest deadline first
  pickup ready ORDER_NO --shelf S [--unavailable ID:QTY:REASON ...] --staff ID
                                                         ready for pickup at shelf place S (PIN on stdin);
                                                         REASON: not_found, damaged, stock_incorrect
  pickup handover ORDER_NO --code CODE [--line ID:QTY ...] [--refuse ID:QTY ...] --staff ID
                                                         hand over with the customer's pickup code;
                                                         refused pieces are taken back as a return
                                                         (S: awaiting_stock, ready, handed_over,
                                                         partly_handed_over, returned_to_stock, cancelled)

Options:
  --profile DIR   profile directory (default: the user's Theke profile)
  -v, --verbose   log what happens (ids and counts only) on stderr
  -h, --help      show this help

Exit codes: 0 done, 1 failed, 2 wrong usage, 3 refused by the rules (nothing was changed).
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
    if (command == u"export")
        return DeskCommands::exportCustomer(context);
    if (command == u"return")
        return DeskCommands::returns(context);
    if (command == u"cart")
        return DeskCommands::cart(context);
    if (command == u"pickup")
        return DeskCommands::pickup(context);
    if (command == u"diagnostics")
        return SupportCommands::diagnostics(context);
    if (command == u"erase")
        return SupportCommands::erase(context);
    return context.usage(u"unknown command '%1' (see theke-ctl --help)"_s.arg(command));
}
