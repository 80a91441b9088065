#pragma once

#include <QString>

// The device profile bench_coldstart starts the client on: a cache with N generated customers (see
// CustomerGenerator), one store, one signed-up associate (PIN 1234), every feed synced a moment ago,
// a device token in the token file and a server address nobody answers at, so the client starts
// offline. Made once and kept, since a million customers take minutes to write.
class ColdStartProfile {
public:
    explicit ColdStartProfile(QString directory);

    QString directory() const { return m_directory; }
    QString cachePath() const;

    // True when the profile holds exactly customers customers (a finished earlier run made it).
    bool isReady(int customers) const;
    // Makes the profile from scratch; progress goes to stderr. False (and why on stderr) on failure.
    bool create(int customers) const;
    // With staff the client opens on the sign-in dialog; without, on the customers page.
    bool setStaffActive(bool active) const;
    // Drops the cache file from the OS page cache, as after a reboot (the Qt libraries stay cached).
    bool evictFromPageCache() const;

private:
    QString markerPath() const;

    QString m_directory;
};
