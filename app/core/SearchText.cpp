#include "SearchText.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Double quotes are the only characters with meaning inside an FTS5 string; doubling escapes them.
QString quoted(const QString& word) {
    QString escaped = word;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

bool hasSearchableCharacter(const QString& word) {
    return std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

QString digitsOf(const QString& text) {
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

// "anna.mueller85" becomes "anna.mueller 85", "K1004711" becomes "K 1004711". Index and query both
// do this: a letter-digit mix is typed and stored in many forms, and as one token each e-mail
// number would be a term of its own, which a prefix query has to merge (millions at 1M customers).
QString separateDigits(const QString& text) {
    QString out;
    out.reserve(text.size() + 2);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (i > 0) {
            const QChar before = text.at(i - 1);
            if ((before.isLetter() && c.isDigit()) || (before.isDigit() && c.isLetter()))
                out += u' ';
        }
        out += c;
    }
    return out;
}

QString prefixTerm(const QString& word, bool phoneAlternatives = true) {
    const QString spaced = separateDigits(word);
    const QString lower = spaced.toLower();
    QStringList alternatives{quoted(lower) + u'*'};
    const QString folded = SearchText::transliterate(spaced);
    if (folded != lower)
        alternatives.append(quoted(folded) + u'*');
    // "Müller 0151": a number among words may be a phone number written the national way.
    if (phoneAlternatives && SearchText::looksLikePhone(word)) {
        const QString key = SearchText::phoneKey(word);
        if (!key.isEmpty() && key != digitsOf(word))
            alternatives.append(u"phone_key : "_s + quoted(key) + u'*');
    }
    if (alternatives.size() == 1)
        return alternatives.first();
    return u'(' + alternatives.join(u" OR "_s) + u')';
}

} // namespace

QString SearchText::transliterate(const QString& text) {
    QString out;
    out.reserve(text.size() + 4);
    for (const QChar c : text.toLower()) {
        switch (c.unicode()) {
        case u'ä':
            out += u"ae"_s;
            break;
        case u'ö':
            out += u"oe"_s;
            break;
        case u'ü':
            out += u"ue"_s;
            break;
        case u'ß':
            out += u"ss"_s;
            break;
        case u'ẞ':
            out += u"ss"_s;
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString SearchText::indexText(const QString& text) {
    const QString spaced = separateDigits(text);
    const QString folded = transliterate(spaced);
    if (folded == spaced.toLower())
        return spaced;
    return spaced + u' ' + folded;
}

QString SearchText::phoneKey(const QString& phone) {
    QString trimmed = phone.trimmed();
    const bool international = trimmed.startsWith(u'+') || trimmed.startsWith(u"00"_s);
    // "+49 (0)151 …" marks the trunk 0 that is dialled only within the country.
    static const QRegularExpression trunkZero(u"\\(\\s*0\\s*\\)"_s);
    if (international)
        trimmed.remove(trunkZero);
    QString digits = digitsOf(trimmed);
    if (international) {
        if (!trimmed.startsWith(u'+'))
            digits.remove(0, 2);
        if (!digits.startsWith(u"49"_s))
            return digits;
        digits.remove(0, 2);
    }
    // "0151 …" nationally, and "+49 0151 …" as people also write it.
    if (digits.startsWith(u'0'))
        digits.remove(0, 1);
    return digits;
}

bool SearchText::looksLikePhone(const QString& query) {
    static const QRegularExpression phoneChars(u"^\\+?[0-9 ()/.\\-]+$"_s);
    const QString trimmed = query.trimmed();
    if (!phoneChars.match(trimmed).hasMatch())
        return false;
    const auto digitCount =
        std::count_if(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isDigit(); });
    return digitCount >= 4;
}

QString SearchText::ftsQuery(const QString& userQuery) {
    // Control characters (NUL above all: FTS5 reads the expression as a C string) are no search text.
    QString cleaned = userQuery;
    for (QChar& c : cleaned) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = u' ';
    }
    const QString trimmed = cleaned.trimmed();
    if (looksLikePhone(trimmed)) {
        const QString compact = digitsOf(trimmed);
        const QString key = phoneKey(trimmed);
        // The same digits may be a customer number or a loyalty card, so they are also searched as typed.
        const QString asTyped = quoted(compact) + u'*';
        if (key.isEmpty() || key == compact)
            return asTyped; // the unqualified term covers phone_key too
        return u"phone_key : "_s + quoted(key) + u"* OR "_s + asTyped;
    }

    QStringList terms;
    const QStringList words = trimmed.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (hasSearchableCharacter(word))
            terms.append(prefixTerm(word));
    }
    return terms.join(u" AND "_s);
}

QString SearchText::ftsTextQuery(const QString& userQuery) {
    QString cleaned = userQuery;
    for (QChar& c : cleaned) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = u' ';
    }
    QStringList terms;
    const QStringList words = cleaned.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (hasSearchableCharacter(word))
            terms.append(prefixTerm(word, false));
    }
    return terms.join(u" AND "_s);
}
