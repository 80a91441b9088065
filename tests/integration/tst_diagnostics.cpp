// theke-ctl diagnostics and erase on a profile full of planted secrets and personal data: the
// support bundle must hold none of them; an erased customer must leave no bytes in the cache file.
#include "AuditLog.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "PinHash.h"
#include "Profile.h"
#include "SettingsRepository.h"
#include "StaffRepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCtl(const QString& profile, const QStringList& args) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"THEKE_TOKEN_STORE"_s, u"file"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(THEKE_CTL_PATH), QStringList{u"-v"_s, u"--profile"_s, profile} + args);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

const QString kToken = u"tok-PLANTED-9f8e7d6c5b4a"_s;

Customer customer(const QString& id, const QString& first, const QString& last, const QString& email,
                  const QString& phone) {
    Customer c;
    c.id = id;
    c.customerNo = u"K9"_s + id.right(6);
    c.firstName = first;
    c.lastName = last;
    c.email = email;
    c.phone = phone;
    c.street = u"Quxweg 17"_s;
    c.city = u"Quxhausen"_s;
    c.version = 1;
    return c;
}

} // namespace

class TestDiagnostics : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pinHash;
    QStringList m_planted;

private Q_SLOTS:
    void initTestCase() {
        qputenv("THEKE_TOKEN_STORE", "file");
        Profile profile(m_dir.filePath(u"profile"_s));
        QVERIFY(profile.writeToken(kToken));
        auto db = Database::open(profile.databasePath()).value();
        QVERIFY(SettingsRepository(db->sql()).setValue(u"server_url"_s,
                                                       u"https://admin:hunter2@store.example/"_s));
        QVERIFY(SettingsRepository(db->sql()).setValue(u"device_id"_s, u"dev-42"_s));
        QVERIFY(SettingsRepository(db->sql()).setValue(u"api_key"_s, u"sk-PLANTED-KEY"_s));
        CustomerRepository customers(db->sql());
        QVERIFY(customers.upsert({customer(u"c-000001"_s, u"Xaveria"_s, u"Quendelbrook"_s,
                                           u"xaveria.quendelbrook@planted.example"_s, u"+4915199988877"_s),
                                  customer(u"c-000002"_s, u"Yorrick"_s, u"Zwieselsteiner"_s,
                                           u"yorrick.zw@planted.example"_s, u"+4917611122233"_s)}));
        m_pinHash = PinHash::create(u"8642"_s, PinHash::kMinimumIterations);
        StaffMember member;
        member.id = u"s-1"_s;
        member.displayName = u"Wilhelmina Staffperson"_s;
        member.pinHash = m_pinHash;
        member.badgeCode = u"BADGE-PLANTED-77"_s;
        QVERIFY(StaffRepository(db->sql()).upsert({member}));
        const QJsonObject hash = QJsonDocument::fromJson(m_pinHash.toUtf8()).object();
        m_planted = {kToken,
                     u"hunter2"_s,
                     u"sk-PLANTED-KEY"_s,
                     u"Xaveria"_s,
                     u"Quendelbrook"_s,
                     u"xaveria.quendelbrook"_s,
                     u"planted.example"_s,
                     u"4915199988877"_s,
                     u"Yorrick"_s,
                     u"Zwieselsteiner"_s,
                     u"4917611122233"_s,
                     u"Quxweg"_s,
                     u"Wilhelmina"_s,
                     u"BADGE-PLANTED"_s,
                     hash.value(u"salt").toString(),
                     hash.value(u"hash").toString()};
    }

    void bundleHoldsNoSecretsAndNoPersonalData() {
        const QString bundlePath = m_dir.filePath(u"bundle.json"_s);
        const Run run = runCtl(m_dir.filePath(u"profile"_s), {u"diagnostics"_s, u"--output"_s, bundlePath});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(bundlePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QString& secret : std::as_const(m_planted)) {
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(u"bundle contains "_s + secret));
            QVERIFY2(!run.out.contains(secret.toUtf8()) && !run.err.contains(secret.toUtf8()),
                     qPrintable(u"output contains "_s + secret));
        }
        // …and still says something useful.
        const QJsonObject bundle = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(bundle.value(u"schema_version").toInt() >= 3, true);
        QCOMPARE(bundle.value(u"tables").toObject().value(u"customers").toInt(), 2);
        QCOMPARE(bundle.value(u"tables").toObject().value(u"staff").toInt(), 1);
        QCOMPARE(bundle.value(u"token_store").toString(), u"file"_s);
        QVERIFY(bundle.value(u"enrolled").toBool());
        QCOMPARE(bundle.value(u"settings").toObject().value(u"server_url").toString(),
                 u"https://store.example/"_s);
        QVERIFY(bundle.value(u"disk").toObject().value(u"free_bytes").toDouble() > 0);
    }

    void eraseRemovesTheCustomerLeavesNoBytesAndIsAudited() {
        const QString profileDir = m_dir.filePath(u"profile"_s);
        const Run run = runCtl(profileDir, {u"erase"_s, u"c-000001"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!run.err.contains("Quendelbrook"));
        QCOMPARE(runCtl(profileDir, {u"erase"_s, u"c-000001"_s}).exitCode, 1);

        auto db = Database::open(Profile(profileDir).databasePath()).value();
        QVERIFY(!CustomerRepository(db->sql()).find(u"c-000001"_s));
        QVERIFY(CustomerRepository(db->sql()).find(u"c-000002"_s));
        AuditFilter filter;
        filter.action = u"customer_erase"_s;
        const QList<AuditEntry> entries = AuditLog(db->sql()).list(filter).value();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().subjectId, u"c-000001"_s);
        db.reset();

        for (const QString& suffix : {u""_s, u"-wal"_s}) {
            QFile file(Profile(profileDir).databasePath() + suffix);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            for (const char* trace :
                 {"Quendelbrook", "quendelbrook", "xaveria.quendelbrook", "4915199988877"})
                QVERIFY2(!bytes.contains(trace), qPrintable(u"cache file%1 still holds %2"_s.arg(
                                                     suffix, QString::fromLatin1(trace))));
        }
    }
};

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
