#include "CustomerRow.h"

#include "CacheSql.h"
#include "SearchText.h"

namespace {

// toUtf8() alone may turn an empty text into a null array; the cache tells NULL and '' apart.
QByteArray utf8KeepingNull(const QString& text) {
    if (text.isNull())
        return {};
    if (text.isEmpty())
        return QByteArray("");
    return text.toUtf8();
}

} // namespace

CustomerRow CustomerRow::of(const Customer& c) {
    CustomerRow row;
    row.id = c.id;
    row.idUtf8 = c.id.toUtf8();
    const QString* const texts[kTextCount] = {&c.customerNo, &c.firstName,   &c.lastName,   &c.email,
                                              &c.phone,      &c.street,      &c.postcode,   &c.city,
                                              &c.country,    &c.loyaltyCard, &c.loyaltyTier};
    for (int i = 0; i < kTextCount; ++i)
        row.texts[size_t(i)] = utf8KeepingNull(*texts[i]);
    row.loyaltyPoints = c.loyaltyPoints;
    row.preferredStoreId = utf8KeepingNull(c.preferredStoreId);
    if (c.customerSince.isValid())
        row.customerSince = c.customerSince.toString(Qt::ISODate).toUtf8();
    row.version = c.version;
    row.updatedAt = CacheSql::timeText(c.updatedAt).toUtf8();
    // "K-1004711" and "K1004711" both index as the tokens "k" "1004711", which ftsQuery searches
    // as a phrase; a joined "k1004711" would add a million terms that every prefix "k…" merges.
    row.index = {utf8KeepingNull(SearchText::indexText((c.firstName + u' ' + c.lastName).trimmed())),
                 utf8KeepingNull(SearchText::indexText(c.email)),
                 c.phone.isEmpty() ? QByteArray() : utf8KeepingNull(SearchText::phoneKey(c.phone)),
                 utf8KeepingNull(SearchText::indexText(c.customerNo)), utf8KeepingNull(c.loyaltyCard)};
    row.consents.reserve(c.consents.size());
    for (const Consent& consent : c.consents)
        row.consents.append({utf8KeepingNull(consent.purpose), consent.granted,
                             CacheSql::timeText(consent.changedAt).toUtf8(),
                             utf8KeepingNull(consent.source)});
    return row;
}
