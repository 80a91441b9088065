#include "AuditPage.h"

#include "AuditLog.h"
#include "AuditTableModel.h"
#include "AuthMessages.h"
#include "StaffRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

AuditPage::AuditPage(QSqlDatabase db, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_model(new AuditTableModel(m_db, this))
    , m_action(new QComboBox(this))
    , m_staff(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_table(new QTableView(this)) {
    // The filter row is built in code because its choices come from the log itself.
    auto* title = new QLabel(tr("Audit log"), this);
    title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: 600;"));
    m_action->setAccessibleName(tr("Filter by action"));
    m_staff->setAccessibleName(tr("Filter by person"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
    }
    m_from->setDate(QDate::currentDate().addDays(-7));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Action:"), this));
    filters->addWidget(m_action, 1);
    filters->addWidget(new QLabel(tr("Person:"), this));
    filters->addWidget(m_staff, 1);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To:"), this));
    filters->addWidget(m_to);

    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(AuditTableModel::DetailColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Audit entries"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    for (QComboBox* combo : {m_action, m_staff})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
}

void AuditPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();
}

void AuditPage::refresh() {
    const QString action = m_action->currentData().toString();
    const QString staffId = m_staff->currentData().toString();
    const QSignalBlocker blockAction(m_action);
    const QSignalBlocker blockStaff(m_staff);
    m_action->clear();
    m_action->addItem(tr("All actions"), QString());
    const Result<QStringList> actions = AuditLog(m_db).actions();
    for (const QString& name : actions ? actions.value() : QStringList())
        m_action->addItem(AuthMessages::actionName(name), name);
    m_action->setCurrentIndex(qMax(0, m_action->findData(action)));
    m_staff->clear();
    m_staff->addItem(tr("Everyone"), QString());
    const auto staff = StaffRepository(m_db).active();
    if (staff) {
        for (const StaffMember& member : staff.value())
            m_staff->addItem(member.displayName, member.id);
    }
    m_staff->setCurrentIndex(qMax(0, m_staff->findData(staffId)));
    applyFilter();
}

void AuditPage::applyFilter() {
    AuditFilter filter;
    filter.action = m_action->currentData().toString();
    filter.staffId = m_staff->currentData().toString();
    filter.fromUtc = m_from->date().startOfDay().toUTC();
    filter.toUtc = m_to->date().addDays(1).startOfDay().toUTC();
    m_model->setFilter(filter);
    m_table->resizeColumnsToContents();
}
