#include "AuditTableModel.h"

#include "AuditLog.h"
#include "AuthMessages.h"
#include "Formatting.h"
#include "StaffRepository.h"

#include <QJsonDocument>

AuditTableModel::AuditTableModel(QSqlDatabase db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db)) {}

void AuditTableModel::setFilter(const AuditFilter& filter) {
    m_filter = filter;
    reload();
}

void AuditTableModel::reload() {
    beginResetModel();
    const Result<QList<AuditEntry>> rows = AuditLog(m_db).list(m_filter);
    m_rows = rows ? rows.value() : QList<AuditEntry>();
    m_names.clear();
    // Inactive people still appear in old entries, so look them up by id rather than in active().
    StaffRepository staff(m_db);
    for (const AuditEntry& entry : std::as_const(m_rows)) {
        for (const QString& id :
             {entry.staffId, entry.subjectType == u"staff" ? entry.subjectId : QString()}) {
            if (!id.isEmpty() && !m_names.contains(id)) {
                const auto member = staff.find(id);
                m_names.insert(id, member ? member->displayName : id);
            }
        }
    }
    endResetModel();
}

QString AuditTableModel::staffName(const QString& staffId) const {
    return m_names.value(staffId, staffId);
}

int AuditTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::DisplayRole)
        return {};
    const AuditEntry& entry = m_rows.at(index.row());
    switch (index.column()) {
    case TimeColumn:
        return Formatting::dateTime(entry.atUtc);
    case ActionColumn:
        return AuthMessages::actionName(entry.action);
    case StaffColumn:
        return entry.staffId.isEmpty() ? tr("—") : staffName(entry.staffId);
    case SubjectColumn:
        return entry.subjectType == u"staff" ? staffName(entry.subjectId) : entry.subjectId;
    case DetailColumn:
        return entry.detail.isEmpty()
                   ? QString()
                   : QString::fromUtf8(QJsonDocument(entry.detail).toJson(QJsonDocument::Compact));
    case SentColumn:
        if (entry.synced)
            return tr("yes");
        return entry.refusedCode.isEmpty() ? tr("no")
                                           : tr("no, refused by the server (%1)").arg(entry.refusedCode);
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActionColumn:
        return tr("Action");
    case StaffColumn:
        return tr("Staff");
    case SubjectColumn:
        return tr("Subject");
    case DetailColumn:
        return tr("Details");
    case SentColumn:
        return tr("Sent to server");
    default:
        return {};
    }
}
