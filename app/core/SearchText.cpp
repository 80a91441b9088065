#include "SearchText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Double quotes are the only characters with meaning inside an FTS5 string; doubling escapes them.
QString quoted(const QString& word)
{
    QString escaped = word;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

bool hasSearchableCharacter(const QString& word)
{
    return std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

QString prefixTerm(const QString& word)
{
    const QString lower = word.toLower();
    const QString folded = SearchText::transliterate(word);
    if (folded == lower)
        return quoted(lower) + u'*';
    return u"("_s + quoted(lower) + u"* OR "_s + quoted(folded) + u"*)"_s;
}

} // namespace

QString SearchText::transliterate(const QString& text)
{
    QString out;
    out.reserve(text.size() + 4);
    for (const QChar c : text.toLower()) {
        switch (c.unicode()) {
        case u'ä': out += u"ae"_s; break;
        case u'ö': out += u"oe"_s; break;
        case u'ü': out += u"ue"_s; break;
        case u'ß': out += u"ss"_s; break;
        case u'ẞ': out += u"ss"_s; break;
        default: out += c;
        }
    }
    return out;
}

QString SearchText::indexText(const QString& text)
{
    const QString folded = transliterate(text);
    if (folded == text.toLower())
        return text;
    return text + u' ' + folded;
}

QString SearchText::phoneKey(const QString& phone)
{
    const QString trimmed = phone.trimmed();
    QString digits;
    for (const QChar c : trimmed) {
        if (c.isDigit())
            digits += c;
    }
    bool international = trimmed.startsWith(u'+');
    if (!international && digits.startsWith(u"00"_s)) {
        digits.remove(0, 2);
        international = true;
    }
    if (international) {
        if (digits.startsWith(u"49"_s))
            digits.remove(0, 2);
        return digits;
    }
    if (digits.startsWith(u'0'))
        digits.remove(0, 1);
    return digits;
}

bool SearchText::looksLikePhone(const QString& query)
{
    static const QRegularExpression phoneChars(u"^\\+?[0-9 ()/.\\-]+$"_s);
    const QString trimmed = query.trimmed();
    if (!phoneChars.match(trimmed).hasMatch())
        return false;
    const auto digitCount = std::count_if(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isDigit(); });
    return digitCount >= 4;
}

QString SearchText::ftsQuery(const QString& userQuery)
{
    const QString trimmed = userQuery.trimmed();
    if (looksLikePhone(trimmed)) {
        QString compact;
        for (const QChar c : trimmed) {
            if (c.isDigit())
                compact += c;
        }
        const QString key = phoneKey(trimmed);
        QString expr = u"phone_key : "_s + quoted(key) + u'*';
        // The same digits may be a customer number or a loyalty card.
        expr += u" OR "_s + quoted(compact) + u'*';
        return expr;
    }

    QStringList terms;
    const QStringList words = trimmed.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (hasSearchableCharacter(word))
            terms.append(prefixTerm(word));
    }
    return terms.join(u" AND "_s);
}
