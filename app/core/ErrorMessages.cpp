#include "ErrorMessages.h"

QString ErrorMessages::describe(const Error& e) {
    const QString& c = e.code;
    if (c == ErrorCode::kNetConnect)
        return tr("The server cannot be reached. Check the address and the network connection.");
    if (c == ErrorCode::kNetTimeout)
        return tr("The server did not answer in time. Please try again later.");
    if (c == ErrorCode::kNetTls)
        return tr("The secure connection to the server failed: its certificate could not be verified.");
    if (c == ErrorCode::kNetTooLarge)
        return tr("The server sent more data than allowed. The answer was rejected.");
    if (c == ErrorCode::kNetInvalidUrl)
        return tr("This is not a valid server address.");
    if (c == ErrorCode::kNetInsecureUrl)
        return tr("Unencrypted connections (http) are only allowed to this computer. Use an https address.");
    if (c == ErrorCode::kNetCancelled || c == ErrorCode::kSyncCancelled)
        return tr("Cancelled.");
    if (c == ErrorCode::kApiUnauthorized)
        return tr("The server no longer accepts this device. Please enroll the device again.");
    if (c == ErrorCode::kApiForbidden)
        return tr("The server refused this action.");
    if (c == ErrorCode::kApiInvalidEnrollCode)
        return tr("The enrollment code is wrong or has already been used.");
    if (c == ErrorCode::kApiBadResponse)
        return tr("The server sent an answer Theke cannot read. Nothing was changed.");
    if (c == ErrorCode::kApiServer)
        return tr("The server has a problem right now. Please try again later.");
    if (c == ErrorCode::kApiRateLimited)
        return tr("The server is busy. Theke will try again shortly.");
    if (c == ErrorCode::kApiNotFound)
        return tr("The server does not know this address. Check the server address.");
    if (c == ErrorCode::kStoreDiskFull)
        return tr("The disk is full. Free some space; nothing was lost.");
    if (c == ErrorCode::kStoreOpen || c == ErrorCode::kStoreMigration)
        return tr("The local data file cannot be opened.");
    if (c == ErrorCode::kProfileNotEnrolled)
        return tr("This device is not enrolled yet.");
    if (c == ErrorCode::kProfileTokenInKeychain)
        return tr("This device's token is kept in the keychain of the desktop session, which cannot be "
                  "reached from here. Run the command in the signed-in desktop session (or with "
                  "dbus-run-session in it); enrolling again is not needed.");
    if (c == ErrorCode::kProfileIo)
        return tr("The profile folder cannot be written.");
    if (c == u"outbox.not_found")
        return tr("This change is no longer in the list of pending changes.");
    if (c == u"outbox.wrong_state")
        return tr("This change cannot be retried or discarded in its current state.");
    if (c == u"outbox.reason_required")
        return tr("Please give a reason for discarding this change.");
    if (c == u"local.customer_unknown")
        return tr("This customer is not on this device.");
    if (c == u"local.note_empty")
        return tr("The note is empty.");
    if (c == u"local.note_too_long")
        return tr("The note is too long (at most 2,000 characters).");
    if (c == u"local.purpose_unknown")
        return tr("Theke does not know this kind of consent.");
    if (c == u"local.order_unknown")
        return tr("This order is not on this device. Synchronise, or check the order number.");
    if (c == u"local.return_quantity_exceeded")
        return tr("More pieces than are left to return on this order.");
    if (c == u"local.return_empty")
        return tr("Choose at least one article to return.");
    if (c == u"local.product_unknown")
        return tr("No article with this barcode or article number is on this device. Synchronise, or check "
                  "the number.");
    if (c == u"local.quantity_invalid")
        return tr("The quantity must be from 1 to 999.");
    if (c == u"local.cart_unknown")
        return tr("This cart is not on this device (any more).");
    if (c == u"local.cart_changes_pending")
        return tr("This cart has changes that have not reached the server yet. Synchronise first (or "
                  "resolve the conflict on the Sync screen), then hand it on.");
    if (c == u"local.busy")
        return tr("The last hand-on is still running. Please wait a moment.");
    if (c == u"local.cart_already_online")
        return tr("This is the customer's online cart already: it is in their online account.");
    if (c == u"local.needs_network")
        return tr("This needs a connection to the server, and there is none right now. Nothing was "
                  "changed; try again when the device is online.");
    if (c == u"local.order_empty")
        return tr("Add at least one article to the order.");
    if (c == u"local.order_too_large")
        return tr("An order can have at most 100 lines.");
    if (c == u"local.store_required")
        return tr("Choose the store where the customer collects the order.");
    if (c == u"local.address_incomplete")
        return tr("The delivery address needs street, postcode and city.");
    if (c == u"local.refusal_not_returnable")
        return tr("The refused articles cannot be taken back as a return here; nothing was handed over. "
                  "Synchronise and try again, or book the return at the returns desk.");
    if (const QString text = problem(c); !text.isEmpty())
        return text;
    if (c == u"auth.unknown_staff")
        return tr("This person is not known on this device.");
    if (c == u"auth.wrong_pin")
        return tr("The PIN is not correct. Please try again.");
    if (c == u"auth.locked")
        return tr("Too many wrong PINs. Sign-in for this person is locked for a while.");
    if (c == u"auth.not_manager")
        return tr("Only a store manager can approve this.");
    if (c == u"auth.same_person")
        return tr("A different manager must approve: you cannot approve your own request.");
    if (c == u"auth.not_signed_in")
        return tr("Please sign in first.");
    if (c == u"auth.bad_pin_hash")
        return tr("The PIN of this person cannot be checked on this device. Please synchronise.");
    return tr("An unexpected error occurred (%1).").arg(c);
}

QString ErrorMessages::problem(const QString& c) {
    if (c == u"version_mismatch")
        return tr("Someone changed this on the server meanwhile.");
    if (c == u"invalid_transition")
        return tr("Not possible in the order's current state (it was changed elsewhere meanwhile).");
    if (c == u"return_quantity_exceeded")
        return tr("These pieces have already been returned elsewhere: nothing is left to return.");
    if (c == u"not_returnable")
        return tr("This article cannot be returned.");
    if (c == u"approval_required")
        return tr("A store manager must approve this return.");
    if (c == u"approval_invalid")
        return tr("The approval is not valid: it needs a store manager other than the person asking.");
    if (c == u"refund_amount_exceeded")
        return tr("The refund is more than the return rules allow.");
    if (c == u"reason_text_required")
        return tr("For the reason “other”, say what the reason is.");
    if (c == u"reason_text_too_long")
        return tr("The reason text is too long (at most 200 characters).");
    if (c == u"pickup_code_invalid")
        return tr("The pickup code is not correct.");
    if (c == u"pickup_code_blocked")
        return tr("Too many wrong pickup codes were tried for this order: the server blocks handovers by "
                  "code for a while. Check the customer's identity document instead, or try again later.");
    if (c == u"identity_check_required")
        return tr("Check the person's identity document or pickup code first.");
    if (c == u"recipient_not_authorised")
        return tr("This person is not authorised on the order to collect it.");
    if (c == u"handover_quantity_exceeded")
        return tr("More pieces than are still waiting for this order.");
    if (c == u"deadline_not_reached")
        return tr("The pickup deadline has not passed yet.");
    if (c == u"no_contact_channel")
        return tr("The customer has no e-mail address or mobile number for this message.");
    if (c == u"pickup_cancelled")
        return tr("The order was cancelled online in the meantime: do not hand it over.");
    if (c == u"cart_not_found")
        return tr("The server does not know this cart (any more): it may have been ordered or handed on "
                  "elsewhere.");
    if (c == u"cart_empty")
        return tr("The cart is empty: there is nothing to hand on.");
    if (c == u"customer_required")
        return tr("Only a customer's cart can go to an online account. Choose the customer first.");
    if (c == u"handoff_not_found")
        return tr("No open cart has this code.");
    if (c == u"unknown_sku")
        return tr("The server does not sell one of these articles (any more).");
    if (c == u"unknown_store")
        return tr("The server does not know this store.");
    if (c == u"insufficient_stock")
        return tr("Not enough pieces in stock there. Choose another store or delivery.");
    if (c == u"address_required")
        return tr("The customer has no address on file. Enter the delivery address.");
    if (c == u"customer_not_found")
        return tr("The server does not know this customer.");
    return {};
}
