#pragma once

// A device profile for the outbox screens' tests (tst_syncpage, tst_dayclosecheck): two cached
// customers and, when asked, four waiting changes in the states the Sync screen shows.
#include "CustomerRepository.h"
#include "Database.h"
#include "LocalChanges.h"
#include "OutboxRepository.h"
#include "Profile.h"

#include <QTemporaryDir>

#include <memory>

inline Customer outboxFixtureCustomer(const QString& id, const QString& number) {
    Customer c;
    c.id = id;
    c.customerNo = number;
    c.firstName = QStringLiteral("Jürgen");
    c.lastName = QStringLiteral("Müller");
    c.version = 3;
    return c;
}

// A profile with two cached customers and four waiting changes: a note (pending), a consent change
// (conflict, 412), a second note (quarantined) and a second consent change (pending).
struct OutboxFixture {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    OutboxEntry note;
    OutboxEntry consent;
    OutboxEntry refusedNote;
    OutboxEntry smsConsent;

    bool setUp(bool withChanges) {
        auto opened = Database::open(Profile(dir.path()).databasePath());
        if (!opened)
            return false;
        db = std::move(opened).value();
        if (!CustomerRepository(db->sql()).upsert(
                {outboxFixtureCustomer(QStringLiteral("c1"), QStringLiteral("K1004711")),
                 outboxFixtureCustomer(QStringLiteral("c2"), QStringLiteral("K1004712"))}))
            return false;
        if (!withChanges)
            return true;
        LocalChanges changes(*db);
        auto n = changes.addNote(QStringLiteral("c1"), QStringLiteral("Ruft wegen der Abholung zurück"), {});
        auto c = changes.setConsent(QStringLiteral("c1"), QStringLiteral("email"), true, {});
        auto r = changes.addNote(QStringLiteral("c2"), QStringLiteral("Zweite Notiz"), {});
        auto s = changes.setConsent(QStringLiteral("c2"), QStringLiteral("sms"), false, {});
        if (!n || !c || !r || !s)
            return false;
        OutboxRepository outbox(db->sql());
        const QByteArray stale =
            R"({"code":"version_mismatch","detail":"The customer has changed since version 3; it is now at version 5.","current_version":5})";
        const QByteArray refused = R"({"code":"note_rejected","detail":"The note contains a blocked word."})";
        if (!outbox.markSending(c->id) ||
            !outbox.markConflict(c->id, Error{QStringLiteral("version_mismatch"), {}, 412}, stale) ||
            !outbox.markSending(r->id) ||
            !outbox.markQuarantined(r->id, Error{QStringLiteral("note_rejected"), {}, 400}, refused))
            return false;
        note = *outbox.find(n->id);
        consent = *outbox.find(c->id);
        refusedNote = *outbox.find(r->id);
        smsConsent = *outbox.find(s->id);
        return true;
    }
};
