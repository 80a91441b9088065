#include "QueryFeedColumns.h"

#include "JsonText.h"

#include <QSqlQuery>
#include <QVariant>

bool QueryFeedColumns::isNull(int column) const {
    return m_query.value(column).isNull();
}

qint64 QueryFeedColumns::integer(int column) const {
    return m_query.value(column).toLongLong();
}

QString QueryFeedColumns::text(int column) const {
    return m_query.value(column).toString();
}

void QueryFeedColumns::appendJsonString(std::string& out, int column) const {
    JsonText::appendString(out, m_query.value(column).toString());
}

void QueryFeedColumns::appendJsonStringOrNull(std::string& out, int column) const {
    JsonText::appendStringOrNull(out, m_query.value(column));
}

void QueryFeedColumns::appendRaw(std::string& out, int column) const {
    out += m_query.value(column).toString().toStdString();
}
