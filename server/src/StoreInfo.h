#pragma once

#include <QString>

// A store (Filiale) as devices see it when they enroll.
struct StoreInfo {
    QString id;
    QString name;
    QString timeZone;
};
