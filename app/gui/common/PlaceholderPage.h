#pragma once

#include <QWidget>

// An area that is not built yet says so plainly instead of showing an empty screen.
class PlaceholderPage : public QWidget {
    Q_OBJECT

public:
    PlaceholderPage(const QString& title, const QString& explanation, QWidget* parent = nullptr);
};
