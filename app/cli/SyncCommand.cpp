#include "Commands.h"
#include "CtlContext.h"

#include "ApiClient.h"
#include "CurlTransport.h"
#include "Enrollment.h"
#include "SyncEngine.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

int Commands::sync(CtlContext& context) {
    QCommandLineParser parser;
    parser.addOption({u"page-size"_s, u"Rows per page"_s, u"N"_s, QString::number(PullOptions().pageLimit)});
    parser.addOption({u"max-pages"_s, u"Stop after N pages per feed"_s, u"N"_s, u"-1"_s});
    if (!parser.parse(QStringList{u"sync"_s} + context.arguments()))
        return context.usage(parser.errorText());
    bool sizeOk = false;
    bool pagesOk = false;
    PullOptions options;
    options.pageLimit = parser.value(u"page-size"_s).toInt(&sizeOk);
    options.maxPages = parser.value(u"max-pages"_s).toInt(&pagesOk);
    if (!sizeOk || options.pageLimit < 1 || !pagesOk)
        return context.usage(u"--page-size and --max-pages take whole numbers"_s);

    Result<Enrollment::DeviceInfo> device = Enrollment::load(context.profile());
    if (!device)
        return context.fail(u"sync failed"_s, device.error());
    Result<QString> token = context.profile().readToken();
    if (!token)
        return context.fail(u"sync failed"_s, token.error());
    Database* database = context.database();
    if (!database)
        return CtlContext::kFailed;

    CurlTransport transport;
    ApiClient api(transport, device->serverUrl, token.value());
    SyncEngine engine(*database, api);
    Result<qint64> pulled = engine.pullAll(options, [&context](const PullProgress& p) {
        context.progressLine(u"%1: %2 rows (%3/s)"_s.arg(p.feed).arg(p.rows).arg(qRound(p.rowsPerSecond)));
    });
    context.progressLine(u"\n"_s);
    if (!pulled)
        return context.fail(u"sync failed"_s, pulled.error());
    context.printLine(u"synced %1 rows"_s.arg(pulled.value()));
    return CtlContext::kOk;
}
