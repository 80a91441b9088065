#include "ReturnsPage.h"

#include "ErrorMessages.h"
#include "Formatting.h"
#include "ReceiptMessage.h"
#include "ReturnChoiceDelegate.h"
#include "ReturnLinesModel.h"
#include "ReturnPolicyText.h"
#include "ReturnReasonText.h"
#include "ReturnTexts.h"
#include "ReturnableOrderSource.h"
#include "RoleGate.h"
#include "ScanClassifier.h"
#include "Session.h"
#include "ui_ReturnsPage.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QShortcut>
#include <QUrl>

using namespace Qt::StringLiterals;

ReturnsPage::ReturnsPage(ReturnableOrderSource& source, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReturnsPage>())
    , m_source(source)
    , m_clock(clock)
    , m_lines(new ReturnLinesModel(this)) {
    m_ui->setupUi(this);
    m_ui->linesView->setModel(m_lines);
    m_ui->linesView->setItemDelegate(new ReturnChoiceDelegate(m_ui->linesView));
    m_ui->linesView->verticalHeader()->hide();
    QHeaderView* header = m_ui->linesView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReturnLinesModel::ArticleColumn, QHeaderView::Stretch);
    QFont total = m_ui->totalLabel->font();
    total.setPointSizeF(total.pointSizeF() * 1.4);
    total.setBold(true);
    m_ui->totalLabel->setFont(total);
    QFont field = m_ui->orderField->font();
    field.setPointSizeF(field.pointSizeF() * 1.3);
    m_ui->orderField->setFont(field);
    m_ui->orderField->setMinimumHeight(36);

    ReceiptMessage::follow(m_ui->messageLabel, [this] { Q_EMIT printReceiptRequested(); });
    connect(m_ui->orderField, &QLineEdit::returnPressed, this, [this] { lookUp(m_ui->orderField->text()); });
    connect(m_ui->findButton, &QPushButton::clicked, this, [this] { lookUp(m_ui->orderField->text()); });
    connect(m_lines, &ReturnLinesModel::requestChanged, this, &ReturnsPage::evaluate);
    // Queued: the reason's drop-down closes first, then the question about it opens.
    connect(m_lines, &ReturnLinesModel::reasonTextWanted, this, &ReturnsPage::askReasonText,
            Qt::QueuedConnection);
    connect(m_ui->originalRadio, &QRadioButton::toggled, this, &ReturnsPage::evaluate);
    connect(m_ui->submitButton, &QPushButton::clicked, this, &ReturnsPage::submit);
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_ui->submitButton->isEnabled())
                submit();
        });
    }
    m_ui->policyLabel->setText(ReturnPolicyText::summary(m_policy.config()));
    reset();
}

ReturnsPage::~ReturnsPage() {
    // An editor still open commits into the model while the children go: nothing to evaluate then.
    disconnect(m_lines, nullptr, this, nullptr);
}

void ReturnsPage::setPolicy(const ReturnPolicy& policy) {
    m_policy = policy;
    m_ui->policyLabel->setText(ReturnPolicyText::summary(m_policy.config()));
    evaluate();
}

void ReturnsPage::setPolicySource(std::function<ReturnPolicyConfig()> source) {
    m_policySource = std::move(source);
    refreshPolicy();
}

void ReturnsPage::refreshPolicy() {
    if (!m_policySource)
        return;
    const ReturnPolicyConfig config = m_policySource();
    if (config == m_policy.config())
        return;
    setPolicy(ReturnPolicy(config));
}

void ReturnsPage::setSession(Session* session) {
    m_session = session;
}

void ReturnsPage::focusOrderField() {
    m_ui->orderField->setFocus(Qt::ShortcutFocusReason);
    m_ui->orderField->selectAll();
}

void ReturnsPage::showMessage(const QString& message, const QString& receiptPath) {
    m_ui->messageLabel->setTextFormat(Qt::RichText);
    m_ui->messageLabel->setText(ReceiptMessage::html(message, receiptPath));
}

void ReturnsPage::setOnlineFallback(std::function<bool(const QString&)> fallback) {
    m_onlineFallback = std::move(fallback);
}

void ReturnsPage::reset() {
    m_pendingOnline.clear();
    m_order = ReturnableOrder();
    m_decision.reset();
    m_lines->setOrder(m_order);
    m_ui->orderField->clear();
    m_ui->messageLabel->clear();
    m_ui->originalRadio->setChecked(true);
    m_ui->stack->setCurrentWidget(m_ui->emptyPage);
}

bool ReturnsPage::lookUp(const QString& orderNoOrScan) {
    const ScanResult scan = ScanClassifier::classify(orderNoOrScan);
    const QString orderNo = scan.orderNo.isEmpty() ? orderNoOrScan.trimmed().toUpper() : scan.orderNo;
    if (orderNo.isEmpty())
        return false;
    m_pendingOnline.clear();
    const Result<ReturnableOrder> found = m_source.find(orderNo);
    if (!found && found.error().code == ErrorCode::kApiNotFound && m_onlineFallback) {
        const bool asked = m_onlineFallback(orderNo);
        m_pendingOnline = asked ? orderNo : QString();
        m_ui->messageLabel->setText(
            asked ? tr("Order %1 is not on this device; asking the server …").arg(orderNo)
                  : tr("Order %1 is not in the local data; searching the server needs a connection.")
                        .arg(orderNo));
        return false;
    }
    if (!found) {
        m_ui->messageLabel->setText(
            found.error().code == ErrorCode::kApiNotFound
                ? tr("No order %1 found. Check the number on the return label.").arg(orderNo)
                : ErrorMessages::describe(found.error()));
        return false;
    }
    showOrder(found.value());
    return true;
}

void ReturnsPage::showOnlineAnswer(const QString& orderNo, const std::optional<ReturnableOrder>& order,
                                   const QString& message) {
    if (m_pendingOnline.isEmpty() || orderNo.compare(m_pendingOnline, Qt::CaseInsensitive) != 0)
        return;
    m_pendingOnline.clear();
    if (order)
        showOrder(*order);
    else
        m_ui->messageLabel->setText(message);
}

void ReturnsPage::showOrder(const ReturnableOrder& order) {
    refreshPolicy();
    m_order = order;
    m_decision.reset();
    m_lines->setOrder(m_order);
    m_ui->orderField->setText(m_order.orderNo);
    m_ui->messageLabel->clear();
    m_ui->originalRadio->setChecked(true);
    showSummary();
    m_ui->stack->setCurrentWidget(m_ui->orderPage);
    evaluate();
    m_ui->linesView->setFocus();
    m_ui->linesView->setCurrentIndex(m_lines->index(0, ReturnLinesModel::QuantityColumn));
}

void ReturnsPage::showSummary() {
    const ReturnOrderFacts& facts = m_order.facts;
    QStringList parts{m_order.orderNo};
    if (!m_order.customerName.isEmpty())
        parts << m_order.customerName;
    parts << Formatting::channel(facts.channel);
    parts << tr("ordered %1").arg(Formatting::date(facts.placedAtUtc.toLocalTime().date()));
    parts << (facts.deliveredAtUtc.isValid()
                  ? tr("delivered %1").arg(Formatting::date(facts.deliveredAtUtc.toLocalTime().date()))
                  : tr("not delivered yet"));
    parts << tr("paid %1 by %2")
                 .arg(Formatting::money(facts.totalPaid), ReturnTexts::paymentMethod(m_order.paymentMethod));
    if (!facts.refundedBefore.isZero())
        parts << tr("already refunded %1").arg(Formatting::money(facts.refundedBefore));
    if (m_order.fromServer)
        parts << tr("loaded from the server");
    m_ui->orderSummary->setText(parts.join(u" · "_s));
}

bool ReturnsPage::askReasonText(int row) {
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Other reason"));
    dialog.setLabelText(tr("Why does the customer return “%1”? (up to %2 characters)")
                            .arg(m_lines->articleName(row))
                            .arg(ReturnReasonText::kMaxLength));
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setTextValue(m_lines->reasonText(row));
    dialog.setOkButtonText(tr("Use this reason"));
    if (auto* field = dialog.findChild<QLineEdit*>()) {
        field->setMaxLength(ReturnReasonText::kMaxLength);
        field->setAccessibleName(tr("Other reason"));
    }
    if (dialog.exec() != QDialog::Accepted)
        return false; // without a text the line says what is missing and the return cannot be booked
    return m_lines->setReasonText(row, dialog.textValue());
}

RefundMethod ReturnsPage::refundMethod() const {
    return m_ui->voucherRadio->isChecked() ? RefundMethod::Voucher : RefundMethod::Original;
}

void ReturnsPage::evaluate() {
    m_ui->explanationList->clear();
    m_decision.reset();
    const ReturnRequest request = m_lines->request(refundMethod());
    if (!m_order.isValid() || request.lines.isEmpty()) {
        m_ui->totalLabel->setText(
            tr("Refund: %1").arg(Formatting::money(Money::zero(m_order.facts.totalPaid.currency))));
        m_ui->approvalLabel->setText(
            m_order.isValid() ? tr("Set the quantity of each article the customer brings back.") : QString());
        m_ui->submitButton->setEnabled(false);
        return;
    }
    const Result<ReturnDecision> decided = m_policy.evaluate(m_order.facts, request, m_clock.nowUtc());
    if (!decided) {
        m_ui->approvalLabel->setText(ErrorMessages::describe(decided.error()));
        m_ui->submitButton->setEnabled(false);
        return;
    }
    m_decision = decided.value();
    m_lines->setDecision(*m_decision);
    for (const QString& text : m_decision->texts())
        m_ui->explanationList->addItem(text);
    m_ui->totalLabel->setText(tr("Refund: %1").arg(Formatting::money(m_decision->total)));
    QStringList rules;
    for (ApprovalRule rule : m_decision->approvals)
        rules << ReturnTexts::approvalRule(rule);
    if (m_decision->hasRefusals())
        m_ui->approvalLabel->setText(tr("Some articles cannot be taken back: set their quantity to 0."));
    else if (!rules.isEmpty())
        m_ui->approvalLabel->setText(tr("Needs a manager's approval: %1.").arg(rules.join(u", "_s)));
    else
        m_ui->approvalLabel->setText(tr("No approval needed."));
    m_ui->submitButton->setEnabled(m_decision->canProceed());
}

bool ReturnsPage::submit() {
    if (!m_decision || !m_decision->canProceed())
        return false;
    const ReturnDecision decision = *m_decision;
    QList<Approval> approvals;
    if (decision.needsApproval() && m_session) {
        QStringList rules;
        for (ApprovalRule rule : decision.approvals)
            rules << ReturnTexts::approvalRule(rule);
        const std::optional<Approval> approval = RoleGate::requireManager(
            this, *m_session,
            ApprovalRequest{
                u"return.create"_s, decision.approvalRuleNames().join(u','), decision.total.cents,
                tr("Return of order %1, refund %2: %3")
                    .arg(m_order.orderNo, Formatting::money(decision.total), rules.join(u", "_s))});
        if (!approval)
            return false;
        // One manager approved every rule shown; the API records one approval per rule.
        for (const QString& rule : decision.approvalRuleNames()) {
            Approval perRule = *approval;
            perRule.rule = rule;
            approvals.append(perRule);
        }
    }
    Q_EMIT returnReady(m_order, m_lines->request(refundMethod()), decision, approvals);
    return true;
}

void ReturnsPage::showEvent(QShowEvent* event) {
    refreshPolicy();
    QWidget::showEvent(event);
}

void ReturnsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->policyLabel->setText(ReturnPolicyText::summary(m_policy.config()));
        if (m_order.isValid())
            showSummary();
        evaluate();
    }
    QWidget::changeEvent(event);
}
