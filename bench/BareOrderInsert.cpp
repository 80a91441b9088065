#include "BareOrderInsert.h"

#include "OrderJson.h"
#include "SaleFacts.h"

#include <sqlite3.h>

#include <cstdio>
#include <string>
#include <variant>
#include <vector>

namespace {

using Column = std::variant<std::monostate, std::string, qint64>; // monostate binds NULL

Column text(const QString& s) {
    return s.toStdString();
}
Column textOrNull(const QString& s) {
    return s.isEmpty() ? Column() : Column(s.toStdString());
}
Column time(const QDateTime& t) {
    return t.isValid() ? Column(t.toUTC().toString(Qt::ISODateWithMs).toStdString()) : Column();
}

// The values OrderRepository::upsert writes, in the column order of kInsert.
std::vector<Column> columnsOf(const Order& o) {
    return {text(o.id),
            text(o.orderNo),
            text(o.channel),
            textOrNull(o.customerId),
            textOrNull(o.storeId),
            time(o.placedAt),
            text(OrderJson::linesText(o.lines)),
            text(OrderJson::paymentText(o.payment)),
            text(OrderJson::totalsText(o.totals)),
            text(o.fulfilment),
            time(o.deliveredAt),
            text(o.state),
            o.version,
            time(o.updatedAt),
            o.totals.gross.cents,
            text(o.totals.gross.currency),
            qint64(OrderFacts::of(o).pieces)};
}

const char* const kInsert =
    "INSERT INTO orders (id, order_no, channel, customer_id, store_id, placed_at, lines_json, "
    "payment_json, totals_json, fulfilment, delivered_at, state, version, updated_at, gross_cents, "
    "currency, pieces) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

bool exec(sqlite3* db, const std::string& sql) {
    char* message = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    std::fprintf(stderr, "bare insert: %s\n", message ? message : "?");
    sqlite3_free(message);
    return false;
}

} // namespace

BareOrderInsert::BareOrderInsert(QString path, QStringList schema, int pageSize, QString synchronous)
    : m_path(std::move(path))
    , m_schema(std::move(schema))
    , m_pageSize(pageSize)
    , m_synchronous(std::move(synchronous)) {}

std::optional<Stopwatch::Rate> BareOrderInsert::run(const QList<Order>& orders) const {
    std::vector<std::vector<Column>> rows;
    rows.reserve(size_t(orders.size()));
    for (const Order& order : orders)
        rows.push_back(columnsOf(order));

    sqlite3* db = nullptr;
    if (sqlite3_open(m_path.toUtf8().constData(), &db) != SQLITE_OK)
        return std::nullopt;
    bool ok = exec(db, "PRAGMA journal_mode = WAL") &&
              exec(db, "PRAGMA synchronous = " + m_synchronous.toStdString());
    for (const QString& statement : m_schema)
        ok = ok && exec(db, statement.toStdString());
    sqlite3_stmt* insert = nullptr;
    ok = ok && sqlite3_prepare_v2(db, kInsert, -1, &insert, nullptr) == SQLITE_OK;

    Stopwatch watch;
    watch.start();
    for (size_t start = 0; ok && start < rows.size(); start += size_t(m_pageSize)) {
        ok = exec(db, "BEGIN IMMEDIATE");
        for (size_t r = start; ok && r < std::min(rows.size(), start + size_t(m_pageSize)); ++r) {
            const std::vector<Column>& row = rows[r];
            for (size_t c = 0; c < row.size(); ++c) {
                const int index = int(c + 1);
                if (const auto* s = std::get_if<std::string>(&row[c]))
                    sqlite3_bind_text(insert, index, s->data(), int(s->size()), SQLITE_STATIC);
                else if (const auto* n = std::get_if<qint64>(&row[c]))
                    sqlite3_bind_int64(insert, index, *n);
                else
                    sqlite3_bind_null(insert, index);
            }
            ok = sqlite3_step(insert) == SQLITE_DONE;
            sqlite3_reset(insert);
        }
        ok = ok && exec(db, "COMMIT");
    }
    watch.stop();
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return ok ? std::optional(watch.rate(orders.size())) : std::nullopt;
}
