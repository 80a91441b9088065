#include "DayCloseDialog.h"

#include "AuditLog.h"
#include "AuditTableModel.h"
#include "OutboxModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

DayCloseDialog::DayCloseDialog(QSqlDatabase db, QWidget* parent)
    : QDialog(parent)
    , m_model(new OutboxModel(db, this))
    , m_auditModel(new AuditTableModel(db, this))
    , m_verdict(new QLabel(this))
    , m_auditHeading(new QLabel(this))
    , m_view(new QTableView(this))
    , m_auditView(new QTableView(this)) {
    setWindowTitle(tr("Day-close check"));
    m_model->reload();
    AuditFilter unsent;
    unsent.unsentOnly = true;
    unsent.limit = -1;
    m_auditModel->setFilter(unsent);
    const Result<qint64> unsentCount = AuditLog(db).unsyncedCount();
    const qsizetype audit = unsentCount ? qsizetype(unsentCount.value()) : m_auditModel->rowCount();
    const Result<qint64> refusedCount = AuditLog(db).refusedCount();
    const qsizetype refused = refusedCount ? qsizetype(refusedCount.value()) : 0;

    QFont font = m_verdict->font();
    font.setBold(true);
    m_verdict->setFont(font);
    m_verdict->setWordWrap(true);
    QString text = verdict(m_model->rowCount(), audit);
    if (refused > 0)
        text += u' ' + refusedSentence(refused);
    m_verdict->setText(text);
    m_verdict->setAccessibleName(tr("Day-close verdict"));

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Changes not yet on the server"));
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(OutboxModel::WhatColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(OutboxModel::StateColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(OutboxModel::CreatedColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(OutboxModel::AttemptsColumn,
                                                     QHeaderView::ResizeToContents);
    // An empty table says nothing the verdict does not already say.
    m_view->setVisible(m_model->rowCount() > 0);

    // The audit trail goes to the server with the next push; until then it exists only here.
    m_auditHeading->setText(tr("Audit entries not yet on the server"));
    m_auditHeading->setVisible(audit > 0);
    m_auditView->setModel(m_auditModel);
    m_auditView->setAccessibleName(tr("Audit entries not yet on the server"));
    m_auditView->setSelectionMode(QAbstractItemView::NoSelection);
    m_auditView->setWordWrap(false);
    m_auditView->verticalHeader()->hide();
    m_auditView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_auditView->horizontalHeader()->setSectionResizeMode(AuditTableModel::DetailColumn,
                                                          QHeaderView::Stretch);
    // Every row here is unsent; the column only tells something when the server refused one.
    m_auditView->setColumnHidden(AuditTableModel::SentColumn, refused == 0);
    m_auditView->setVisible(audit > 0);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(m_view, 2);
    layout->addWidget(m_auditHeading);
    layout->addWidget(m_auditView, 1);
    layout->addWidget(buttons);
    const bool anything = m_model->rowCount() > 0 || audit > 0;
    resize(960, anything ? 480 : 140);
}

QString DayCloseDialog::refusedSentence(qsizetype refusedAuditEntries) {
    if (refusedAuditEntries == 1)
        return tr("The server refused 1 audit entry; it stays on this device. Please tell IT support.");
    return tr("The server refused %1 audit entries; they stay on this device. Please tell IT support.")
        .arg(refusedAuditEntries);
}

QString DayCloseDialog::verdict(qsizetype openChanges, qsizetype unsentAuditEntries) {
    if (openChanges == 0 && unsentAuditEntries == 0)
        return tr("Everything has reached the server.");
    // Two sentences rather than %n: untranslated English would otherwise read "change(s)".
    QStringList sentences;
    if (openChanges == 1)
        sentences << tr("1 change has not reached the server yet.");
    else if (openChanges > 1)
        sentences << tr("%1 changes have not reached the server yet.").arg(openChanges);
    if (unsentAuditEntries == 1)
        sentences << tr("1 audit entry has not reached the server yet.");
    else if (unsentAuditEntries > 1)
        sentences << tr("%1 audit entries have not reached the server yet.").arg(unsentAuditEntries);
    return sentences.join(u' ');
}
