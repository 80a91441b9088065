#include "CustomerHistoryPanel.h"

#include "BackgroundCacheRead.h"
#include "ChannelBadgeDelegate.h"
#include "Clock.h"
#include "CustomerFiguresPanel.h"
#include "ErrorMessages.h"
#include "Formatting.h"
#include "OrderDetailDialog.h"
#include "OrderRepository.h"
#include "ReturnRepository.h"
#include "StoreRepository.h"
#include "TimelineBuilder.h"
#include "TimelineModel.h"
#include "TimelineTexts.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr TimelineKind kKinds[] = {
    TimelineKind::OnlineOrder,    TimelineKind::StoreReceipt, TimelineKind::Return, TimelineKind::Pickup,
    TimelineKind::ServiceContact, TimelineKind::Consent,      TimelineKind::Note};

} // namespace

CustomerHistoryPanel::CustomerHistoryPanel(QSqlDatabase db, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_clock(&Clock::system())
    , m_figures(new CustomerFiguresPanel(this))
    , m_channelLabel(new QLabel(this))
    , m_channel(new QComboBox(this))
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_model(new TimelineModel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_figures);

    auto* filters = new QHBoxLayout;
    m_channel->setObjectName(u"timelineChannelFilter"_s);
    m_kind->setObjectName(u"timelineKindFilter"_s);
    m_channel->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_channelLabel->setBuddy(m_channel);
    m_kindLabel->setBuddy(m_kind);
    filters->addWidget(m_channelLabel);
    filters->addWidget(m_channel);
    filters->addWidget(m_kindLabel);
    filters->addWidget(m_kind);
    filters->addStretch(1);
    filters->addWidget(m_count);
    layout->addLayout(filters);

    m_view->setObjectName(u"timelineView"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ChannelBadgeDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TimelineModel::EventColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) { spanMonthRows(first, last); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        spanMonthRows(0, m_model->rowCount() - 1);
        updateCount();
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) { openRow(index.row()); });
    // Enter and a double click open the order too (activated); the action names it in a menu.
    m_openAction = new QAction(this);
    m_openAction->setObjectName(u"openOrderAction"_s);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_openAction, &QAction::triggered, this, [this] { openRow(m_view->currentIndex().row()); });
    m_view->addAction(m_openAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &CustomerHistoryPanel::applyFilters);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CustomerHistoryPanel::applyFilters);
    retranslate();
}

Status CustomerHistoryPanel::showCustomer(const QString& customerId) {
    m_customerId = customerId;
    const quint64 generation = ++m_generation;
    m_figures->setPending();
    Result<CustomerHistory> newest = TimelineBuilder::loadNewest(m_db, customerId, TimelineModel::kBatch);
    if (!newest) {
        m_restPending = false;
        m_model->setEvents({});
        return newest.error();
    }
    m_model->setEvents(TimelineBuilder::build(newest.value()));
    fillChannelFilter();
    m_restPending = true;
    loadRest(generation);
    return {};
}

void CustomerHistoryPanel::loadRest(quint64 generation) {
    // Everything, merged and sorted, with the figures' data: read on a pool thread, since a customer
    // with thousands of events would hold the window. An answer for a customer no longer shown (or
    // after clear()) is dropped.
    struct Full {
        CustomerHistory history;
        QList<TimelineEvent> events;
    };
    readCacheInBackground<Full>(
        m_db.databaseName(), this,
        [customerId = m_customerId](QSqlDatabase db) -> Result<Full> {
            Result<CustomerHistory> history = TimelineBuilder::load(db, customerId);
            if (!history)
                return history.error();
            QList<TimelineEvent> events = TimelineBuilder::build(history.value());
            return Full{std::move(history).value(), std::move(events)};
        },
        [this, generation](Result<Full> full) {
            if (generation != m_generation)
                return;
            m_restPending = false;
            if (!full) {
                QMessageBox::warning(this, tr("Customer history"), ErrorMessages::describe(full.error()));
                return;
            }
            m_figures->setData(full->history.orders, full->history.returns, m_clock->nowUtc());
            m_model->setEvents(std::move(full).value().events);
            fillChannelFilter();
        });
}

void CustomerHistoryPanel::clear() {
    m_customerId.clear();
    ++m_generation;
    m_restPending = false;
    m_model->setEvents({});
    if (m_dialog)
        m_dialog->close();
}

void CustomerHistoryPanel::fillChannelFilter() {
    const QString current = m_channel->currentData().toString();
    const QSignalBlocker blocker(m_channel);
    m_channel->clear();
    m_channel->addItem(tr("All channels"), QString());
    for (const QString& channel : m_model->channels())
        m_channel->addItem(channel == u"marketplace" ? tr("marketplaces") : TimelineTexts::channel(channel),
                           channel);
    const int index = m_channel->findData(current);
    m_channel->setCurrentIndex(index < 0 ? 0 : index);
    applyFilters();
}

void CustomerHistoryPanel::setChannelFilter(const QString& channel) {
    const int index = m_channel->findData(channel);
    m_channel->setCurrentIndex(index < 0 ? 0 : index);
}

void CustomerHistoryPanel::setKindFilter(int kind) {
    const int index = m_kind->findData(kind);
    m_kind->setCurrentIndex(index < 0 ? 0 : index);
}

void CustomerHistoryPanel::applyFilters() {
    m_model->setChannelFilter(m_channel->currentData().toString());
    const int kind = m_kind->currentData().toInt();
    m_model->setKindFilter(kind < 0 ? std::nullopt : std::optional<TimelineKind>(TimelineKind(kind)));
}

void CustomerHistoryPanel::spanMonthRows(int first, int last) {
    for (int row = first; row <= last; ++row)
        if (m_model->isMonthRow(row))
            m_view->setFirstColumnSpanned(row, {}, true);
}

void CustomerHistoryPanel::updateCount() {
    m_count->setText(m_model->matchingEvents() == m_model->totalEvents()
                         ? tr("%n event(s)", nullptr, m_model->totalEvents())
                         : tr("%1 of %n event(s)", nullptr, m_model->totalEvents())
                               .arg(Formatting::integer(m_model->matchingEvents())));
}

OrderDetailDialog* CustomerHistoryPanel::orderDialog() const {
    return m_dialog;
}

OrderDetailDialog* CustomerHistoryPanel::openRow(int row) {
    const TimelineEvent* event = m_model->eventAt(row);
    if (!event || event->orderNo.isEmpty())
        return nullptr;
    return openOrder(event->orderNo);
}

OrderDetailDialog* CustomerHistoryPanel::openOrder(const QString& orderNo) {
    const std::optional<Order> order = OrderRepository(m_db).findByOrderNo(orderNo);
    if (!order) {
        QMessageBox::information(this, tr("Order"),
                                 tr("Order %1 is not in this device's cache.").arg(orderNo));
        return nullptr;
    }
    const Result<QList<ReturnRecord>> returns = ReturnRepository(m_db).forOrderNo(orderNo);
    QHash<QString, QString> storeNames;
    if (const Result<QList<StoreRecord>> stores = StoreRepository(m_db).all(); stores)
        for (const StoreRecord& store : stores.value())
            storeNames.insert(store.id, store.name);
    if (m_dialog)
        m_dialog->close();
    m_dialog =
        new OrderDetailDialog(*order, returns ? returns.value() : QList<ReturnRecord>(), storeNames, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &OrderDetailDialog::returnRequested, this, &CustomerHistoryPanel::returnRequested);
    m_dialog->show();
    return m_dialog;
}

void CustomerHistoryPanel::retranslate() {
    m_channelLabel->setText(tr("&Channel:"));
    m_kindLabel->setText(tr("&Kind:"));
    m_channel->setAccessibleName(tr("Show channel"));
    m_kind->setAccessibleName(tr("Show kind"));
    m_view->setAccessibleName(tr("Customer history"));
    m_view->setToolTip(tr("Enter or double-click opens an order"));
    m_openAction->setText(tr("Open order"));
    m_openAction->setToolTip(tr("Show the order's lines, payment, delivery and returns"));
    {
        const QSignalBlocker blocker(m_kind);
        const int current = m_kind->currentIndex();
        m_kind->clear();
        m_kind->addItem(tr("Everything"), -1);
        for (TimelineKind kind : kKinds)
            m_kind->addItem(TimelineTexts::kind(kind), int(kind));
        m_kind->setCurrentIndex(current < 0 ? 0 : current);
    }
    if (m_channel->count() == 0)
        m_channel->addItem(tr("All channels"), QString());
    else
        m_channel->setItemText(0, tr("All channels"));
    // Fixed widths from the widest expected content (or the caption): sizing to contents would
    // measure thousands of rows.
    const QFontMetrics fm = m_view->fontMetrics();
    const QFontMetrics headerFm = m_view->header()->fontMetrics();
    int channelWidth = 0;
    for (const QString& channel : {u"webshop"_s, u"app"_s, u"store"_s, u"phone"_s, u"email"_s})
        channelWidth = std::max(channelWidth, fm.horizontalAdvance(TimelineTexts::channelShort(channel)));
    const std::pair<int, int> widest[] = {
        {TimelineModel::DateColumn, fm.horizontalAdvance(Formatting::date(QDate(2026, 12, 28))) + 12},
        {TimelineModel::ChannelColumn, channelWidth + 20},
        {TimelineModel::AmountColumn, fm.horizontalAdvance(u"−9.999,99 €"_s) + 12},
        {TimelineModel::StateColumn,
         fm.horizontalAdvance(TimelineTexts::orderState(u"ready_for_pickup"_s)) + 16},
    };
    for (const auto& [column, width] : widest) {
        const QString caption = m_model->headerData(column, Qt::Horizontal).toString();
        m_view->header()->resizeSection(column, std::max(width, headerFm.horizontalAdvance(caption) + 16));
    }
    updateCount();
}

void CustomerHistoryPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
