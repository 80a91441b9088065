#include "CustomerDetailPane.h"

#include "Formatting.h"
#include "PhoneNumber.h"
#include "ui_CustomerDetailPane.h"

CustomerDetailPane::CustomerDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CustomerDetailPane>()) {
    m_ui->setupUi(this);
    QFont nameFont = m_ui->nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    m_ui->nameLabel->setFont(nameFont);
    clear();
}

CustomerDetailPane::~CustomerDetailPane() = default;

void CustomerDetailPane::clear() {
    m_customerId.clear();
    m_ui->stack->setCurrentWidget(m_ui->emptyPage);
}

void CustomerDetailPane::showCustomer(const Customer& c) {
    m_customerId = c.id;
    const QString none = tr("not given");
    m_ui->nameLabel->setText(c.displayName());
    QString subtitle = tr("Customer no. %1").arg(c.customerNo);
    if (c.customerSince.isValid())
        subtitle += QStringLiteral(" · ") + tr("customer since %1").arg(Formatting::date(c.customerSince));
    m_ui->subtitleLabel->setText(subtitle);
    m_ui->emailValue->setText(c.email.isEmpty() ? none : c.email);
    m_ui->phoneValue->setText(c.phone.isEmpty() ? none : PhoneNumber::display(c.phone));
    const QString cityLine = (c.postcode + QLatin1Char(' ') + c.city).trimmed();
    const QString address = QStringList{c.street, cityLine}.join(QLatin1Char('\n')).trimmed();
    m_ui->addressValue->setText(address.isEmpty() ? none : address);
    m_ui->cardValue->setText(c.loyaltyCard.isEmpty() ? tr("no loyalty card") : c.loyaltyCard);
    m_ui->tierValue->setText(Formatting::loyaltyTier(c.loyaltyTier));
    m_ui->pointsValue->setText(Formatting::integer(c.loyaltyPoints));
    m_ui->stack->setCurrentWidget(m_ui->detailPage);
}

void CustomerDetailPane::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}
