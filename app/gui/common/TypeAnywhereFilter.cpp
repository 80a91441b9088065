#include "TypeAnywhereFilter.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

TypeAnywhereFilter::TypeAnywhereFilter(QWidget* window, QLineEdit* target)
    : QObject(window)
    , m_window(window)
    , m_target(target) {
    qApp->installEventFilter(this);
}

bool TypeAnywhereFilter::takesTextInput(const QWidget* widget) {
    if (!widget)
        return false;
    if (const auto* edit = qobject_cast<const QLineEdit*>(widget))
        return !edit->isReadOnly();
    if (const auto* combo = qobject_cast<const QComboBox*>(widget))
        return combo->isEditable();
    return qobject_cast<const QTextEdit*>(widget) || qobject_cast<const QPlainTextEdit*>(widget) ||
           qobject_cast<const QAbstractSpinBox*>(widget);
}

bool TypeAnywhereFilter::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress || !m_window || !m_target)
        return false;
    auto* receiver = qobject_cast<QWidget*>(watched);
    if (!receiver || receiver->window() != m_window || !m_target->isEnabled())
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    // Shortcuts and navigation keep their meaning; Space still presses buttons.
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const QString text = key->text();
    if (text.size() != 1 || !text.at(0).isPrint() || text.at(0).isSpace())
        return false;
    QWidget* focus = QApplication::focusWidget();
    QLineEdit* pageTarget = nullptr;
    for (const auto& [page, field] : std::as_const(m_pageTargets)) {
        if (page && field && page->isVisible())
            pageTarget = field;
    }
    // A page whose own field is disabled (e.g. a cart waiting for a decision) keeps its keys.
    if (pageTarget && !pageTarget->isEnabled())
        return false;
    const bool onPage = pageTarget != nullptr;
    QLineEdit* target = onPage ? pageTarget : m_target.data();
    if (focus == target || takesTextInput(focus))
        return false;

    if (!onPage)
        Q_EMIT redirecting();
    // A new scan or word starts a new search rather than extending the last one.
    target->clear();
    target->setFocus(Qt::OtherFocusReason);
    QKeyEvent copy(key->type(), key->key(), key->modifiers(), key->text(), key->isAutoRepeat(), key->count());
    QApplication::sendEvent(target, &copy);
    return true;
}

void TypeAnywhereFilter::addPageTarget(QWidget* page, QLineEdit* target) {
    m_pageTargets.append({page, target});
}
