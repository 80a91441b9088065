#include "PickupDesk.h"

#include "CacheWriter.h"
#include "HandoverReceipt.h"
#include "OrderRepository.h"
#include "PickupPage.h"
#include "PickupQueueModel.h"
#include "PickupRepository.h"
#include "PickupTexts.h"
#include "ReceiptMessage.h"
#include "Session.h"
#include "SettingsRepository.h"
#include "StoreRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

using namespace Qt::StringLiterals;

PickupDesk::PickupDesk(QSqlDatabase db, QWidget* parentWidget)
    : QObject(parentWidget)
    , m_db(db)
    , m_storeId(SettingsRepository(db).value(SettingKey::kStoreId.toString()))
    , m_writer(std::make_unique<CacheWriter>(db))
    , m_page(new PickupPage(db, Clock::system(), parentWidget)) {
    m_confirm = [this](const QString& title, const QString& question) {
        return QMessageBox::question(m_page, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    m_page->setStoreId(m_storeId);
    connect(m_page, &PickupPage::readyRequested, this, &PickupDesk::ready);
    connect(m_page, &PickupPage::printReceiptRequested, this, [this] {
        if (m_lastReceiptDocument)
            ReceiptMessage::printWithDialog(m_page, *m_lastReceiptDocument);
    });
    connect(m_page, &PickupPage::notifyRequested, this, &PickupDesk::notify);
    connect(m_page, &PickupPage::verifyRequested, this, &PickupDesk::verify);
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
    if (!m_session || id.isEmpty())
        return {};
    const std::optional<StaffMember> member = m_session->staff(id);
    return member ? member->displayName : QString();
}

QStringList PickupDesk::storeLines() const {
    const std::optional<StoreRecord> store = StoreRepository(m_db).find(m_storeId);
    if (!store)
        return {SettingsRepository(m_db).value(SettingKey::kStoreName.toString())};
    QStringList lines{store->name};
    const QString place = (store->postcode + u' ' + store->city).trimmed();
    if (!store->street.isEmpty() || !place.isEmpty())
        lines << QStringList{store->street, place}.join(u", "_s);
    return lines;
}

bool PickupDesk::done(const Result<OutboxEntry>& entry, const QString& message, const QString& receipt) {
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
                        receipt);
    return true;
}

bool PickupDesk::ready(const QString& pickupId, const QString& shelf) {
    Database* db = database();
    if (!db)
        return false;
    const Result<OutboxEntry> entry = PickupActions(*db).ready(pickupId, shelf, staffId());
    const std::optional<Pickup> pickup = PickupRepository(m_db).find(pickupId);
    return done(entry, tr("Order %1 is ready for pickup at shelf place %2.")
                           .arg(pickup ? pickup->orderNo : QString(), shelf.trimmed()));
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

bool PickupDesk::verify(const QString& pickupId, const QString& code) {
    Database* db = database();
    if (!db)
        return false;
    PickupActions actions(*db);
    const Status status = actions.verifyCode(pickupId, code);
    if (status) {
        m_page->setCodeChecked(true, tr("The code is correct."));
        return true;
    }
    QString text = PickupTexts::describe(status.error());
    if (status.error().code == u"pickup_code_invalid")
        text += u' ' + tr("%n attempt(s) left.", nullptr, actions.attemptsLeft(pickupId));
    m_page->setCodeChecked(false, text);
    return false;
}

bool PickupDesk::handover(const QString& pickupId, const PickupActions::HandoverInput& input) {
    const std::optional<Pickup> before = PickupRepository(m_db).find(pickupId);
    if (!before)
        return done(makeError(u"local.pickup_unknown"), {});
    int pieces = 0;
    for (const PickupLine& line : input.lines)
        pieces += line.quantity;
    const QString check = PickupTexts::identityCheck(
        input.method == IdentityMethod::PickupCode ? u"pickup_code"_s : u"identity_document"_s,
        input.documentType);
    if (!m_confirm(tr("Hand over"),
                   tr("Hand over %n piece(s) of order %1 to %2 (checked by %3)?", nullptr, pieces)
                       .arg(before->orderNo, input.recipientName, check)))
        return false;
    Database* db = database();
    if (!db)
        return false;
    const Result<OutboxEntry> entry = PickupActions(*db).handover(pickupId, input, staffId());
    if (!entry)
        return done(entry, {});
    m_page->clearCodeCheck();
    const std::optional<Pickup> after = PickupRepository(m_db).find(pickupId);
    m_lastReceipt = after ? writeReceipt(*before, *after, input) : QString();
    done(entry,
         after && after->state == PickupState::PartlyHandedOver
             ? tr("Order %1 partly handed over to %2; the rest stays on the shelf.")
                   .arg(before->orderNo, input.recipientName)
             : tr("Order %1 handed over to %2.").arg(before->orderNo, input.recipientName),
         m_lastReceipt);
    return true;
}

QString PickupDesk::writeReceipt(const Pickup& before, const Pickup& after,
                                 const PickupActions::HandoverInput& input) {
    const std::optional<Order> order = OrderRepository(m_db).findByOrderNo(before.orderNo);
    const auto name = [&order](const QString& lineId) {
        for (const OrderLine& line : order ? order->lines : QList<OrderLine>{}) {
            if (line.lineId == lineId)
                return line.name;
        }
        return tr("Line %1").arg(lineId);
    };
    HandoverReceipt::Input receipt;
    receipt.storeLines = storeLines();
    receipt.orderNo = before.orderNo;
    receipt.customerName = m_page->queue()->customerName(before.customerId);
    receipt.recipientName = input.recipientName;
    receipt.authorisedPerson = input.toAuthorisedPerson;
    receipt.identityCheck = PickupTexts::identityCheck(after.handovers.last().identityCheck.method,
                                                       after.handovers.last().identityCheck.documentType);
    for (const PickupLine& line : input.lines)
        receipt.handedOver.append({name(line.lineId), line.quantity});
    for (const PickupLine& line : after.lines) {
        int open = line.quantity;
        for (const Handover& handover : after.handovers) {
            for (const PickupLine& given : handover.lines)
                open -= given.lineId == line.lineId ? given.quantity : 0;
        }
        if (open > 0)
            receipt.stillOpen.append({name(line.lineId), open});
    }
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
