#include "ReturnsDesk.h"

#include "CacheWriter.h"
#include "CachedReturnableOrders.h"
#include "ErrorMessages.h"
#include "Formatting.h"
#include "OrderRepository.h"
#include "ReceiptMessage.h"
#include "ReturnBooking.h"
#include "ReturnReceipt.h"
#include "ReturnRepository.h"
#include "ReturnsPage.h"
#include "Session.h"
#include "SettingsRepository.h"
#include "StoreHeader.h"
#include "StoreRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

using namespace Qt::StringLiterals;

ReturnsDesk::ReturnsDesk(QSqlDatabase db, QWidget* parentWidget)
    : QObject(parentWidget)
    , m_db(db)
    , m_storeId(SettingsRepository(db).value(SettingKey::kStoreId.toString()))
    , m_orders(std::make_unique<CachedReturnableOrders>(db, m_storeId))
    , m_writer(std::make_unique<CacheWriter>(db))
    , m_page(new ReturnsPage(*m_orders, Clock::system(), parentWidget)) {
    // Set centrally on the server and synced with the store; read-only here.
    m_page->setPolicySource([this] { return StoreRepository(m_db).returnPolicy(m_storeId); });
    connect(m_page, &ReturnsPage::returnReady, this, &ReturnsDesk::book);
    connect(m_page, &ReturnsPage::printReceiptRequested, this, [this] {
        if (m_lastReceiptDocument)
            ReceiptMessage::printWithDialog(m_page, *m_lastReceiptDocument);
    });
}

ReturnsDesk::~ReturnsDesk() = default;

void ReturnsDesk::setSession(Session* session) {
    m_session = session;
    m_page->setSession(session);
}

void ReturnsDesk::setOnlineLookUp(OnlineOrderLookup* lookUp) {
    m_lookUp = lookUp;
    connect(lookUp, &OnlineOrderLookup::finished, this, &ReturnsDesk::takeOnlineAnswer);
    m_page->setOnlineFallback([this](const QString& orderNo) {
        if (!m_lookUp || !m_online || !m_online())
            return false;
        m_lookUp->lookUp(orderNo);
        return true;
    });
}

void ReturnsDesk::takeOnlineAnswer(const OnlineOrderLookup::Answer& answer) {
    if (answer.order) {
        ReturnableOrder order = m_orders->fromOrder(*answer.order, answer.returns);
        order.fromServer = true;
        m_fetched = answer.order;
        m_fetchedReturns = answer.returns;
        m_page->showOnlineAnswer(answer.orderNo, order, {});
        return;
    }
    m_page->showOnlineAnswer(
        answer.orderNo, std::nullopt,
        answer.error.code == ErrorCode::kApiNotFound
            ? tr("No order %1 found, neither on this device nor on the server. Check the number on the "
                 "return label.")
                  .arg(answer.orderNo)
            : tr("The server could not be asked for order %1. %2")
                  .arg(answer.orderNo, ErrorMessages::describe(answer.error)));
}

Status ReturnsDesk::cacheFetchedOrder(Database& database, const QString& orderNo) {
    if (!m_fetched || m_fetched->orderNo != orderNo)
        return makeError(OutboxError::kOrderUnknown, u"the order found online is gone"_s);
    // Replaces nothing newer: a sync may have brought the order meanwhile. Its earlier returns go
    // with it, so the cached order shows what was refunded before as the server did.
    return database.transaction([&]() -> Status {
        if (Status order = OrderRepository(database.sql()).upsert({*m_fetched}); !order)
            return order;
        return ReturnRepository(database.sql()).upsert(m_fetchedReturns);
    });
}

QString ReturnsDesk::staffName(const QString& staffId) const {
    return m_session ? m_session->staffName(staffId) : QString();
}

QStringList ReturnsDesk::storeLines() const {
    return StoreHeader::lines(m_db, m_storeId);
}

bool ReturnsDesk::book(const ReturnableOrder& order, const ReturnRequest& request,
                       const ReturnDecision& decision, const QList<Approval>& approvals) {
    Result<Database*> database = m_writer->get();
    if (database && order.fromServer) {
        if (const Status cached = cacheFetchedOrder(*database.value(), order.orderNo); !cached)
            database = cached.error();
    }
    const QString staffId = m_session ? m_session->currentStaffId() : QString();
    Result<ReturnBooking::Booked> booked =
        database ? ReturnBooking(*database.value())
                       .book(order.orderNo, request, decision, approvals, staffId, m_storeId)
                 : Result<ReturnBooking::Booked>(database.error());
    if (!booked) {
        QMessageBox::warning(m_page, tr("Return"), ErrorMessages::describe(booked.error()));
        return false;
    }
    Q_EMIT localChangeMade();

    const bool offline = m_online ? !m_online() : true;
    ReturnReceipt::Input input{storeLines(),
                               order,
                               request,
                               decision,
                               booked->record.id,
                               staffName(staffId),
                               approvals.isEmpty() ? QString() : staffName(approvals.first().approverId),
                               booked->record.createdAt,
                               offline};
    const QDir dir(QFileInfo(m_db.databaseName()).absolutePath() + u"/receipts"_s);
    dir.mkpath(u"."_s);
    const QString path = dir.filePath(u"retoure-%1-%2.pdf"_s.arg(order.orderNo, booked->record.id.left(8)));
    m_lastReceiptDocument = ReturnReceipt::build(input);
    const Status written = m_lastReceiptDocument->writePdf(path);
    m_lastReceipt = written ? path : QString();

    QString message =
        tr("Return of order %1 booked: refund %2 to %3.")
            .arg(order.orderNo, Formatting::money(decision.total),
                 decision.refundMethod == RefundMethod::Voucher ? tr("a voucher")
                                                                : tr("the original payment method"));
    if (offline)
        message += u' ' + tr("The refund will be made after the synchronisation.");
    m_page->reset();
    m_page->showMessage(message, m_lastReceipt);
    return true;
}
