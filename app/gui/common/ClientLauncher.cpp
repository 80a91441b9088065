#include "ClientLauncher.h"

#include "AuthController.h"
#include "Database.h"
#include "DemoAutomation.h"
#include "EnrollDialog.h"
#include "ErrorMessages.h"
#include "MainWindow.h"
#include "Profile.h"
#include "Session.h"
#include "SyncService.h"
#include "SyncStateRepository.h"

#include <QApplication>
#include <QMessageBox>
#include <QScreen>
#include <QTimer>

int ClientLauncher::run(QApplication& app, const ClientOptions& options) {
    const Profile profile(options.profileDirectory.isEmpty() ? Profile::defaultDirectory()
                                                             : options.profileDirectory);
    // A first start has no profile folder yet: create it before the cache file inside it.
    const Status directory = profile.ensureDirectory();
    Result<std::unique_ptr<Database>> database = directory
                                                     ? Database::open(profile.databasePath())
                                                     : Result<std::unique_ptr<Database>>(directory.error());
    if (!database) {
        QMessageBox::critical(nullptr, QApplication::translate("ClientLauncher", "Theke cannot start"),
                              ErrorMessages::describe(database.error()));
        return 1;
    }

    SyncService service(profile);
    if (!profile.hasToken()) {
        EnrollDialog enroll(service);
        if (!options.serverUrl.isEmpty())
            enroll.setServerUrl(options.serverUrl);
        if (enroll.exec() != QDialog::Accepted)
            return 0;
    }

    // Staff sign-in (issue 6): required once the staff feed has brought people; until then as before.
    Session session(database.value()->sql(), Clock::system());
    MainWindow window(database.value()->sql(), service);
    window.setSession(&session);
    const QSize available = window.screen()->availableSize();
    window.resize(qMin(1366, available.width()), qMin(768, available.height()));
    window.show();
    // From inside the event loop, so the sync starts while the sign-in dialog waits.
    QTimer::singleShot(0, &window, [&window] { window.auth()->start(); });

    const bool neverSynced = !SyncStateRepository(database.value()->sql()).lastSyncOfAll().isValid();
    auto* demo = new DemoAutomation(window, service, options.screenshotPath, options.searchText);
    demo->start(neverSynced);
    service.startBackgroundSync();
    if (neverSynced)
        service.syncNow();
    return app.exec();
}
