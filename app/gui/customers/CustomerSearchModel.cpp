#include "CustomerSearchModel.h"

#include <QFont>

#include "ErrorMessages.h"
#include "PhoneNumber.h"

CustomerSearchModel::CustomerSearchModel(QSqlDatabase db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(std::move(db)) {}

void CustomerSearchModel::setQuery(const QString& query) {
    m_query = query.trimmed();
    QList<Customer> rows;
    bool truncated = false;
    if (!m_query.isEmpty()) {
        Result<CustomerSearchResult> found = m_repository.search(m_query, kMaxRows);
        if (!found) {
            Q_EMIT searchFailed(ErrorMessages::describe(found.error()));
        } else {
            rows = found->rows;
            truncated = found->truncated;
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_truncated = truncated;
    m_fromCentral = false;
    endResetModel();
    Q_EMIT searched(int(m_rows.size()), m_truncated);
}

void CustomerSearchModel::setCentralResults(const QString& query, const QList<Customer>& customers,
                                            bool truncated) {
    if (query.trimmed() != m_query)
        return; // the associate has typed on meanwhile
    beginResetModel();
    m_rows = customers.mid(0, kMaxRows);
    m_truncated = truncated;
    m_fromCentral = true;
    endResetModel();
}

const Customer* CustomerSearchModel::customerAt(int row) const {
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row);
}

int CustomerSearchModel::rowOf(const QString& customerId) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == customerId)
            return row;
    }
    return -1;
}

int CustomerSearchModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerSearchModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerSearchModel::data(const QModelIndex& index, int role) const {
    const Customer* c = customerAt(index.row());
    if (!c)
        return {};
    if (m_fromCentral && role == Qt::FontRole) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (m_fromCentral && role == Qt::ToolTipRole && index.column() == NameColumn)
        return tr("Found by the central search: not on this device yet");
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return c->lastName + QStringLiteral(", ") + c->firstName;
    case CustomerNoColumn:
        return c->customerNo;
    case EmailColumn:
        return c->email;
    case PhoneColumn:
        return PhoneNumber::display(c->phone);
    case CityColumn:
        return c->city;
    default:
        return {};
    }
}

QVariant CustomerSearchModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CustomerNoColumn:
        return tr("Customer no.");
    case EmailColumn:
        return tr("E-mail");
    case PhoneColumn:
        return tr("Phone");
    case CityColumn:
        return tr("City");
    default:
        return {};
    }
}
