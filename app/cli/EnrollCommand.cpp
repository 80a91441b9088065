#include "Commands.h"
#include "CtlContext.h"

#include "CurlTransport.h"
#include "Enrollment.h"
#include "UrlPolicy.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

int Commands::enroll(CtlContext& context) {
    QCommandLineParser parser;
    parser.addOption({u"server"_s, u"Server URL"_s, u"URL"_s});
    parser.addOption({u"code"_s, u"One-time enrollment code"_s, u"CODE"_s});
    parser.addOption({u"device-name"_s, u"Name of this device"_s, u"NAME"_s});
    if (!parser.parse(QStringList{u"enroll"_s} + context.arguments()))
        return context.usage(parser.errorText());
    if (!parser.isSet(u"server"_s) || !parser.isSet(u"code"_s))
        return context.usage(u"enroll needs --server URL and --code CODE"_s);

    Result<QUrl> server = UrlPolicy::parseServerUrl(parser.value(u"server"_s));
    if (!server)
        return context.fail(u"enrollment failed"_s, server.error());
    const QString deviceName =
        parser.isSet(u"device-name"_s) ? parser.value(u"device-name"_s) : Enrollment::defaultDeviceName();

    CurlTransport transport;
    Result<Enrollment::DeviceInfo> device =
        Enrollment::enroll(context.profile(), transport, server.value(), parser.value(u"code"_s), deviceName);
    if (!device)
        return context.fail(u"enrollment failed"_s, device.error());
    context.printLine(u"enrolled device %1 for store \"%2\" (%3)"_s.arg(device->deviceId, device->storeName,
                                                                        device->storeId));
    return CtlContext::kOk;
}
