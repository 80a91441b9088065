#include "OpenItemsPanel.h"

#include "BackgroundCacheRead.h"
#include "ErrorMessages.h"
#include "Formatting.h"
#include "PickupTexts.h"
#include "TimelineTexts.h"

#include <QEvent>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const auto kPickupLink = u"pickup:"_s;
const auto kOrderLink = u"order:"_s;

template <typename Line> int pieces(const QList<Line>& lines) {
    int n = 0;
    for (const Line& line : lines)
        n += line.quantity;
    return n;
}

QString link(const QString& scheme, const QString& target, const QString& text) {
    return u"<a href=\"%1%2\">%3</a>"_s.arg(scheme, QString::fromLatin1(QUrl::toPercentEncoding(target)),
                                            text.toHtmlEscaped());
}

} // namespace

OpenItemsPanel::OpenItemsPanel(QSqlDatabase db, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_summary(new QLabel(this))
    , m_list(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setObjectName(u"openItemsSummary"_s);
    m_summary->setWordWrap(true);
    m_list->setObjectName(u"openItemsList"_s);
    m_list->setWordWrap(true);
    m_list->setTextFormat(Qt::RichText);
    m_list->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_list->setOpenExternalLinks(false);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    connect(m_list, &QLabel::linkActivated, this, &OpenItemsPanel::follow);
    render();
}

void OpenItemsPanel::showCustomer(const QString& customerId) {
    m_customerId = customerId;
    const quint64 generation = ++m_generation;
    m_loading = true;
    render();
    readCacheInBackground<CustomerOpenItems>(
        m_db.databaseName(), this,
        [customerId](QSqlDatabase db) { return CustomerOpenItems::load(db, customerId); },
        [this, generation](Result<CustomerOpenItems> items) {
            if (generation != m_generation)
                return; // another customer meanwhile
            m_loading = false;
            m_error = items ? QString() : ErrorMessages::describe(items.error());
            m_items = items ? std::move(items).value() : CustomerOpenItems();
            render();
        });
}

void OpenItemsPanel::clear() {
    m_customerId.clear();
    ++m_generation;
    m_loading = false;
    m_error.clear();
    m_items = CustomerOpenItems();
    render();
}

void OpenItemsPanel::render() {
    m_list->clear();
    m_list->hide();
    if (m_loading) {
        m_summary->setText(tr("Reading open items …"));
        return;
    }
    if (!m_error.isEmpty()) {
        m_summary->setText(m_error);
        return;
    }
    if (m_items.isEmpty()) {
        m_summary->setText(tr("Nothing open: no pickup waiting, no return in progress, no saved cart."));
        return;
    }
    QStringList counts;
    if (!m_items.pickups.isEmpty())
        counts << tr("%n pickup(s) waiting", nullptr, int(m_items.pickups.size()));
    if (!m_items.returns.isEmpty())
        counts << tr("%n return(s) in progress", nullptr, int(m_items.returns.size()));
    if (!m_items.carts.isEmpty())
        counts << tr("%n saved cart(s)", nullptr, int(m_items.carts.size()));
    m_summary->setText(counts.join(u" · "_s));

    QStringList lines;
    const auto more = [&lines](qsizetype all) {
        if (all > kListedPerKind)
            lines << tr("… and %n more", nullptr, int(all - kListedPerKind)).toHtmlEscaped();
    };
    for (const Pickup& pickup : m_items.pickups.mid(0, kListedPerKind)) {
        QString what = PickupTexts::state(pickup.state); // mid-line: "– ready, shelf B-07"
        if (!what.isEmpty())
            what[0] = what[0].toLower();
        if (!pickup.shelf.isEmpty() && pickup.state != PickupState::AwaitingStock)
            what += u", "_s + tr("shelf %1").arg(pickup.shelf);
        if (pickup.deadline.isValid())
            what += u", "_s + tr("collect by %1").arg(Formatting::date(pickup.deadline.toLocalTime().date()));
        lines << link(kPickupLink, pickup.id, tr("Pickup %1").arg(pickup.orderNo)) + u" – "_s +
                     what.toHtmlEscaped();
    }
    more(m_items.pickups.size());
    for (const ReturnRecord& record : m_items.returns.mid(0, kListedPerKind)) {
        const QString what =
            tr("%n article(s), %1, %2", nullptr, pieces(record.lines))
                .arg(Formatting::money(record.refund.amount), TimelineTexts::returnState(record.state));
        lines << link(kOrderLink, record.orderNo, tr("Return of order %1").arg(record.orderNo)) + u" – "_s +
                     what.toHtmlEscaped();
    }
    more(m_items.returns.size());
    for (const Cart& cart : m_items.carts.mid(0, kListedPerKind)) {
        Money total = Money::zero(cart.lines.first().unitPrice.currency);
        for (const CartLine& line : cart.lines) {
            if (line.unitPrice.sameCurrency(total))
                total += line.unitPrice * line.quantity;
        }
        const QString origin = cart.origin == u"online" ? tr("Online cart") : tr("Cart from the counter");
        lines << tr("%1 – %n article(s), %2, changed %3", nullptr, pieces(cart.lines))
                     .arg(origin, Formatting::money(total),
                          Formatting::date(cart.updatedAt.toLocalTime().date()))
                     .toHtmlEscaped();
    }
    more(m_items.carts.size());
    m_list->setText(lines.join(u"<br>"_s));
    m_list->show();
}

void OpenItemsPanel::follow(const QString& target) {
    if (target.startsWith(kPickupLink))
        Q_EMIT pickupRequested(QUrl::fromPercentEncoding(target.mid(kPickupLink.size()).toLatin1()));
    else if (target.startsWith(kOrderLink))
        Q_EMIT orderRequested(QUrl::fromPercentEncoding(target.mid(kOrderLink.size()).toLatin1()));
}

void OpenItemsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}
