#pragma once

#include "FeedApplier.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

// Applies pages of a feed whose rows need nothing but decoding and storing (stores, products,
// stock, orders, pickups, returns, carts, contacts): every item is decoded by the feed's codec
// first, a single bad one fails the page with the codec's message (which names the field) and
// nothing is written; then the rows are upserted and the tombstones deleted. Repository needs
// upsert(const QList<Record>&) and remove(const QStringList&), both without their own transaction.
// decode() runs the codec ahead on the sync's decoding thread, so Decode must be a pure function.
template <typename Record, typename Repository> class RecordFeedApplier final : public FeedApplier {
public:
    using Decode = Result<Record> (*)(const QJsonObject&);

    RecordFeedApplier(QString feed, QSqlDatabase db, Decode decode)
        : m_feed(std::move(feed))
        , m_repository(std::move(db))
        , m_decode(decode) {}

    QString feed() const override { return m_feed; }

    void decode(FeedPage& page) const override {
        if (Result<QList<Record>> records = decodeItems(page.items))
            keepDecoded(page, std::move(records).value());
    }

    Status apply(const FeedPage& page) override {
        const Result<QList<Record>> records =
            rowsOf<QList<Record>>(page, [this](const QJsonArray& items) { return decodeItems(items); });
        if (!records)
            return records.error();
        if (Status upserted = m_repository.upsert(records.value()); !upserted)
            return upserted;
        return m_repository.remove(page.deleted);
    }

private:
    Result<QList<Record>> decodeItems(const QJsonArray& items) const {
        QList<Record> records;
        records.reserve(items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonValue item = items.at(i);
            if (!item.isObject())
                return makeError(ErrorCode::kApiBadResponse,
                                 QStringLiteral("%1 feed: item %2 is not an object").arg(m_feed).arg(i));
            Result<Record> decoded = m_decode(item.toObject());
            if (!decoded) {
                Error error = decoded.error();
                error.detail = QStringLiteral("%1 feed, item %2: %3").arg(m_feed).arg(i).arg(error.detail);
                return error;
            }
            records.append(std::move(decoded).value());
        }
        return records;
    }

    QString m_feed;
    Repository m_repository;
    Decode m_decode;
};
