#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

class QLineEdit;
class QWidget;

// Sends printable keys typed anywhere in a window to one line edit, so a barcode scanner in
// keyboard-wedge mode (fast digits + Enter) or a quick typist never has to click the search first.
// Keys meant for another text input stay there.
class TypeAnywhereFilter : public QObject {
    Q_OBJECT

public:
    TypeAnywhereFilter(QWidget* window, QLineEdit* target);
    // While page is visible, keys go to its own field instead (the pickup desk's or the cart's scan
    // field), and the owner is not asked to switch pages. One call per page.
    void addPageTarget(QWidget* page, QLineEdit* target);

Q_SIGNALS:
    // Emitted before the first redirected key, so the owner can bring the target's page forward.
    void redirecting();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static bool takesTextInput(const QWidget* widget);

    QPointer<QWidget> m_window;
    QPointer<QLineEdit> m_target;
    QList<QPair<QPointer<QWidget>, QPointer<QLineEdit>>> m_pageTargets;
};
