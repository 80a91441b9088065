#include "CtlContext.h"
#include "DeskCommands.h"

#include "CustomerExport.h"

#include <QCommandLineParser>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

// export CUSTOMER_ID: everything this device holds about one customer, as one JSON document on
// stdout (CustomerExport: audited; the content is never logged).

int DeskCommands::exportCustomer(CtlContext& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(u"customer_id"_s, u"The customer's id"_s);
    if (!parser.parse(QStringList{u"export"_s} + context.arguments()))
        return context.usage(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return context.usage(u"export needs exactly one CUSTOMER_ID"_s);
    Database* database = context.database();
    if (!database)
        return CtlContext::kFailed;
    const Result<QJsonObject> exported = CustomerExport(*database).run(
        parser.positionalArguments().first(), QJsonObject{{u"via"_s, u"theke-ctl"_s}});
    if (!exported)
        return context.fail(u"export failed"_s, exported.error());
    context.printJson(QJsonDocument(exported.value()));
    return CtlContext::kOk;
}
