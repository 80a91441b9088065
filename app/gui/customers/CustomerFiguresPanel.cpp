#include "CustomerFiguresPanel.h"

#include "ChannelMixChart.h"
#include "Formatting.h"
#include "TimelineTexts.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString percent(int basisPoints) {
    return u"%1 %"_s.arg(QLocale().toString(basisPoints / 100.0, 'f', 1));
}

} // namespace

CustomerFiguresPanel::CustomerFiguresPanel(QWidget* parent)
    : QWidget(parent)
    , m_period(new QComboBox(this))
    , m_caption(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_chart(new ChannelMixChart(this))
    , m_note(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    QFont bold = m_caption->font();
    bold.setBold(true);
    m_caption->setFont(bold);
    top->addWidget(m_caption, 1);
    top->addWidget(m_period);
    layout->addLayout(top);
    m_period->setObjectName(u"figuresPeriod"_s);
    m_period->addItem(QString(), int(Last12Months));
    m_period->addItem(QString(), int(AllTime));
    m_table->setObjectName(u"figuresTable"_s);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ChannelColumn, QHeaderView::Stretch);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    layout->addWidget(m_table);
    layout->addWidget(m_chart);
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);
    connect(m_period, &QComboBox::currentIndexChanged, this, &CustomerFiguresPanel::render);
    retranslate();
}

void CustomerFiguresPanel::setData(const QList<OrderFacts>& orders, const QList<ReturnFacts>& returns,
                                   const QDateTime& now) {
    m_pending = false;
    m_caption->setText(tr("Figures"));
    m_orders = orders;
    m_returns = returns;
    m_now = now;
    m_last12.reset();
    m_allTime.reset();
    render();
}

void CustomerFiguresPanel::setPending() {
    m_orders.clear();
    m_returns.clear();
    m_last12.reset();
    m_allTime.reset();
    m_pending = true;
    m_table->setRowCount(0);
    m_chart->setSlices({});
    m_note->hide();
    m_caption->setText(tr("Figures (reading…)"));
}

void CustomerFiguresPanel::setPeriod(Period period) {
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

CustomerFiguresPanel::Period CustomerFiguresPanel::period() const {
    return Period(m_period->currentData().toInt());
}

const CustomerFigures& CustomerFiguresPanel::shownFigures() const {
    static const CustomerFigures kNone;
    const std::optional<CustomerFigures>& shown = period() == AllTime ? m_allTime : m_last12;
    return shown ? *shown : kNone;
}

void CustomerFiguresPanel::computeShown() {
    if (period() == AllTime && !m_allTime)
        m_allTime = CustomerFigures::compute(m_orders, m_returns);
    else if (period() == Last12Months && !m_last12)
        m_last12 = CustomerFigures::compute(m_orders, m_returns, CustomerFigures::twelveMonthsBefore(m_now));
}

void CustomerFiguresPanel::render() {
    if (m_pending)
        return;
    computeShown();
    const CustomerFigures& figures = shownFigures();
    QList<ChannelFigures> rows = figures.channels();
    rows.append(figures.total());
    m_table->setRowCount(int(rows.size()));
    QFont bold = m_table->font();
    bold.setBold(true);
    for (int r = 0; r < rows.size(); ++r) {
        const ChannelFigures& f = rows.at(r);
        const bool total = f.channel.isEmpty();
        const QStringList cells{
            total ? tr("Total") : TimelineTexts::channel(f.channel),
            Formatting::money(f.revenue),
            Formatting::integer(f.orders),
            Formatting::money(f.averageOrderValue()),
            percent(f.returnRateBasisPoints()),
            f.lastPurchase.isValid() ? Formatting::date(f.lastPurchase.toLocalTime().date()) : u"–"_s};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setTextAlignment(c == ChannelColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                      : Qt::AlignRight | Qt::AlignVCenter);
            if (total)
                item->setFont(bold);
            m_table->setItem(r, c, item);
        }
    }
    // Show every row without scrolling up to a handful of channels.
    const int visibleRows = int(std::min<qsizetype>(rows.size(), 6));
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int r = 0; r < visibleRows; ++r)
        height += m_table->rowHeight(r);
    m_table->setFixedHeight(height);

    QList<ChannelMixChart::Slice> slices;
    for (const ChannelFigures& f : figures.channels())
        slices.append({f.channel, f.revenue.cents});
    m_chart->setSlices(slices);
    m_note->setVisible(figures.otherCurrencyOrders() > 0);
    m_note->setText(
        tr("%n order(s) in other currencies are not included.", nullptr, figures.otherCurrencyOrders()));
}

void CustomerFiguresPanel::retranslate() {
    m_caption->setText(m_pending ? tr("Figures (reading…)") : tr("Figures"));
    m_period->setItemText(0, tr("Last 12 months"));
    m_period->setItemText(1, tr("All time"));
    m_period->setAccessibleName(tr("Period of the figures"));
    m_table->setAccessibleName(tr("Figures per channel"));
    m_table->setHorizontalHeaderLabels(
        {tr("Channel"), tr("Revenue"), tr("Orders"), tr("Avg. order"), tr("Returned"), tr("Last purchase")});
    m_table->horizontalHeaderItem(RevenueColumn)->setToolTip(tr("Revenue net of returns"));
    m_table->horizontalHeaderItem(AverageColumn)->setToolTip(tr("Average order value, net of returns"));
    m_table->horizontalHeaderItem(ReturnRateColumn)->setToolTip(tr("Returned pieces of the pieces bought"));
}

void CustomerFiguresPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        render();
    }
    QWidget::changeEvent(event);
}
