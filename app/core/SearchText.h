#pragma once

#include <QString>
#include <QStringList>

// Folding rules that make customer search forgiving: German transliteration (ä/ae, ö/oe, ü/ue, ß/ss)
// and phone numbers written in any usual way.
namespace SearchText {

// Lower case, ä→ae, ö→oe, ü→ue, ß→ss (also upper case forms). Other characters unchanged.
QString transliterate(const QString& text);

// Text that goes into the full-text index for a name-like field: the original words plus their
// transliterated forms where those differ, so both "Müller" and "Mueller" spellings are found.
// Letters and digits that touch are split apart ("mueller85" → "mueller 85"); ftsQuery does the same.
QString indexText(const QString& text);

// The national significant number of a German phone number: digits only, without +49, 0049 or
// a leading 0. "+49 151 1234-5678", "0049151 12345678" and "0151/12345678" all give "15112345678".
// Numbers of other countries keep their country code ("+43 1 234" gives "431234"). A trunk "(0)"
// after the country code ("+49 (0)151 …") is dropped. Works on partial numbers, for as-you-type.
QString phoneKey(const QString& phone);

// True when the query looks like a phone number (digits and + ( ) / - . spaces, at least 4 digits).
bool looksLikePhone(const QString& query);

// Builds an FTS5 MATCH expression for a user query: each word becomes a quoted prefix phrase,
// OR-ed with its transliterated form and, for numbers, its phoneKey(); words are AND-ed. A query that looks
// like a phone number searches phone_key plus its digits in any column (the digits of a customer no.).
// Returns an empty string when nothing is searchable (only punctuation). Never passes FTS5 syntax
// from the user through.
QString ftsQuery(const QString& userQuery);

// The same for indexes without a phone_key column (products): every word a quoted prefix phrase,
// OR-ed with its transliterated form, words AND-ed; digits are searched as typed.
QString ftsTextQuery(const QString& userQuery);

} // namespace SearchText
