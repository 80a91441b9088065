#include "Commands.h"
#include "CtlContext.h"

#include "ApiClient.h"
#include "AuditUploader.h"
#include "CurlTransport.h"
#include "Enrollment.h"
#include "OutboxPusher.h"

#include <QCommandLineParser>
#include <QJsonObject>

using namespace Qt::StringLiterals;

int Commands::push(CtlContext& context) {
    QCommandLineParser parser;
    parser.addOption({u"json"_s, u"JSON output"_s});
    if (!parser.parse(QStringList{u"push"_s} + context.arguments()))
        return context.usage(parser.errorText());
    Result<Enrollment::DeviceInfo> device = Enrollment::load(context.profile());
    if (!device)
        return context.fail(u"push failed"_s, device.error());
    Result<QString> token = context.profile().readToken();
    if (!token)
        return context.fail(u"push failed"_s, token.error());
    Database* database = context.database();
    if (!database)
        return CtlContext::kFailed;

    CurlTransport transport;
    ApiClient api(transport, device->serverUrl, token.value());
    Backoff backoff;
    OutboxPusher pusher(*database, api, Clock::system(), backoff);
    const Result<PushReport> report = pusher.push();
    if (!report)
        return context.fail(u"push failed"_s, report.error());
    // Offline or no longer enrolled: nothing more can go out; the rows wait.
    if (report->reauthNeeded || report->stoppedBy.isNetwork())
        return context.fail(u"push stopped"_s, report->stoppedBy);
    // The audit trail follows the outbox, as in the app's push cycle; its entries wait on any failure.
    AuditUploader::RetryState auditRetry;
    const Result<AuditUploadReport> audit =
        AuditUploader(*database, api, Clock::system(), backoff, auditRetry).upload();
    if (!audit)
        return context.fail(u"audit upload failed"_s, audit.error());
    if (audit->reauthNeeded || audit->stoppedBy.isNetwork())
        return context.fail(u"audit upload stopped"_s, audit->stoppedBy);

    if (parser.isSet(u"json"_s)) {
        context.printJson(QJsonDocument(QJsonObject{{u"sent"_s, report->sent},
                                                    {u"done"_s, report->done},
                                                    {u"failed"_s, report->failed},
                                                    {u"conflicts"_s, report->conflicts},
                                                    {u"quarantined"_s, report->quarantined},
                                                    {u"audit_sent"_s, audit->uploaded}}));
        return CtlContext::kOk;
    }
    context.printLine(
        u"pushed: %1 done, %2 failed, %3 conflicts, %4 quarantined, %5 audit entries sent"_s.arg(report->done)
            .arg(report->failed)
            .arg(report->conflicts)
            .arg(report->quarantined)
            .arg(audit->uploaded));
    return CtlContext::kOk;
}
