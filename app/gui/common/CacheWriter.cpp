#include "CacheWriter.h"

CacheWriter::CacheWriter(const QSqlDatabase& reader)
    : m_path(reader.databaseName()) {}

CacheWriter::~CacheWriter() = default;

Result<Database*> CacheWriter::get() {
    if (!m_database) {
        Result<std::unique_ptr<Database>> opened = Database::open(m_path);
        if (!opened)
            return opened.error();
        m_database = std::move(opened).value();
    }
    return m_database.get();
}
