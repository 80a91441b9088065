#include "ColdStartProfile.h"

#include "CustomerGenerator.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "FileTokenStore.h"
#include "PinHash.h"
#include "Profile.h"
#include "SettingsRepository.h"
#include "StaffRepository.h"
#include "StoreRepository.h"
#include "SyncStateRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kPageSize = 1000; // customers per transaction, like a sync feed page
const QString kStoreId = u"hh-moenckebergstrasse"_s;

std::unique_ptr<Database> openCache(const QString& path) {
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(opened.error().toString()));
        return nullptr;
    }
    return std::move(opened).value();
}

Status fillDeviceState(Database& db) {
    StoreRecord store;
    store.id = kStoreId;
    store.name = u"Hamburg Mönckebergstraße"_s;
    store.timeZone = u"Europe/Berlin"_s;
    store.city = u"Hamburg"_s;
    store.country = u"DE"_s;
    store.version = 1;
    store.updatedAt = QDateTime::currentDateTimeUtc();
    StaffMember associate;
    associate.id = u"staff-hh-1"_s;
    associate.storeId = kStoreId;
    associate.displayName = u"Lena Koch"_s;
    associate.badgeCode = u"B-HH-1"_s;
    associate.pinHash = PinHash::create(u"1234"_s);
    associate.version = 1;
    associate.updatedAt = store.updatedAt;
    if (Status s = StoreRepository(db.sql()).upsert({store}); !s)
        return s;
    if (Status s = StaffRepository(db.sql()).upsert({associate}); !s)
        return s;
    SettingsRepository settings(db.sql());
    const std::pair<QStringView, QString> values[] = {
        {SettingKey::kServerUrl, u"http://127.0.0.1:9"_s}, // the discard port: refused at once, offline
        {SettingKey::kDeviceId, u"dev-bench-coldstart"_s},
        {SettingKey::kStoreId, kStoreId},
        {SettingKey::kStoreName, store.name}};
    for (const auto& [key, value] : values) {
        if (Status s = settings.setValue(key.toString(), value); !s)
            return s;
    }
    SyncStateRepository state(db.sql());
    for (const QString& feed : SyncStateRepository::feeds()) {
        if (Status s = state.setCursor(feed, u"1"_s); !s)
            return s;
        if (Status s = state.setLastSync(feed, store.updatedAt); !s)
            return s;
    }
    return {};
}

} // namespace

ColdStartProfile::ColdStartProfile(QString directory)
    : m_directory(std::move(directory)) {}

QString ColdStartProfile::cachePath() const {
    return Profile(m_directory).databasePath();
}

QString ColdStartProfile::markerPath() const {
    return QDir(m_directory).filePath(u"bench-customers"_s);
}

bool ColdStartProfile::isReady(int customers) const {
    QFile marker(markerPath());
    return marker.open(QIODevice::ReadOnly) && marker.readAll().trimmed().toInt() == customers &&
           QFile::exists(cachePath());
}

bool ColdStartProfile::create(int customers) const {
    QDir(m_directory).removeRecursively();
    const Profile profile(m_directory);
    if (!profile.ensureDirectory())
        return false;
    std::unique_ptr<Database> db = openCache(profile.databasePath());
    if (!db)
        return false;
    CustomerRepository repository(db->sql());
    QElapsedTimer timer;
    timer.start();
    for (int first = 0; first < customers; first += kPageSize) {
        const QList<Customer> page = CustomerGenerator::page(first, std::min(kPageSize, customers - first));
        if (Status s = db->transaction([&] { return repository.upsert(page); }); !s) {
            std::fprintf(stderr, "writing customers failed: %s\n", qPrintable(s.error().toString()));
            return false;
        }
        if ((first / kPageSize) % 100 == 99)
            std::fprintf(stderr, "%d customers written, %.0f s\n", first + kPageSize, timer.elapsed() / 1e3);
    }
    if (Status s = db->transaction([&] { return fillDeviceState(*db); }); !s) {
        std::fprintf(stderr, "writing the device state failed: %s\n", qPrintable(s.error().toString()));
        return false;
    }
    QSqlQuery(db->sql()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    db.reset();
    if (!FileTokenStore(profile.tokenPath()).write(u"bench-coldstart-token"_s))
        return false;
    QFile marker(markerPath());
    return marker.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           marker.write(QByteArray::number(customers) + '\n') > 0;
}

bool ColdStartProfile::setStaffActive(bool active) const {
    std::unique_ptr<Database> db = openCache(cachePath());
    if (!db)
        return false;
    QSqlQuery update(db->sql());
    update.prepare(u"UPDATE staff SET active = ?"_s);
    update.addBindValue(active ? 1 : 0);
    return update.exec();
}

bool ColdStartProfile::evictFromPageCache() const {
    bool evicted = true;
    for (const QString& path : {cachePath(), cachePath() + u"-wal"_s}) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
        if (fd < 0)
            continue; // no WAL file: nothing to drop
        evicted = ::fdatasync(fd) == 0 && ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0 && evicted;
        ::close(fd);
    }
    return evicted;
}
