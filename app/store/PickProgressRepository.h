#pragma once

#include "PickList.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

// The pick list of each pickup being prepared at this desk (pick_progress): what was confirmed and
// what is unavailable, until the ready command takes it. Writers open no transaction.
class PickProgressRepository {
public:
    explicit PickProgressRepository(QSqlDatabase db);

    QList<PickProgress> load(const QString& pickupId) const;
    // Replaces what is kept for the pickup (lines with nothing confirmed or unavailable are dropped).
    Status save(const QString& pickupId, const QList<PickProgress>& progress, const QDateTime& nowUtc);
    Status remove(const QString& pickupId);

private:
    QSqlDatabase m_db;
};
