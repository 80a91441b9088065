#include "ReturnChoiceDelegate.h"

#include "ReturnLinesModel.h"
#include "ReturnTexts.h"

#include <QComboBox>
#include <QSpinBox>

QList<std::pair<QString, int>> ReturnChoiceDelegate::choices(int column) {
    QList<std::pair<QString, int>> result;
    switch (column) {
    case ReturnLinesModel::ReasonColumn:
        for (auto reason : {ReturnReason::ChangedMind, ReturnReason::DoesNotFit, ReturnReason::NotAsDescribed,
                            ReturnReason::Defective, ReturnReason::DamagedInTransit, ReturnReason::WrongItem,
                            ReturnReason::RefusedAtPickup, ReturnReason::Other})
            result.append({ReturnTexts::reason(reason), int(reason)});
        break;
    case ReturnLinesModel::ConditionColumn:
        for (auto condition :
             {ItemCondition::Unopened, ItemCondition::AsNew, ItemCondition::Used, ItemCondition::Damaged})
            result.append({ReturnTexts::condition(condition), int(condition)});
        break;
    case ReturnLinesModel::DispositionColumn:
        for (auto disposition : {ReturnDisposition::Restock, ReturnDisposition::Inspect,
                                 ReturnDisposition::ReturnToSupplier, ReturnDisposition::WriteOff})
            result.append({ReturnTexts::disposition(disposition), int(disposition)});
        break;
    default:
        break;
    }
    return result;
}

QWidget* ReturnChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                            const QModelIndex& index) const {
    if (index.column() == ReturnLinesModel::QuantityColumn) {
        auto* spin = new QSpinBox(parent);
        const auto* model = qobject_cast<const ReturnLinesModel*>(index.model());
        spin->setRange(0, model ? model->left(index.row()) : 0);
        return spin;
    }
    const auto options = choices(index.column());
    if (options.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* combo = new QComboBox(parent);
    for (const auto& [text, value] : options)
        combo->addItem(text, value);
    // Picking a choice ends the edit at once: one click per decision at a busy desk.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        Q_EMIT const_cast<ReturnChoiceDelegate*>(this)->commitData(combo);
        Q_EMIT const_cast<ReturnChoiceDelegate*>(this)->closeEditor(combo);
    });
    return combo;
}

void ReturnChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toInt());
        return;
    }
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toInt())));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ReturnChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                        const QModelIndex& index) const {
    if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        model->setData(index, spin->value());
        return;
    }
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}
