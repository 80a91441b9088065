#pragma once

#include <QString>
#include <QStringList>

// Splits a migration file into the statements to run one by one. Statements end with ';' except
// inside a quoted text, a PostgreSQL $$-quoted function body and a SQLite trigger's BEGIN … END body.
// Comments ('--' to the end of the line, outside quotes) are dropped.
class MigrationScript {
public:
    static QStringList statements(const QString& script);
};
