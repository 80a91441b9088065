#pragma once

#include <QStyledItemDelegate>

// Editors for the return lines: a spin box for the quantity (0 … what is left), a drop-down of the
// allowed choices for reason, condition and disposition.
class ReturnChoiceDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

    // The choices of a column as (text, enum value); empty for columns without a drop-down.
    static QList<std::pair<QString, int>> choices(int column);
};
