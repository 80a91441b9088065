#include "MigrationScript.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// A SQLite trigger ends with the END after its body, not at the first ';' inside it.
bool isOpenTriggerBody(const QString& statement) {
    static const QRegularExpression kTrigger(u"^CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression kBegin(u"\\bBEGIN\\b"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression kEnd(u"\\bEND\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    return kTrigger.match(statement).hasMatch() && kBegin.match(statement).hasMatch() &&
           !kEnd.match(statement).hasMatch();
}

} // namespace

QStringList MigrationScript::statements(const QString& text) {
    QStringList statements;
    QString current;
    bool inQuote = false;
    bool inDollarQuote = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!inQuote && c == u'$' && i + 1 < text.size() && text.at(i + 1) == u'$') {
            inDollarQuote = !inDollarQuote;
            current += u"$$"_s;
            ++i;
            continue;
        }
        if (!inQuote && !inDollarQuote && c == u'-' && i + 1 < text.size() && text.at(i + 1) == u'-') {
            const qsizetype lineEnd = text.indexOf(u'\n', i);
            i = lineEnd < 0 ? text.size() : lineEnd - 1; // a comment after SQL, up to the line's end
            continue;
        }
        if (!inDollarQuote && c == u'\'')
            inQuote = !inQuote;
        if (c == u';' && !inQuote && !inDollarQuote && !isOpenTriggerBody(current.trimmed())) {
            if (!current.trimmed().isEmpty())
                statements.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}
