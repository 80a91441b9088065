#include "DiscardDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

DiscardDialog::DiscardDialog(const QString& change, const QString& undo, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this))
    , m_discard(nullptr) {
    setWindowTitle(tr("Discard change"));
    auto* what =
        new QLabel(tr("<b>%1</b> has not reached the server yet.").arg(change.toHtmlEscaped()), this);
    what->setWordWrap(true);
    auto* effect = new QLabel(undo, this);
    effect->setWordWrap(true);
    effect->setObjectName(QStringLiteral("undoLabel"));
    auto* notice = new QLabel(tr("This cannot be undone. A reason is required and is recorded."), this);
    notice->setWordWrap(true);

    m_reason->setPlaceholderText(tr("e.g. entered for the wrong customer"));
    m_reason->setAccessibleName(tr("Reason for discarding"));
    m_reason->setMaxLength(500); // what the outbox keeps

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_discard = buttons->addButton(tr("Discard"), QDialogButtonBox::DestructiveRole);
    m_discard->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_discard, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_discard->setEnabled(!text.trimmed().isEmpty()); });

    auto* form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(effect);
    layout->addWidget(notice);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_reason->setFocus();
}

QString DiscardDialog::reason() const {
    return m_reason->text().trimmed();
}
