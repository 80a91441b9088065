#include "Commands.h"
#include "CtlContext.h"

#include "CustomerRepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

int Commands::search(CtlContext& context) {
    QCommandLineParser parser;
    parser.addOption({u"json"_s, u"JSON output"_s});
    parser.addOption({u"limit"_s, u"At most N results"_s, u"N"_s, u"50"_s});
    parser.addPositionalArgument(u"query"_s, u"What to search for"_s);
    if (!parser.parse(QStringList{u"search"_s} + context.arguments()))
        return context.usage(parser.errorText());
    const QString query = parser.positionalArguments().join(u' ').trimmed();
    if (query.isEmpty())
        return context.usage(u"search needs a QUERY"_s);
    bool limitOk = false;
    const int limit = parser.value(u"limit"_s).toInt(&limitOk);
    if (!limitOk || limit < 1 || limit > 1000)
        return context.usage(u"--limit takes a number from 1 to 1000"_s);

    Database* database = context.database();
    if (!database)
        return CtlContext::kFailed;
    CustomerRepository customers(database->sql());
    Result<CustomerSearchResult> found = customers.search(query, limit);
    if (!found)
        return context.fail(u"search failed"_s, found.error());

    if (parser.isSet(u"json"_s)) {
        QJsonArray rows;
        for (const Customer& c : found->rows) {
            rows.append(QJsonObject{{u"id"_s, c.id},
                                    {u"customer_no"_s, c.customerNo},
                                    {u"name"_s, c.displayName()},
                                    {u"email"_s, c.email},
                                    {u"phone"_s, c.phone},
                                    {u"city"_s, c.city},
                                    {u"loyalty_card"_s, c.loyaltyCard}});
        }
        context.printJson(QJsonDocument(rows));
        return CtlContext::kOk;
    }
    for (const Customer& c : found->rows)
        context.printLine(u"%1  %2  %3  %4"_s.arg(c.customerNo, c.displayName(), c.email, c.phone));
    if (found->truncated)
        context.printLine(u"(more than %1 matches; refine the query)"_s.arg(limit));
    return CtlContext::kOk;
}
