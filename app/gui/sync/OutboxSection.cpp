#include "OutboxSection.h"

#include "AuditLog.h"
#include "CacheWriter.h"
#include "ConflictDetailsDialog.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "DayCloseDialog.h"
#include "DiscardDialog.h"
#include "ErrorMessages.h"
#include "LocalChanges.h"
#include "OutboxModel.h"
#include "OutboxRepository.h"
#include "RoleGate.h"
#include "Session.h"
#include "SyncService.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool retryable(const OutboxEntry& entry) {
    if (entry.state == OutboxState::kConflict)
        return ConflictDetailsDialog::keepMineIsSafe(entry);
    return entry.state == OutboxState::kFailed || entry.state == OutboxState::kQuarantined;
}

bool discardable(const OutboxEntry& entry) {
    return entry.state != OutboxState::kSending && entry.state != OutboxState::kDone &&
           entry.state != OutboxState::kDiscarded;
}

QAction* makeAction(QWidget* owner, const QString& text, const QKeySequence& shortcut, const QString& tip) {
    auto* action = new QAction(text, owner);
    action->setShortcut(shortcut);
    // Only while the sync screen has focus: Delete must not discard anything from another screen.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(u"%1 (%2)"_s.arg(tip, shortcut.toString(QKeySequence::NativeText)));
    owner->addAction(action);
    return action;
}

} // namespace

OutboxSection::OutboxSection(QSqlDatabase db, SyncService& service, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_service(service)
    , m_model(new OutboxModel(db, this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_showFinished(new QCheckBox(tr("Also show sent and discarded changes"), this))
    , m_writer(std::make_unique<CacheWriter>(db)) {
    m_retry = makeAction(this, tr("Send again"), QKeySequence(Qt::CTRL | Qt::Key_R),
                         tr("Send the selected changes to the server again; for a conflict: keep mine"));
    m_discard = makeAction(this, tr("Discard…"), QKeySequence(Qt::Key_Delete),
                           tr("Drop the selected change and undo it on this device (needs a manager)"));
    m_details = makeAction(this, tr("Details"), QKeySequence(Qt::CTRL | Qt::Key_I),
                           tr("Show this device's change beside the server's answer"));
    m_dayClose = makeAction(this, tr("Day-close check"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                            tr("List everything that has not reached the server yet"));
    connect(m_retry, &QAction::triggered, this, &OutboxSection::retrySelected);
    connect(m_discard, &QAction::triggered, this, &OutboxSection::discardSelected);
    connect(m_details, &QAction::triggered, this, &OutboxSection::showDetails);
    connect(m_dayClose, &QAction::triggered, this, &OutboxSection::checkDayClose);

    auto* heading = new QLabel(tr("Changes waiting for the server"), this);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Outbox summary"));

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Changes waiting for the server"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(OutboxModel::WhatColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(OutboxModel::StateColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(OutboxModel::CreatedColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OutboxModel::AttemptsColumn, QHeaderView::ResizeToContents);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_retry, m_discard, m_details});
    connect(m_view, &QTableView::doubleClicked, this, &OutboxSection::showDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutboxSection::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxSection::updateActions);

    m_showFinished->setToolTip(tr("By default only changes that have not reached the server are listed"));
    connect(m_showFinished, &QCheckBox::toggled, this,
            [this](bool all) { m_model->setStates(all ? QStringList() : OutboxModel::openStates()); });

    auto* buttons = new QHBoxLayout;
    QWidget* previous = m_view; // tab order follows reading order: table, buttons, filter, day close
    for (QAction* action : {m_retry, m_discard, m_details, m_dayClose}) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        if (action == m_dayClose) {
            buttons->addSpacing(12);
            buttons->addWidget(m_showFinished);
            buttons->addStretch(1);
            setTabOrder(previous, m_showFinished);
            previous = m_showFinished;
        }
        buttons->addWidget(button);
        setTabOrder(previous, button);
        previous = button;
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(&m_service, &SyncService::outboxCountsChanged, this, &OutboxSection::reload);
    connect(&m_service, &SyncService::pushFinished, this, &OutboxSection::reload);
    connect(&m_service, &SyncService::syncFinished, this, &OutboxSection::reload);
    reload();
}

OutboxSection::~OutboxSection() = default;

void OutboxSection::setSession(Session* session) {
    m_session = session;
}

void OutboxSection::reload() {
    m_model->reload();
    // From the counts, not the table: the table may also list sent and discarded changes.
    const Result<OutboxCounts> counts = OutboxRepository(m_db).counts();
    const Result<qint64> unsentAudit = AuditLog(m_db).unsyncedCount();
    m_summary->setText(
        counts ? DayCloseDialog::verdict(counts->pending + counts->conflicts + counts->quarantined,
                                         unsentAudit ? unsentAudit.value() : 0)
               : QString());
}

QList<OutboxEntry> OutboxSection::selectedEntries() const {
    QList<OutboxEntry> entries;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        entries.append(m_model->entry(index.row()));
    return entries;
}

void OutboxSection::updateActions() {
    const QList<OutboxEntry> entries = selectedEntries();
    m_retry->setEnabled(std::any_of(entries.cbegin(), entries.cend(), retryable));
    m_discard->setEnabled(entries.size() == 1 && discardable(entries.first()));
    m_details->setEnabled(entries.size() == 1 && !entries.first().serverBody.isEmpty());
}

Database* OutboxSection::writer() {
    Result<Database*> database = m_writer->get();
    if (!database) {
        showError(database.error());
        return nullptr;
    }
    return database.value();
}

void OutboxSection::showError(const Error& error) {
    QMessageBox::warning(this, tr("Outbox"), ErrorMessages::describe(error));
}

void OutboxSection::retrySelected() {
    QList<OutboxEntry> entries = selectedEntries();
    entries.removeIf([](const OutboxEntry& entry) { return !retryable(entry); });
    if (!entries.isEmpty() && retryEntries(entries))
        m_service.pushNow();
}

bool OutboxSection::retryEntries(const QList<OutboxEntry>& entries) {
    Database* database = writer();
    if (!database)
        return false;
    LocalChanges changes(*database);
    bool any = false;
    for (const OutboxEntry& entry : entries) {
        if (const Status done = changes.retry(entry.id); !done) {
            showError(done.error());
            break;
        }
        any = true;
    }
    reload();
    if (any)
        Q_EMIT outboxChanged();
    return any;
}

void OutboxSection::discardSelected() {
    const QList<OutboxEntry> entries = selectedEntries();
    if (entries.size() == 1 && discardable(entries.first()))
        discardEntry(entries.first());
}

bool OutboxSection::discardEntry(const OutboxEntry& entry) {
    DiscardDialog dialog(m_model->describeChange(entry), m_model->describeUndo(entry), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QString approverId;
    // Without a Session (no staff synced yet, or a bare page in a test) nobody can sign in, so
    // nobody could approve: the reason alone has to do, and the server still checks the role.
    // RoleGate does the same when a Session exists but the staff feed has brought nobody yet.
    if (m_session) {
        const std::optional<Approval> approval =
            RoleGate::requireManager(this, *m_session,
                                     ApprovalRequest{u"outbox.discard"_s, u"outbox_discard"_s, 0,
                                                     tr("Discard: %1").arg(m_model->describeChange(entry))});
        if (!approval)
            return false;
        approverId = approval->approverId;
    }
    Database* database = writer();
    if (!database)
        return false;
    const Result<QList<qint64>> dropped = LocalChanges(*database).discard(entry.id, dialog.reason());
    if (!dropped) {
        showError(dropped.error());
        reload();
        return false;
    }
    if (m_session) {
        // Ids and the command only: the reason is free text and may name a customer. A row taken
        // along (the return of pieces refused at a handover) is recorded on its own, naming the row
        // whose discard took it.
        m_session->audit(AuditAction::kOutboxDiscard, u"outbox"_s, QString::number(entry.id),
                         QJsonObject{{u"command"_s, entry.command}, {u"approver_staff_id"_s, approverId}});
        for (const qint64 linked : dropped->mid(1))
            m_session->audit(AuditAction::kOutboxDiscard, u"outbox"_s, QString::number(linked),
                             QJsonObject{{u"command"_s, OutboxCommandName::kReturnCreate.toString()},
                                         {u"approver_staff_id"_s, approverId},
                                         {u"discarded_with"_s, QString::number(entry.id)}});
    }
    reload();
    Q_EMIT outboxChanged();
    return true;
}

void OutboxSection::showDetails() {
    const QList<OutboxEntry> entries = selectedEntries();
    if (entries.size() != 1 || entries.first().serverBody.isEmpty())
        return;
    const OutboxEntry entry = entries.first();
    if (entry.command == OutboxCommandName::kCartPut && entry.state == OutboxState::kConflict &&
        entry.serverStatus == 412) {
        Q_EMIT cartConflictOpened(entry.entityId);
        return;
    }
    std::optional<qint64> cachedVersion;
    if (const std::optional<Customer> customer = CustomerRepository(m_db).find(entry.entityId))
        cachedVersion = customer->version;
    ConflictDetailsDialog dialog(*m_model, entry, cachedVersion, this);
    const int outcome = dialog.exec();
    if (outcome == ConflictDetailsDialog::KeepMine) {
        if (retryEntries({entry}))
            m_service.pushNow();
    } else if (outcome == ConflictDetailsDialog::TakeTheirs) {
        discardEntry(entry);
    }
}

void OutboxSection::checkDayClose() {
    DayCloseDialog dialog(m_db, this);
    dialog.exec();
}
