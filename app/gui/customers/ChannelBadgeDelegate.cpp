#include "ChannelBadgeDelegate.h"

#include "ChannelMixChart.h"
#include "TimelineModel.h"

#include <QApplication>
#include <QPainter>

void ChannelBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    const QString text = index.data(Qt::DisplayRole).toString();
    if (index.column() != TimelineModel::ChannelColumn || text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QFontMetrics fm(option.font);
    const QString shown = fm.elidedText(text, Qt::ElideRight, option.rect.width() - 12);
    const int w = fm.horizontalAdvance(shown) + 10;
    const QRect badge(option.rect.left() + 2, option.rect.center().y() - fm.height() / 2 - 1, w,
                      fm.height() + 2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(ChannelMixChart::colorFor(index.data(TimelineModel::ChannelRole).toString()));
    painter->drawRoundedRect(badge, 4, 4);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, shown);
    painter->restore();
}

QSize ChannelBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == TimelineModel::ChannelColumn)
        size.rwidth() += 12;
    size.rheight() = std::max(size.height(), QFontMetrics(option.font).height() + 6);
    return size;
}
