#include "TimelineModel.h"

#include "Formatting.h"
#include "TimelineTexts.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

TimelineModel::TimelineModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void TimelineModel::setEvents(QList<TimelineEvent> events) {
    m_events = std::move(events);
    // Local months as UTC intervals: converting each event to local time costs more than the rest
    // of the model, and sorted events stay in one month for long runs.
    m_monthOf.resize(m_events.size());
    qint64 from = 1;
    qint64 to = 0;
    QDate month;
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const qint64 ms = m_events[i].at.toMSecsSinceEpoch();
        if (ms < from || ms >= to) {
            const QDate local = m_events[i].at.toLocalTime().date();
            month = QDate(local.year(), local.month(), 1);
            from = month.startOfDay().toMSecsSinceEpoch();
            to = month.addMonths(1).startOfDay().toMSecsSinceEpoch();
        }
        m_monthOf[i] = month;
    }
    rebuild();
}

void TimelineModel::setChannelFilter(const QString& channel) {
    if (channel == m_channel)
        return;
    m_channel = channel;
    rebuild();
}

void TimelineModel::setKindFilter(std::optional<TimelineKind> kind) {
    if (kind == m_kind)
        return;
    m_kind = kind;
    rebuild();
}

QStringList TimelineModel::channels() const {
    QStringList result;
    for (const TimelineEvent& e : m_events) {
        const QString c = e.channel.startsWith(u"marketplace:") ? u"marketplace"_s : e.channel;
        if (!c.isEmpty() && !result.contains(c))
            result.append(c);
    }
    return result;
}

bool TimelineModel::matches(const TimelineEvent& e) const {
    if (m_kind && e.kind != *m_kind)
        return false;
    if (m_channel.isEmpty())
        return true;
    if (m_channel == u"marketplace")
        return e.channel.startsWith(u"marketplace:");
    return e.channel == m_channel;
}

void TimelineModel::rebuild() {
    beginResetModel();
    m_rows.clear();
    m_matching = 0;
    QDate currentMonth;
    for (int i = 0; i < m_events.size(); ++i) {
        const TimelineEvent& e = m_events.at(i);
        if (!matches(e))
            continue;
        const QDate month = m_monthOf.at(i);
        if (month != currentMonth || m_rows.isEmpty()) {
            m_rows.append(Row{-1, month});
            currentMonth = month;
        }
        m_rows.append(Row{i, month});
        ++m_matching;
    }
    m_shown = int(std::min<qsizetype>(m_rows.size(), kBatch));
    endResetModel();
}

const TimelineEvent* TimelineModel::eventAt(int row) const {
    if (row < 0 || row >= m_shown || m_rows.at(row).event < 0)
        return nullptr;
    return &m_events.at(m_rows.at(row).event);
}

bool TimelineModel::isMonthRow(int row) const {
    return row >= 0 && row < m_shown && m_rows.at(row).event < 0;
}

int TimelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_shown;
}

int TimelineModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_shown)
        return {};
    const Row& row = m_rows.at(index.row());
    if (row.event < 0) {
        if (role == MonthRole)
            return row.month;
        if (role == Qt::DisplayRole && index.column() == DateColumn) {
            const QLocale locale;
            return u"%1 %2"_s.arg(locale.standaloneMonthName(row.month.month()),
                                  QString::number(row.month.year()));
        }
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const TimelineEvent& e = m_events.at(row.event);
    switch (role) {
    case KindRole:
        return int(e.kind);
    case ChannelRole:
        return e.channel;
    case OrderNoRole:
        return e.orderNo;
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ChannelColumn)
            return TimelineTexts::channel(e.channel);
        if (index.column() == EventColumn)
            return TimelineTexts::details(e);
        if (index.column() == StateColumn)
            return TimelineTexts::state(e);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return Formatting::date(e.at.toLocalTime().date());
        case ChannelColumn:
            return TimelineTexts::channelShort(e.channel);
        case EventColumn:
            return TimelineTexts::title(e);
        case AmountColumn:
            if (!e.hasAmount)
                return {};
            return e.kind == TimelineKind::Return ? u"−"_s + Formatting::money(e.amount)
                                                  : Formatting::money(e.amount);
        case StateColumn:
            return TimelineTexts::state(e);
        }
        return {};
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ChannelColumn:
        return tr("Channel");
    case EventColumn:
        return tr("What");
    case AmountColumn:
        return tr("Amount");
    case StateColumn:
        return tr("State");
    }
    return {};
}

bool TimelineModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_shown < m_rows.size();
}

void TimelineModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid())
        return;
    const int more = int(std::min<qsizetype>(m_rows.size() - m_shown, kBatch));
    if (more <= 0)
        return;
    beginInsertRows({}, m_shown, m_shown + more - 1);
    m_shown += more;
    endInsertRows();
}
