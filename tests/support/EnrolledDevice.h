#pragma once

#include "Database.h"

#include <QString>
#include <QUrl>

#include <memory>

class TestApi;

// A device profile enrolled at a store of the test server with its cache open, as the sync tests
// start: a fresh enrollment code registered through the test-mode route, the real enrollment with it,
// then pulls of every feed through the real SyncEngine.
struct EnrolledDevice {
    QString token;
    std::unique_ptr<Database> db;
    QString error; // empty when enrolled

    // Registers code for storeId, enrolls the profile in profileDir with it as deviceName and opens
    // its cache.
    static EnrolledDevice enroll(TestApi& api, const QUrl& serverUrl, const QString& profileDir,
                                 const QString& code, const QString& storeId, const QString& deviceName);
    // Pulls every feed into db; empty on success, else the error.
    static QString pullAll(Database& db, const QUrl& serverUrl, const QString& token);
};
