#pragma once

#include <QObject>

class QLineEdit;

// Turns Enter in a badge field into "this badge was scanned": a scanner ends its digits with Enter,
// which must pick the person rather than press the dialog's default button.
class BadgeEnterFilter : public QObject {
    Q_OBJECT

public:
    explicit BadgeEnterFilter(QLineEdit* badgeEdit);

Q_SIGNALS:
    void entered();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
