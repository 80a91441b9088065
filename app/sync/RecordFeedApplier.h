#pragma once

#include "FeedApplier.h"
#include "FeedDocument.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

// Applies pages of a feed whose rows need nothing but decoding and storing (stores, products,
// stock, orders, pickups, returns, carts, contacts): every item is decoded by the feed's codec
// first, a single bad one fails the page with the codec's message (which names the field) and
// nothing is written; then the rows are upserted and the tombstones deleted. Repository needs
// upsert(const QList<Record>&) and remove(const QStringList&), both without their own transaction.
// decode() runs the codec ahead on the sync's decoding thread, so Decode must be a pure function.
// A feed with a DecodeDocument as well decodes pages that come as a FeedDocument with it; it must give
// the same rows and the same errors as Decode over the page's QJsonArray.
template <typename Record, typename Repository> class RecordFeedApplier final : public FeedApplier {
public:
    using Decode = Result<Record> (*)(const QJsonObject&);
    using DecodeDocument = Result<QList<Record>> (*)(const FeedDocument&, const QString& feed);

    RecordFeedApplier(QString feed, QSqlDatabase db, Decode decode, DecodeDocument decodeDocument = nullptr)
        : m_feed(std::move(feed))
        , m_repository(std::move(db))
        , m_decode(decode)
        , m_decodeDocument(decodeDocument) {}

    QString feed() const override { return m_feed; }
    bool decodesDocuments() const override { return m_decodeDocument != nullptr; }

    void decode(FeedPage& page) const override {
        if (Result<QList<Record>> records = decodeItems(page))
            keepDecoded(page, std::move(records).value());
    }

    Status apply(const FeedPage& page) override {
        const Result<QList<Record>> records =
            rowsOf<QList<Record>>(page, [this](const FeedPage& items) { return decodeItems(items); });
        if (!records)
            return records.error();
        if (Status upserted = m_repository.upsert(records.value()); !upserted)
            return upserted;
        return m_repository.remove(page.deleted);
    }

    // The ids of the page's rows: from the rows decode() kept, else from the items (Record has an id).
    QStringList idsOf(const FeedPage& page) const {
        QStringList ids;
        if (const auto* records = std::any_cast<QList<Record>>(&page.decoded)) {
            for (const Record& record : *records)
                ids.append(record.id);
        } else {
            for (const QJsonValue& item : page.items)
                ids.append(item.toObject().value(u"id").toString());
        }
        return ids;
    }

private:
    Result<QList<Record>> decodeItems(const FeedPage& page) const {
        if (page.document) {
            if (!m_decodeDocument)
                return makeError(ErrorCode::kStoreQuery,
                                 QStringLiteral("%1 feed: page came as a document").arg(m_feed));
            return m_decodeDocument(*page.document, m_feed);
        }
        const QJsonArray& items = page.items;
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
    DecodeDocument m_decodeDocument;
};
