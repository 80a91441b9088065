#pragma once

#include "ReturnPolicyConfig.h"

#include <QCoreApplication>
#include <QStringList>

// The return policy in force in the associate's words, one rule a line, e.g. "Store return window:
// 30 days from delivery" and "Marketplace orders: only with a manager's approval".
class ReturnPolicyText {
    Q_DECLARE_TR_FUNCTIONS(ReturnPolicyText)

public:
    static QStringList lines(const ReturnPolicyConfig& config);
    // The lines in one paragraph, for the returns desk's info area.
    static QString summary(const ReturnPolicyConfig& config);
};
