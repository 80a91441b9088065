#include "CustomerSearch.h"

#include "CustomerFeed.h"
#include "CustomerTable.h"
#include "PhoneNumber.h"
#include "QueryFeedColumns.h"
#include "SearchText.h"
#include "ServerDatabase.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

using Answer = CustomerSearch::Answer;

// Rows read per last-name prefix at most: enough to fill a page after filtering by further words.
constexpr int kScanLimit = 2000;

enum Column { kFirstName = 2, kLastName = 3, kStreet = 6, kPostcode = 7, kCity = 8 };

QString capitalised(const QString& word) {
    return word.left(1).toUpper() + word.mid(1).toLower();
}

// "Mueller" → "Müller": what a customer without umlauts on the keyboard types.
QString withUmlauts(QString word) {
    word.replace(u"ae"_s, u"ä"_s).replace(u"oe"_s, u"ö"_s).replace(u"ue"_s, u"ü"_s);
    word.replace(u"Ae"_s, u"Ä"_s).replace(u"Oe"_s, u"Ö"_s).replace(u"Ue"_s, u"Ü"_s);
    return word;
}

bool startsAnyWord(const QString& text, const QString& foldedWord) {
    const QStringList words = SearchText::transliterate(text).split(u' ', Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (word.startsWith(foldedWord))
            return true;
    }
    return false;
}

struct Collector {
    int limit;
    Answer* answer = nullptr;
    QSet<QString> seen;
    int found = 0;

    // False once there are more than limit.
    bool add(const QSqlQuery& query) {
        const QString id = query.value(0).toString();
        if (seen.contains(id))
            return true;
        seen.insert(id);
        if (++found > limit) {
            answer->truncated = true;
            return false;
        }
        answer->items.push_back(CustomerFeed::rowJson(QueryFeedColumns(query)));
        return true;
    }
    bool full() const { return found > limit; }
};

} // namespace

CustomerSearch::CustomerSearch(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<CustomerSearch::Answer> CustomerSearch::search(const QString& userQuery, int limit) const {
    Answer answer;
    Collector collector{limit, &answer, {}, 0};
    const QString q = userQuery.simplified();
    const QString select = u"SELECT "_s + CustomerTable::columns() + u" FROM customers WHERE "_s;

    auto exact = [&](const QString& column, const QString& value) -> Status {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(select + column + u" = ? ORDER BY last_name, first_name, customer_no LIMIT ?"_s);
        query.addBindValue(value);
        query.addBindValue(limit + 1);
        if (!query.exec())
            return ServerDatabase::queryError(query.lastError(), u"search customers");
        while (query.next() && collector.add(query)) {
        }
        return {};
    };

    const QString compact = QString(q).remove(u' ');
    if (Status s = exact(u"customer_no"_s, compact.toUpper()); !s)
        return s.error();
    if (static const QRegularExpression digits(u"^[0-9]{8,13}$"_s); digits.match(compact).hasMatch()) {
        if (Status s = exact(u"loyalty_card"_s, compact); !s)
            return s.error();
    }
    if (q.contains(u'@')) {
        if (Status s = exact(u"email"_s, q.toLower()); !s)
            return s.error();
    }
    if (SearchText::looksLikePhone(q)) {
        if (const QString e164 = PhoneNumber::toE164(q); !e164.isEmpty()) {
            if (Status s = exact(u"phone"_s, e164); !s)
                return s.error();
        }
    }

    // Names: each word (of the first three) in turn as a last-name prefix, the other words as filters.
    const QStringList words = q.split(u' ', Qt::SkipEmptyParts).mid(0, 3);
    QStringList folded;
    for (const QString& word : words)
        folded.append(SearchText::transliterate(word));
    for (qsizetype w = 0; w < words.size() && !collector.full(); ++w) {
        QStringList prefixes{words[w], capitalised(words[w])};
        for (const QString& prefix : QStringList(prefixes))
            prefixes.append(withUmlauts(prefix));
        prefixes.removeDuplicates();
        for (const QString& prefix : std::as_const(prefixes)) {
            QSqlQuery query(m_db);
            query.setForwardOnly(true);
            query.prepare(select + u"last_name >= ? AND last_name < ? ORDER BY last_name LIMIT ?"_s);
            query.addBindValue(prefix);
            query.addBindValue(QString(prefix + QChar(0xffff)));
            query.addBindValue(kScanLimit);
            if (!query.exec())
                return ServerDatabase::queryError(query.lastError(), u"search customers by name");
            while (query.next()) {
                bool matches = true;
                for (qsizetype other = 0; other < words.size() && matches; ++other) {
                    if (other == w)
                        continue;
                    matches = false;
                    for (const int column : {kFirstName, kLastName, kStreet, kPostcode, kCity})
                        matches = matches || startsAnyWord(query.value(column).toString(), folded[other]);
                }
                if (matches && !collector.add(query))
                    break;
            }
            if (collector.full())
                break;
        }
    }
    return answer;
}
