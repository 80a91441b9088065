#pragma once

#include "ReturnPolicyConfig.h"

#include <QString>

// A store (Filiale) as devices see it when they enroll.
struct StoreInfo {
    QString id;
    QString name;
    QString timeZone;
    ReturnPolicyConfig returnPolicy; // as the stores feed serves it; the rules judge its returns by it
};
