#include "BenchDirectory.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

struct Mount {
    QString point;
    QString type;
};

// The mount with the longest mount point that is a prefix of path (the last one wins on a tie,
// as a later mount hides an earlier one at the same place).
Mount mountOf(const QString& path) {
    const QString canonical = QFileInfo(path).canonicalFilePath();
    QFile file(u"/proc/self/mountinfo"_s);
    Mount best;
    if (canonical.isEmpty() || !file.open(QIODevice::ReadOnly))
        return best;
    // Fields: id parent major:minor root mount-point options [optional…] - fstype source super-options
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QStringList fields = QString::fromUtf8(line).split(u' ');
        const qsizetype separator = fields.indexOf(u"-"_s);
        if (fields.size() < 5 || separator < 0 || separator + 1 >= fields.size())
            continue;
        QString point = fields.at(4);
        point.replace(u"\\040"_s, u" "_s);
        const bool contains = point == u"/" || canonical == point || canonical.startsWith(point + u'/');
        if (contains && point.size() >= best.point.size())
            best = {point, fields.at(separator + 1)};
    }
    return best;
}

} // namespace

QString BenchDirectory::fileSystemOf(const QString& path) {
    const Mount mount = mountOf(path);
    return mount.type.isEmpty() ? u"unknown"_s : mount.type + u" on "_s + mount.point;
}

bool BenchDirectory::isMemoryBacked(const QString& path) {
    const QString type = mountOf(path).type;
    return type == u"tmpfs" || type == u"ramfs";
}
