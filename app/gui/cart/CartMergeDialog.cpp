#include "CartMergeDialog.h"

#include "Formatting.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

int quantityOf(const QList<CartLine>& lines, const QString& sku) {
    int quantity = 0;
    for (const CartLine& line : lines)
        quantity += line.sku == sku ? line.quantity : 0;
    return quantity;
}

QGroupBox* framed(const QString& title, QWidget* content, QWidget* parent) {
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

CartMergeDialog::CartMergeDialog(const CartConflicts::Conflict& conflict, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Cart changed by the customer"));
    const QList<CartLine> theirs = conflict.theirs ? conflict.theirs->lines : QList<CartLine>();
    m_theirs = table(theirs, conflict.mine, u"theirsTable"_s);
    m_mine = table(conflict.mine, theirs, u"mineTable"_s);
    m_theirs->setAccessibleName(tr("The customer's version"));
    m_mine->setAccessibleName(tr("Your version"));

    const QString theirsTitle =
        conflict.theirs
            ? tr("The customer's version (changed %1)").arg(Formatting::dateTime(conflict.theirs->updatedAt))
            : tr("The customer's version");
    auto* sides = new QHBoxLayout;
    sides->addWidget(framed(theirsTitle, m_theirs, this), 1);
    sides->addWidget(framed(tr("Your version (this device, not sent)"), m_mine, this), 1);

    auto* intro = new QLabel(tr("The customer changed this cart while you were changing it here, so your "
                                "change was not taken. Articles that differ are in bold. Choose which cart "
                                "to keep:"),
                             this);
    intro->setWordWrap(true);
    auto* explanation = new QLabel(
        tr("“Merge” keeps every article of both versions, each with the larger quantity. “Keep mine” "
           "replaces the customer's version with yours. “Take the customer's” drops your changes. "
           "Whatever you choose is sent on top of the customer's version."),
        this);
    explanation->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(u"mergeButton"_s);
    m_merge->setToolTip(tr("Every article of both versions, each with the larger quantity"));
    m_keepMine = buttons->addButton(tr("Keep mine"), QDialogButtonBox::ActionRole);
    m_keepMine->setObjectName(u"keepMineButton"_s);
    m_keepMine->setToolTip(tr("Your version replaces the customer's"));
    m_takeTheirs = buttons->addButton(tr("Take the customer's"), QDialogButtonBox::ActionRole);
    m_takeTheirs->setObjectName(u"takeTheirsButton"_s);
    m_takeTheirs->setToolTip(tr("Drop your changes; the customer's cart stays as it is"));
    m_merge->setDefault(true);
    connect(m_merge, &QPushButton::clicked, this, [this] { choose(CartConflicts::Resolution::Merge); });
    connect(m_keepMine, &QPushButton::clicked, this, [this] { choose(CartConflicts::Resolution::KeepMine); });
    connect(m_takeTheirs, &QPushButton::clicked, this,
            [this] { choose(CartConflicts::Resolution::TakeTheirs); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(sides, 1);
    layout->addWidget(explanation);
    layout->addWidget(buttons);
    setMinimumSize(960, 460);
}

QPushButton* CartMergeDialog::button(CartConflicts::Resolution resolution) const {
    switch (resolution) {
    case CartConflicts::Resolution::Merge:
        return m_merge;
    case CartConflicts::Resolution::KeepMine:
        return m_keepMine;
    case CartConflicts::Resolution::TakeTheirs:
        return m_takeTheirs;
    }
    return nullptr;
}

QTableWidget* CartMergeDialog::table(const QList<CartLine>& lines, const QList<CartLine>& other,
                                     const QString& name) {
    auto* view = new QTableWidget(int(lines.size()), 3, this);
    view->setObjectName(name);
    view->setHorizontalHeaderLabels({tr("Article"), tr("Article no."), tr("Qty")});
    view->verticalHeader()->hide();
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int row = 0; row < lines.size(); ++row) {
        const CartLine& line = lines.at(row);
        const int otherQuantity = quantityOf(other, line.sku);
        const bool differs = otherQuantity != line.quantity;
        const QStringList cells{line.name, line.sku, Formatting::integer(line.quantity)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            QFont font = item->font();
            font.setBold(differs);
            item->setFont(font);
            if (column == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (differs)
                item->setToolTip(otherQuantity == 0 ? tr("Only in this version")
                                                    : tr("The other version has %1").arg(otherQuantity));
            view->setItem(row, column, item);
        }
    }
    return view;
}

void CartMergeDialog::choose(CartConflicts::Resolution resolution) {
    m_choice = resolution;
    accept();
}
