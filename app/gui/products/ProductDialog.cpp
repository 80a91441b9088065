#include "ProductDialog.h"

#include "AvailabilityPanel.h"
#include "ProductScan.h"
#include "ProductTexts.h"
#include "TypeAnywhereFilter.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ProductDialog::ProductDialog(QSqlDatabase db, const QString& ownStoreId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_name(new QLabel(this))
    , m_brand(new QLabel(this))
    , m_availability(new AvailabilityPanel(db, ownStoreId, this))
    , m_scanField(new QLineEdit(this))
    , m_scanMessage(new QLabel(this))
    , m_addToCart(new QPushButton(tr("Add to &cart"), this)) {
    setObjectName(QStringLiteral("productDialog"));
    m_name->setObjectName(QStringLiteral("productName"));
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_brand->setObjectName(QStringLiteral("productBrand"));

    auto* details = new QWidget(this);
    auto* form = new QFormLayout(details);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_size = addField(form, tr("Size:"), "sizeValue");
    m_colour = addField(form, tr("Colour:"), "colourValue");
    m_sku = addField(form, tr("SKU:"), "skuValue");
    m_eans = addField(form, tr("EAN:"), "eanValue");
    m_price = addField(form, tr("Price:"), "priceValue");
    m_returnable = addField(form, tr("Returnable:"), "returnableValue");
    m_returnable->setWordWrap(true);
    details->setMinimumWidth(260);
    details->setMaximumWidth(340);

    auto* body = new QHBoxLayout;
    body->addWidget(details, 0, Qt::AlignTop);
    body->addWidget(m_availability, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    // Enter belongs to the variants list; Esc or the button closes.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_addToCart->setObjectName(QStringLiteral("addToCartButton"));
    m_addToCart->setAutoDefault(false);
    m_addToCart->hide();
    buttons->addButton(m_addToCart, QDialogButtonBox::ActionRole);
    connect(m_addToCart, &QPushButton::clicked, this, [this] {
        const QString customer = m_openCartCustomer ? m_openCartCustomer() : QString();
        if (!m_add || m_product.sku.isEmpty() || customer.isEmpty())
            return;
        m_scanMessage->setText(m_add(m_product) ? tr("%1 is in %2's cart now.").arg(m_product.name, customer)
                                                : tr("Could not add it to the cart: see the cart area."));
    });

    m_scanField->setObjectName(QStringLiteral("scanField"));
    m_scanField->setPlaceholderText(tr("Next article: scan EAN or type SKU"));
    m_scanField->setAccessibleName(tr("Next article"));
    m_scanField->setClearButtonEnabled(true);
    m_scanField->setMinimumWidth(
        m_scanField->fontMetrics().horizontalAdvance(m_scanField->placeholderText()) +
        48); // room for the frame and the clear button
    m_scanMessage->setObjectName(QStringLiteral("scanMessage"));
    m_scanMessage->setWordWrap(true);
    connect(m_scanField, &QLineEdit::returnPressed, this, &ProductDialog::onScan);
    // The scanner keeps working while the dialog is in front: its keys go to the scan field.
    new TypeAnywhereFilter(this, m_scanField);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_scanField);
    bottom->addWidget(m_scanMessage, 1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_brand);
    layout->addLayout(body, 1);
    layout->addLayout(bottom);

    connect(m_availability, &AvailabilityPanel::variantChosen, this, &ProductDialog::showProduct);
    resize(980, 560);
}

QLabel* ProductDialog::addField(QFormLayout* form, const QString& label, const char* objectName) {
    auto* value = new QLabel(this);
    value->setObjectName(QLatin1String(objectName));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
    return value;
}

void ProductDialog::showProduct(const Product& product) {
    m_product = product;
    updateCartOffer();
    setWindowTitle(tr("Article %1").arg(product.sku));
    m_name->setText(product.name);
    m_brand->setText(product.brand);
    const QString none = tr("–", "no value");
    m_size->setText(product.size.isEmpty() ? none : product.size);
    m_colour->setText(product.colour.isEmpty() ? none : product.colour);
    m_sku->setText(product.sku);
    m_eans->setText(product.eans.isEmpty() ? none : product.eans.join(u'\n'));
    m_price->setText(ProductTexts::priceWithVat(product));
    m_returnable->setText(ProductTexts::returnable(product));
    m_availability->showProduct(product);
}

void ProductDialog::onScan() {
    const QString text = m_scanField->text();
    const ProductScan scan = ProductScan::lookUp(m_db, text);
    m_scanField->selectAll();
    if (!scan.product) {
        m_scanMessage->setText(ProductTexts::notInAssortment(scan, text));
        return;
    }
    m_scanMessage->clear();
    showProduct(*scan.product);
}

void ProductDialog::offerCart(std::function<QString()> openCartCustomer,
                              std::function<bool(const Product&)> add) {
    m_openCartCustomer = std::move(openCartCustomer);
    m_add = std::move(add);
    updateCartOffer();
}

void ProductDialog::updateCartOffer() {
    const QString customer = m_openCartCustomer ? m_openCartCustomer() : QString();
    m_addToCart->setVisible(!customer.isEmpty() && m_add);
    m_addToCart->setToolTip(customer.isEmpty() ? QString()
                                               : tr("One piece into the cart of %1").arg(customer));
}
