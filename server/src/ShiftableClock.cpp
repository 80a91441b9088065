#include "ShiftableClock.h"

QDateTime ShiftableClock::nowUtc() const {
    return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs.load());
}
