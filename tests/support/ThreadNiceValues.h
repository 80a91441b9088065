#pragma once

#include <QDir>
#include <QFile>
#include <QList>
#include <QString>

// The nice values of this process's threads whose name (comm) is name, read from /proc (Linux).
inline QList<int> threadNiceValues(const QString& name) {
    QList<int> values;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString& tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue; // the thread has ended meanwhile
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('(');
        const qsizetype close = line.lastIndexOf(')');
        if (open < 0 || close < open || QString::fromUtf8(line.mid(open + 1, close - open - 1)) != name)
            continue;
        // After "(comm) " come state, ppid, ... : nice is field 19 of the line, the 17th after comm.
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() > 16)
            values.append(fields.at(16).toInt());
    }
    return values;
}
