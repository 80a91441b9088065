#include "AvailabilityPanel.h"

#include "ErrorMessages.h"
#include "Formatting.h"
#include "ProductAvailability.h"
#include "ProductRepository.h"
#include "ProductTexts.h"
#include "ProductVariants.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidget* makeTable(int columns, QWidget* parent) {
    auto* table = new QTableWidget(0, columns, parent);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    // One height for every row, the warning icon of a stale figure included.
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

// As tall as its rows (up to a limit), so the space below goes to the variants.
void fitHeightToRows(QTableWidget* table) {
    constexpr int kMaxHeight = 360;
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setMaximumHeight(std::min(height, kMaxHeight));
}

QTableWidgetItem* cell(const QString& text, bool bold = false, Qt::Alignment align = Qt::AlignLeft) {
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(align | Qt::AlignVCenter);
    if (bold) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
    return item;
}

} // namespace

AvailabilityPanel::AvailabilityPanel(QSqlDatabase db, const QString& ownStoreId, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_ownStoreId(ownStoreId)
    , m_clock(&Clock::system())
    , m_message(new QLabel(this))
    , m_table(makeTable(ColumnCount, this))
    , m_delivery(new QLabel(this))
    , m_reserve(new QPushButton(tr("Reserve in &store…"), this))
    , m_variantsLabel(new QLabel(tr("Other sizes and colours, stock in this store:"), this))
    , m_variantsTable(makeTable(VariantColumnCount, this)) {
    m_message->setObjectName(QStringLiteral("availabilityMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_table->setObjectName(QStringLiteral("availabilityTable"));
    m_table->setAccessibleName(tr("Availability"));
    m_table->setHorizontalHeaderLabels({tr("Store"), tr("Stock"), tr("As of"), tr("Note")});
    m_table->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_table->setFocusPolicy(Qt::NoFocus); // nothing to choose there; Tab goes to the variants

    m_delivery->setObjectName(QStringLiteral("deliveryLabel"));
    m_delivery->setWordWrap(true);
    m_variantsLabel->setObjectName(QStringLiteral("variantsLabel"));
    m_variantsTable->setObjectName(QStringLiteral("variantsTable"));
    m_variantsTable->setAccessibleName(tr("Variants"));
    m_variantsTable->setToolTip(tr("Enter or double-click shows that variant"));
    m_variantsTable->setHorizontalHeaderLabels({tr("Size"), tr("Colour"), tr("SKU"), tr("Here")});
    m_variantsTable->horizontalHeader()->setSectionResizeMode(SkuColumn, QHeaderView::Stretch);
    // Enter is handled here: the view would pass it on to the dialog, whose default button closes it.
    m_variantsTable->installEventFilter(this);
    connect(m_variantsTable, &QTableWidget::cellDoubleClicked, this, &AvailabilityPanel::chooseVariant);

    m_reserve->setObjectName(QStringLiteral("reserveButton"));
    m_reserve->setToolTip(tr("One piece for the customer to collect and pay in the selected store"));
    m_reserve->setAutoDefault(false);
    m_reserve->hide();
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AvailabilityPanel::updateReserveButton);
    connect(m_reserve, &QPushButton::clicked, this, [this] {
        const int r = m_table->currentRow();
        if (r >= 0 && r < m_rows.size() && m_rows.at(r).place == AvailabilityRow::Place::OtherStore)
            Q_EMIT reserveRequested(m_sku, m_rows.at(r).location, m_rows.at(r).storeName);
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_table);
    layout->addWidget(m_delivery);
    layout->addWidget(m_reserve, 0, Qt::AlignLeft);
    layout->addSpacing(6);
    layout->addWidget(m_variantsLabel);
    layout->addWidget(m_variantsTable, 1);
    layout->addStretch(); // takes the room when an article has no variants
    clear();
}

void AvailabilityPanel::offerReservation(bool offered) {
    m_reservationOffered = offered;
    m_reserve->setVisible(offered);
    updateReserveButton();
}

void AvailabilityPanel::updateReserveButton() {
    const int r = m_table->selectionModel()->hasSelection() ? m_table->currentRow() : -1;
    m_reserve->setEnabled(r >= 0 && r < m_rows.size() &&
                          m_rows.at(r).place == AvailabilityRow::Place::OtherStore && m_rows.at(r).inStock());
}

void AvailabilityPanel::setClock(const Clock& clock) {
    m_clock = &clock;
}

void AvailabilityPanel::showSku(const QString& sku) {
    if (const std::optional<Product> product = ProductRepository(m_db).findBySku(sku)) {
        showProduct(*product);
        return;
    }
    m_sku = sku;
    showAvailability();
    showVariants({});
    updateReserveButton();
}

void AvailabilityPanel::showProduct(const Product& product) {
    m_sku = product.sku;
    showAvailability();
    showVariants(product);
    updateReserveButton();
}

void AvailabilityPanel::clear() {
    m_sku.clear();
    m_rows.clear();
    m_variants.clear();
    m_table->setRowCount(0);
    m_variantsTable->setRowCount(0);
    m_variantsLabel->hide();
    m_variantsTable->hide();
    m_message->hide();
    m_delivery->hide();
    updateReserveButton();
}

void AvailabilityPanel::showAvailability() {
    Result<QList<AvailabilityRow>> rows = ProductAvailability(m_db, m_ownStoreId, *m_clock).forSku(m_sku);
    m_rows = rows ? rows.value() : QList<AvailabilityRow>();
    m_message->setVisible(!rows);
    if (!rows)
        m_message->setText(
            tr("The stock of %1 could not be read: %2").arg(m_sku, ErrorMessages::describe(rows.error())));

    const QIcon staleIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    m_delivery->hide();
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const AvailabilityRow& row = m_rows.at(r);
        const bool own = row.place == AvailabilityRow::Place::OwnStore;
        m_table->setItem(r, PlaceColumn, cell(ProductTexts::place(row), own));
        m_table->setItem(r, QuantityColumn, cell(ProductTexts::quantity(row), own, Qt::AlignRight));
        auto* asOf = cell(row.quantity ? ProductTexts::asOf(row.age) : QString(), own);
        if (row.quantity && row.age.stale) {
            asOf->setIcon(staleIcon);
            asOf->setToolTip(ProductTexts::staleHint());
        }
        m_table->setItem(r, AsOfColumn, asOf);
        auto* note = cell(ProductTexts::note(row), own);
        note->setToolTip(row.delivery ? ProductTexts::deliveryDates(*row.delivery) : note->text());
        if (row.delivery) {
            m_delivery->setText(ProductTexts::deliveryDates(*row.delivery));
            m_delivery->show();
        }
        m_table->setItem(r, NoteColumn, note);
        if (own) {
            // Highlighted with the palette, so light and dark themes both work.
            for (int c = 0; c < ColumnCount; ++c)
                m_table->item(r, c)->setBackground(palette().brush(QPalette::AlternateBase));
        }
    }
    fitHeightToRows(m_table);
}

void AvailabilityPanel::showVariants(const Product& product) {
    m_variants.clear();
    if (!product.id.isEmpty()) {
        if (Result<QList<Product>> variants = ProductVariants(m_db).of(product); variants)
            m_variants = variants.value();
    }
    // One SKU alone has no "other size" to offer.
    const bool show = m_variants.size() > 1;
    m_variantsLabel->setVisible(show);
    m_variantsTable->setVisible(show);
    m_variantsTable->setRowCount(show ? int(m_variants.size()) : 0);
    if (!show)
        return;
    QStringList skus;
    for (const Product& variant : std::as_const(m_variants))
        skus << variant.sku;
    const QHash<QString, int> here = ProductAvailability(m_db, m_ownStoreId, *m_clock).hereFor(skus);
    for (int r = 0; r < m_variants.size(); ++r) {
        const Product& variant = m_variants.at(r);
        const bool current = variant.sku == m_sku;
        m_variantsTable->setItem(r, SizeColumn, cell(variant.size, current));
        m_variantsTable->setItem(r, ColourColumn, cell(variant.colour, current));
        m_variantsTable->setItem(r, SkuColumn, cell(variant.sku, current));
        const auto found = here.constFind(variant.sku);
        m_variantsTable->setItem(
            r, HereColumn,
            cell(found == here.cend() ? tr("–", "no stock figure") : Formatting::integer(*found), current,
                 Qt::AlignRight));
        if (current)
            m_variantsTable->setCurrentCell(r, SizeColumn);
    }
}

void AvailabilityPanel::chooseVariant(int row) {
    if (row < 0 || row >= m_variants.size() || m_variants.at(row).sku == m_sku)
        return;
    Q_EMIT variantChosen(m_variants.at(row));
}

bool AvailabilityPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_variantsTable && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            chooseVariant(m_variantsTable->currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
