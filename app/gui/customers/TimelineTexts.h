#pragma once

#include "TimelineEvent.h"

#include <QCoreApplication>
#include <QString>

// The counter's words for timeline entries: kinds, one-line titles, states, fulfilment.
class TimelineTexts {
    Q_DECLARE_TR_FUNCTIONS(TimelineTexts)

public:
    static QString kind(TimelineKind kind);
    static QString title(const TimelineEvent& event);
    static QString state(const TimelineEvent& event);
    static QString orderState(const QString& state);
    static QString returnState(const QString& state);
    static QString fulfilment(const QString& fulfilment);
    // Sales and contact channels ("webshop", "email", "marketplace:zalando").
    static QString channel(const QString& channel);
    // The same, short enough for a badge: a marketplace by its name only ("Zalando").
    static QString channelShort(const QString& channel);
    // The title with the pieces, for a tooltip.
    static QString details(const TimelineEvent& event);
};
