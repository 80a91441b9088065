#include "ProductSearchPanel.h"

#include "Formatting.h"
#include "ProductSearchModel.h"
#include "ScanClassifier.h"
#include "SettingsRepository.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// Typing pauses shorter than this are still one search (DESIGN §4: ~150 ms).
constexpr int kDebounceMs = 150;
} // namespace

ProductSearchPanel::ProductSearchPanel(QSqlDatabase db, QWidget* parent)
    : QWidget(parent)
    , m_model(new ProductSearchModel(db, SettingsRepository(db).value(SettingKey::kStoreId.toString()), this))
    , m_field(new QLineEdit(this))
    , m_resultLabel(new QLabel(this))
    , m_view(new QTableView(this))
    , m_debounce(new QTimer(this)) {
    m_field->setObjectName(QStringLiteral("productSearchField"));
    m_field->setPlaceholderText(tr("Article, brand, SKU or EAN"));
    m_field->setAccessibleName(tr("Product search"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_resultLabel->setObjectName(QStringLiteral("productResultLabel"));

    m_view->setObjectName(QStringLiteral("productResults"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Products found"));
    m_view->setToolTip(tr("Enter or double-click chooses the article"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProductSearchModel::NameColumn, QHeaderView::Stretch);
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { chooseRow(index.row()); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_field);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ProductSearchPanel::searchNow);
    connect(m_field, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            searchNow(); // the clear button empties the list at once
    });
    connect(m_field, &QLineEdit::returnPressed, this, &ProductSearchPanel::onReturnInField);
    connect(m_model, &ProductSearchModel::searched, this, &ProductSearchPanel::onSearched);
    connect(m_model, &ProductSearchModel::searchFailed, m_resultLabel, &QLabel::setText);
    onSearched(0, false);
}

void ProductSearchPanel::focusSearch() {
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void ProductSearchPanel::searchNow() {
    m_debounce->stop();
    if (m_field->text().trimmed() == m_model->query() && !m_model->query().isEmpty())
        return;
    m_model->setQuery(m_field->text());
}

void ProductSearchPanel::onSearched(int rows, bool truncated) {
    if (m_model->query().isEmpty())
        m_resultLabel->setText(tr("Type or scan to find an article."));
    else if (truncated)
        m_resultLabel->setText(
            tr("More than %1 articles match: please type more.").arg(Formatting::integer(rows)));
    else if (rows == 0)
        m_resultLabel->setText(tr("No article found for “%1”.").arg(m_model->query()));
    else
        m_resultLabel->setText(tr("%n article(s) found", nullptr, rows));
    if (rows > 0)
        m_view->selectRow(0);
}

void ProductSearchPanel::onReturnInField() {
    searchNow();
    const Product* first = m_model->productAt(0);
    if (!first)
        return;
    // A scanned barcode or a typed SKU means that one article (the search puts it first).
    const ScanResult scan = ScanClassifier::classify(m_model->query());
    const bool exact = (scan.kind == ScanKind::Ean && first->eans.contains(scan.value)) ||
                       first->sku.compare(m_model->query(), Qt::CaseInsensitive) == 0;
    if (exact || m_model->rowCount() == 1) {
        chooseRow(0);
        return;
    }
    m_view->setFocus(Qt::TabFocusReason);
}

void ProductSearchPanel::chooseRow(int row) {
    if (const Product* product = m_model->productAt(row))
        Q_EMIT productChosen(*product);
}

bool ProductSearchPanel::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent*>(event)->key();
    if (watched == m_field && key == Qt::Key_Down) {
        searchNow();
        if (m_model->rowCount() == 0)
            return true;
        m_view->setFocus(Qt::TabFocusReason);
        if (!m_view->currentIndex().isValid())
            m_view->selectRow(0);
        return true;
    }
    if (watched == m_view && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        chooseRow(m_view->currentIndex().row());
        return true;
    }
    if (watched == m_view && key == Qt::Key_Up && m_view->currentIndex().row() <= 0) {
        focusSearch();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
