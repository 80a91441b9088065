#include "DayCloseDialog.h"

#include "OutboxModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

DayCloseDialog::DayCloseDialog(QSqlDatabase db, QWidget* parent)
    : QDialog(parent)
    , m_model(new OutboxModel(std::move(db), this))
    , m_verdict(new QLabel(this))
    , m_view(new QTableView(this)) {
    setWindowTitle(tr("Day-close check"));
    m_model->reload();

    QFont font = m_verdict->font();
    font.setBold(true);
    m_verdict->setFont(font);
    m_verdict->setWordWrap(true);
    m_verdict->setText(verdict(m_model->rowCount()));
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

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(960, m_model->rowCount() > 0 ? 420 : 140);
}

QString DayCloseDialog::verdict(qsizetype open) {
    if (open == 0)
        return tr("Everything has reached the server.");
    // Two sentences rather than %n: untranslated English would otherwise read "change(s)".
    if (open == 1)
        return tr("1 change has not reached the server yet.");
    return tr("%1 changes have not reached the server yet.").arg(open);
}
