#pragma once

// Two of these take the same feed pages through the orders, customers and consents appliers, one
// page as a QJsonArray, one as a FeedDocument (tst_feeddocument, tst_feeddocumentserver): a cache
// of its own each, and every row of the tables a feed writes for comparing them.

#include "ConsentEventJson.h"
#include "ConsentEventPageDecoder.h"
#include "ConsentEventRepository.h"
#include "CustomerFeedApplier.h"
#include "Database.h"
#include "FeedPageWriter.h"
#include "OrderJson.h"
#include "OrderRepository.h"
#include "OrderRow.h"
#include "OrderRowPageDecoder.h"
#include "RecordFeedApplier.h"
#include "SyncStateRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

class FeedCache {
public:
    using OrderApplier = RecordFeedApplier<OrderRow, OrderRepository>;
    using ConsentApplier = RecordFeedApplier<ConsentEvent, ConsentEventRepository>;

    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<OrderApplier> orders;
    std::unique_ptr<CustomerFeedApplier> customers;
    std::unique_ptr<ConsentApplier> consents;

    FeedCache() {
        database = std::move(Database::open(dir.filePath(QStringLiteral("cache.sqlite")))).value();
        orders = std::make_unique<OrderApplier>(QStringLiteral("orders"), database->sql(),
                                                &OrderRow::fromJson, &OrderRowPageDecoder::decode);
        customers = std::make_unique<CustomerFeedApplier>(database->sql());
        consents =
            std::make_unique<ConsentApplier>(QStringLiteral("consents"), database->sql(),
                                             &ConsentEventJson::fromJson, &ConsentEventPageDecoder::decode);
    }
    FeedApplier& applier(const QString& feed) {
        if (feed == u"orders")
            return *orders;
        if (feed == u"customers")
            return *customers;
        return *consents;
    }
    // Decodes ahead when asked (as the sync's decoding thread does), then writes page and cursor.
    Status write(const QString& feed, FeedPage page, bool decodeAhead) {
        if (decodeAhead)
            applier(feed).decode(page);
        FeedPageWriter writer(*database);
        return writer.write(applier(feed), page);
    }
    QString cursor(const QString& feed) const { return SyncStateRepository(database->sql()).cursor(feed); }

    // Every row of table, every column; JSON columns as what OrderJson reads back from them.
    QStringList rows(const QString& table) const {
        QSqlQuery query(database->sql());
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table)))
            return {QStringLiteral("query failed: ") + table};
        QStringList rows;
        while (query.next()) {
            QStringList columns;
            const QSqlRecord record = query.record();
            for (int c = 0; c < record.count(); ++c) {
                const QString name = record.fieldName(c);
                const QVariant value = query.value(c);
                columns.append(
                    name + u'=' +
                    (value.isNull() ? QStringLiteral("NULL") : readBack(name, value.toByteArray())));
            }
            rows.append(columns.join(u" | "));
        }
        return rows;
    }

    static QString readBack(const QString& column, const QByteArray& json) {
        const QJsonDocument document = QJsonDocument::fromJson(json);
        if (column == u"lines_json") {
            const Result<QList<OrderLine>> lines = OrderJson::linesFromJson(document.array());
            return lines ? QString::fromUtf8(QJsonDocument(OrderJson::linesToJson(lines.value())).toJson())
                         : QStringLiteral("bad lines");
        }
        if (column == u"payment_json") {
            const Result<Payment> payment = OrderJson::paymentFromJson(document.object());
            return payment
                       ? QString::fromUtf8(QJsonDocument(OrderJson::paymentToJson(payment.value())).toJson())
                       : QStringLiteral("bad payment");
        }
        if (column == u"totals_json") {
            const Result<Totals> totals = OrderJson::totalsFromJson(document.object());
            return totals ? QString::fromUtf8(QJsonDocument(OrderJson::totalsToJson(totals.value())).toJson())
                          : QStringLiteral("bad totals");
        }
        return QString::fromUtf8(json);
    }
    // The tables a feed writes.
    static QStringList tablesOf(const QString& feed) {
        if (feed == u"orders")
            return {QStringLiteral("orders")};
        if (feed == u"customers")
            return {QStringLiteral("customers"), QStringLiteral("customer_consents")};
        return {QStringLiteral("consent_events")};
    }
};
