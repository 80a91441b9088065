#include "PickupDesk.h"

#include "CacheWriter.h"
#include "Formatting.h"
#include "HandoverLinesTable.h"
#include "HandoverReceipt.h"
#include "OrderRepository.h"
#include "PickListPanel.h"
#include "PickProgressRepository.h"
#include "PickupCode.h"
#include "PickupCodeCheck.h"
#include "PickupPage.h"
#include "PickupQueueModel.h"
#include "PickupRefusal.h"
#include "PickupRepository.h"
#include "PickupTexts.h"
#include "ReceiptMessage.h"
#include "ReturnReceipt.h"
#include "ReturnTexts.h"
#include "Session.h"
#include "SettingsRepository.h"
#include "StoreHeader.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

using namespace Qt::StringLiterals;

PickupDesk::PickupDesk(QSqlDatabase db, QWidget* parentWidget)
    : QObject(parentWidget)
    , m_db(db)
    , m_storeId(SettingsRepository(db).value(SettingKey::kStoreId.toString()))
    , m_writer(std::make_unique<CacheWriter>(db))
    , m_page(new PickupPage(db, Clock::system(), parentWidget))
    , m_codeCheck(new PickupCodeCheck(this)) {
    m_confirm = [this](const QString& title, const QString& question) {
        return QMessageBox::question(m_page, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    m_page->setStoreId(m_storeId);
    connect(m_page, &PickupPage::readyRequested, this, &PickupDesk::ready);
    connect(m_page->pickList(), &PickListPanel::progressChanged, this, &PickupDesk::keepPickProgress);
    connect(m_page, &PickupPage::printReceiptRequested, this, [this] {
        QList<ReceiptDocument> documents;
        if (m_lastReceiptDocument)
            documents << *m_lastReceiptDocument;
        if (m_lastReturnReceiptDocument)
            documents << *m_lastReturnReceiptDocument; // the customer takes both slips
        ReceiptMessage::printWithDialog(m_page, documents);
    });
    connect(m_page, &PickupPage::notifyRequested, this, &PickupDesk::notify);
    connect(m_page, &PickupPage::verifyRequested, this, &PickupDesk::verify);
    connect(m_codeCheck, &PickupCodeCheck::finished, this, &PickupDesk::codeCheckDone);
    connect(m_page, &PickupPage::handoverRequested, this, &PickupDesk::handover);
    connect(m_page, &PickupPage::returnToStockRequested, this, &PickupDesk::returnToStock);
}

PickupDesk::~PickupDesk() = default;

void PickupDesk::setSession(Session* session) {
    m_session = session;
}

Database* PickupDesk::database() {
    Result<Database*> database = m_writer->get();
    if (!database) {
        m_page->showMessage(PickupTexts::describe(database.error()));
        return nullptr;
    }
    return database.value();
}

QString PickupDesk::staffId() const {
    return m_session ? m_session->currentStaffId() : QString();
}

QString PickupDesk::staffName(const QString& id) const {
    return m_session ? m_session->staffName(id) : QString();
}

QStringList PickupDesk::storeLines() const {
    return StoreHeader::lines(m_db, m_storeId);
}

bool PickupDesk::done(const Result<OutboxEntry>& entry, const QString& message, const QString& receipt,
                      const QString& returnReceipt) {
    if (!entry) {
        m_page->showMessage(PickupTexts::describe(entry.error()));
        return false;
    }
    Q_EMIT localChangeMade();
    m_page->refresh();
    const bool offline = m_online ? !m_online() : true;
    m_page->showMessage(offline ? message + u' ' +
                                      tr("Saved on this device; it goes out with the next synchronisation.")
                                : message,
                        receipt, returnReceipt);
    return true;
}

void PickupDesk::keepPickProgress(const QString& pickupId, const QList<PickProgress>& progress) {
    Database* db = database();
    if (!db)
        return;
    // A few rows of one pickup: kept at once, so a restart or a lock loses no scan.
    const Status kept = db->transaction(
        [&] { return PickProgressRepository(db->sql()).save(pickupId, progress, Clock::system().nowUtc()); });
    if (!kept)
        m_page->showMessage(PickupTexts::describe(kept.error()));
}

bool PickupDesk::ready(const QString& pickupId, const QString& shelf) {
    Database* db = database();
    if (!db)
        return false;
    const std::optional<Pickup> pickup = PickupRepository(m_db).find(pickupId);
    QList<UnavailablePieces> unavailable;
    if (pickup && pickup->state == PickupState::AwaitingStock && m_page->pickList()->pickupId() == pickupId) {
        const PickList& list = m_page->pickList()->pickList();
        unavailable = list.unavailable();
        const int open = list.piecesToPick() - list.confirmedPieces();
        if (!list.nothingAvailable() && open > 0 &&
            !m_confirm(
                tr("Ready for pickup"),
                tr("%n piece(s) of order %1 are not confirmed by scan or tick yet. Are they all on the "
                   "shelf? Mark the order ready for pickup anyway?",
                   nullptr, open)
                    .arg(pickup->orderNo)))
            return false;
    }
    const Result<OutboxEntry> entry = PickupActions(*db).ready(pickupId, shelf, staffId(), unavailable);
    int missing = 0;
    for (const UnavailablePieces& item : unavailable)
        missing += item.quantity;
    QString message = tr("Order %1 is ready for pickup at shelf place %2.")
                          .arg(pickup ? pickup->orderNo : QString(), shelf.trimmed());
    if (missing > 0)
        message +=
            u' ' + tr("%n piece(s) marked unavailable; they will not be handed over.", nullptr, missing);
    return done(entry, message);
}

bool PickupDesk::notify(const QString& pickupId, const QString& channel) {
    Database* db = database();
    if (!db)
        return false;
    const Result<OutboxEntry> entry = PickupActions(*db).notify(pickupId, channel, staffId());
    return done(entry, channel == u"email"
                           ? tr("The customer will be told by e-mail that the order is ready.")
                           : tr("The customer will be told by SMS that the order is ready."));
}

void PickupDesk::verify(const QString& pickupId, const QString& code) {
    Database* db = database();
    if (!db)
        return;
    // Blocked or unknown shows at once; only the hash itself goes to the pool thread.
    const Result<QString> descriptor = PickupActions(*db).codeToCheck(pickupId);
    if (!descriptor) {
        m_codeCheck->cancel();
        m_page->setCodeChecked(false, PickupTexts::describe(descriptor.error()));
        Q_EMIT codeChecked(pickupId, false);
        return;
    }
    m_page->setCodeChecking(tr("Checking the code …"));
    m_codeCheck->start(pickupId, code, descriptor.value());
}

void PickupDesk::codeCheckDone(const QString& pickupId, const QString& code, bool matches) {
    Database* db = database();
    if (!db)
        return;
    PickupActions actions(*db);
    // Counted even when the desk has moved on: switching pickups must not hide a wrong code.
    const Status status = actions.recordCodeCheck(pickupId, matches);
    const std::optional<Pickup> shown = m_page->current();
    if (!shown || shown->id != pickupId || m_page->typedCode() != code) {
        // Another pickup or another code by now: this answer is not about what is on screen, and a
        // code typed meanwhile is not checked yet.
        if (shown && shown->id == pickupId)
            m_page->setCodeChecked(false, {});
        Q_EMIT codeChecked(pickupId, status.ok());
        return;
    }
    if (status) {
        m_verifiedPickupId = pickupId;
        m_verifiedCode = PickupCode::normalise(code);
        m_page->setCodeChecked(true, tr("The code is correct."));
    } else {
        QString text = PickupTexts::describe(status.error());
        if (status.error().code == u"pickup_code_invalid")
            text += u' ' + tr("%n attempt(s) left.", nullptr, actions.attemptsLeft(pickupId));
        m_page->setCodeChecked(false, text);
    }
    Q_EMIT codeChecked(pickupId, status.ok());
}

namespace {

int piecesOf(const QList<PickupLine>& lines) {
    int pieces = 0;
    for (const PickupLine& line : lines)
        pieces += line.quantity;
    return pieces;
}

} // namespace

QString PickupDesk::refundWords(const ReturnDecision& decision, const QString& orderNo) const {
    QString payment;
    if (const std::optional<Order> order = OrderRepository(m_db).findByOrderNo(orderNo))
        payment = ReturnTexts::paymentMethod(order->payment.method);
    return payment.isEmpty() ? Formatting::money(decision.total)
                             : tr("%1 to %2").arg(Formatting::money(decision.total), payment);
}

bool PickupDesk::handover(const QString& pickupId, const PickupActions::HandoverInput& input) {
    const std::optional<Pickup> before = PickupRepository(m_db).find(pickupId);
    if (!before)
        return done(makeError(u"local.pickup_unknown"), {});
    Database* db = database();
    if (!db)
        return false;
    const int pieces = piecesOf(input.lines);
    const int refusedPieces = piecesOf(input.refusedLines);
    const QString check = PickupTexts::identityCheck(
        input.method == IdentityMethod::PickupCode ? u"pickup_code"_s : u"identity_document"_s,
        input.documentType);
    QString question = pieces == 0
                           ? tr("The customer refuses order %1 (checked by %2).").arg(before->orderNo, check)
                           : tr("Hand over %n piece(s) of order %1 to %2 (checked by %3)?", nullptr, pieces)
                                 .arg(before->orderNo, input.recipientName, check);
    PickupRefusal refusal(*db, m_storeId);
    if (refusedPieces > 0) {
        // Money moves: say how much and where before anything is booked.
        const Result<ReturnDecision> preview = refusal.preview(before->orderNo, input.refusedLines);
        if (!preview) {
            m_page->showMessage(PickupTexts::describe(preview.error()));
            return false;
        }
        question += u' ' + tr("%n refused piece(s) are taken back as a return and go back on the shelf; "
                              "refund of %1.",
                              nullptr, refusedPieces)
                               .arg(refundWords(preview.value(), before->orderNo));
    }
    if (!m_confirm(tr("Hand over"), question))
        return false;
    PickupActions::HandoverInput checked = input;
    checked.codeVerified = input.method == IdentityMethod::PickupCode && pickupId == m_verifiedPickupId &&
                           PickupCode::normalise(input.code) == m_verifiedCode;
    const Result<PickupRefusal::Outcome> outcome = refusal.handOver(pickupId, checked, staffId());
    m_verifiedPickupId.clear();
    m_verifiedCode.clear();
    if (!outcome)
        return done(outcome.error(), {});
    m_page->clearCodeCheck();
    const std::optional<Pickup> after = PickupRepository(m_db).find(pickupId);
    m_lastReceipt = after ? writeReceipt(*before, *after, input, outcome.value()) : QString();
    m_lastReturnReceipt = outcome->refund ? writeReturnReceipt(outcome.value()) : QString();
    if (!outcome->refund)
        m_lastReturnReceiptDocument.reset();
    QString message = pieces == 0 ? tr("Order %1 refused by the customer.").arg(before->orderNo)
                      : after && after->state == PickupState::PartlyHandedOver
                          ? tr("Order %1 partly handed over to %2; the rest stays on the shelf.")
                                .arg(before->orderNo, input.recipientName)
                          : tr("Order %1 handed over to %2.").arg(before->orderNo, input.recipientName);
    if (outcome->refund)
        message +=
            u' ' + tr("%n refused piece(s) taken back as a return: refund of %1.", nullptr, refusedPieces)
                       .arg(refundWords(outcome->decision, before->orderNo));
    done(outcome->handover, message, m_lastReceipt, m_lastReturnReceipt);
    return true;
}

QString PickupDesk::writeReceipt(const Pickup& before, const Pickup& after,
                                 const PickupActions::HandoverInput& input,
                                 const PickupRefusal::Outcome& outcome) {
    HandoverReceipt::Input receipt;
    receipt.storeLines = storeLines();
    receipt.orderNo = before.orderNo;
    receipt.customerName = m_page->queue()->customerName(before.customerId);
    receipt.recipientName = input.recipientName;
    receipt.authorisedPerson = input.toAuthorisedPerson;
    receipt.identityCheck = PickupTexts::identityCheck(after.handovers.last().identityCheck.method,
                                                       after.handovers.last().identityCheck.documentType);
    const HandoverLinesTable* lines = m_page->lines();
    for (const PickupLine& line : input.lines)
        receipt.handedOver.append({lines->articleName(line.lineId), line.quantity});
    for (const PickupLine& line : input.refusedLines)
        receipt.refused.append({lines->articleName(line.lineId), line.quantity});
    if (outcome.refund)
        receipt.refusalRefund = refundWords(outcome.decision, before.orderNo);
    for (const PickupLineQuantity& open :
         PickupRules::openQuantities(PickupRules::ordered(after), PickupRules::settled(after)))
        receipt.stillOpen.append({lines->articleName(open.lineId), open.quantity});
    receipt.staffName = staffName(after.handovers.last().staffId);
    receipt.atUtc = after.handovers.last().at;
    receipt.offline = m_online ? !m_online() : true;
    const QDir dir(QFileInfo(m_db.databaseName()).absolutePath() + u"/receipts"_s);
    dir.mkpath(u"."_s);
    const QString path =
        dir.filePath(u"abholung-%1-%2.pdf"_s.arg(before.orderNo, QString::number(after.handovers.size())));
    m_lastReceiptDocument = HandoverReceipt::build(receipt);
    return m_lastReceiptDocument->writePdf(path) ? path : QString();
}

QString PickupDesk::writeReturnReceipt(const PickupRefusal::Outcome& outcome) {
    const ReturnRecord& record = outcome.refund->record;
    const ReturnReceipt::Input input{storeLines(),     outcome.order,    outcome.request,
                                     outcome.decision, record.id,        staffName(record.requesterStaffId),
                                     QString(),        record.createdAt, m_online ? !m_online() : true};
    const QDir dir(QFileInfo(m_db.databaseName()).absolutePath() + u"/receipts"_s);
    dir.mkpath(u"."_s);
    const QString path = dir.filePath(u"retoure-%1-%2.pdf"_s.arg(record.orderNo, record.id.left(8)));
    m_lastReturnReceiptDocument = ReturnReceipt::build(input);
    return m_lastReturnReceiptDocument->writePdf(path) ? path : QString();
}

bool PickupDesk::returnToStock(const QString& pickupId) {
    const std::optional<Pickup> pickup = PickupRepository(m_db).find(pickupId);
    if (!pickup)
        return done(makeError(u"local.pickup_unknown"), {});
    if (!m_confirm(tr("Return to stock"),
                   tr("Order %1 was not collected by its deadline. Put its articles from shelf place %2 back "
                      "into stock? The customer can no longer collect it.")
                       .arg(pickup->orderNo, pickup->shelf)))
        return false;
    Database* db = database();
    if (!db)
        return false;
    const Result<OutboxEntry> entry =
        PickupActions(*db).returnToStock(pickupId, PickupRules::ReturnToStockReason::NotCollected, staffId());
    return done(entry, tr("Order %1 is back in stock.").arg(pickup->orderNo));
}
