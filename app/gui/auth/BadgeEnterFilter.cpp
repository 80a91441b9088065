#include "BadgeEnterFilter.h"

#include <QKeyEvent>
#include <QLineEdit>

BadgeEnterFilter::BadgeEnterFilter(QLineEdit* badgeEdit)
    : QObject(badgeEdit) {
    badgeEdit->installEventFilter(this);
}

bool BadgeEnterFilter::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            Q_EMIT entered();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
