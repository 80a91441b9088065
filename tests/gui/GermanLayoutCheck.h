// Shared by the German layout checks: a customer with a long name and a cache around them, and the
// check that no caption, button, tab or column header is cut off; screenshots with THEKE_SCREENSHOT_DIR.
#pragma once

#include "CartDesk.h"
#include "CartFeedApplier.h"
#include "CartJson.h"
#include "CartMergeDialog.h"
#include "CartOrderDialog.h"
#include "CartRepository.h"
#include "CustomerDetailPane.h"
#include "CustomerHistoryPanel.h"
#include "CustomerRepository.h"
#include "CustomerSearchModel.h"
#include "CustomersPage.h"
#include "Database.h"
#include "MainWindow.h"
#include "OpenItemsPanel.h"
#include "OrderDetailDialog.h"
#include "OrderRepository.h"
#include "OutboxRepository.h"
#include "PickupDesk.h"
#include "PickupPage.h"
#include "PickupRepository.h"
#include "PinHash.h"
#include "ProductDialog.h"
#include "ProductRepository.h"
#include "Profile.h"
#include "ReturnLinesModel.h"
#include "ReturnRepository.h"
#include "ReturnsDesk.h"
#include "ReturnsPage.h"
#include "ServiceContactRepository.h"
#include "SettingsRepository.h"
#include "StatusBarIndicators.h"
#include "StockRepository.h"
#include "StoreRepository.h"
#include "SyncPage.h"
#include "SyncService.h"
#include "SyncStateRepository.h"
#include "TillCodeDialog.h"
#include "TimelineModel.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

namespace germanlayout {

using namespace Qt::StringLiterals;
inline Customer longNamedCustomer() {
    Customer c;
    c.id = u"c-1"_s;
    c.customerNo = u"K1004711"_s;
    c.firstName = u"Hannelore-Friederike"_s;
    c.lastName = u"Schönberger-Wittgenstein"_s;
    c.email = u"hannelore.schoenberger-wittgenstein@beispiel-versand.de"_s;
    c.phone = u"+4915112345678"_s;
    c.street = u"Große Bäckerstraße 117a"_s;
    c.postcode = u"20095"_s;
    c.city = u"Hamburg"_s;
    c.loyaltyCard = u"2991004711000"_s;
    c.loyaltyTier = u"gold"_s;
    c.loyaltyPoints = 123456;
    c.customerSince = QDate(2019, 4, 27);
    const QDateTime at = QDateTime::fromString(u"2025-03-14T09:45:00Z"_s, Qt::ISODate);
    c.consents = {Consent{u"email"_s, false, at, u"marketplace:zalando"_s},
                  Consent{u"sms"_s, true, at, u"webshop"_s}, Consent{u"phone"_s, false, at, u"store"_s}};
    c.version = 1;
    return c;
}

// A history in every channel: orders, a store receipt, a marketplace order returned in a store.
inline QList<Order> ordersOfLongNamedCustomer() {
    const QStringList channels{u"webshop"_s, u"store"_s, u"marketplace:zalando"_s, u"app"_s, u"phone"_s};
    QList<Order> orders;
    for (int i = 0; i < 12; ++i) {
        Order o;
        o.id = u"o-%1"_s.arg(i);
        o.orderNo = u"W-2026-00482%1"_s.arg(i, 2, 10, QChar(u'0'));
        o.channel = channels[i % channels.size()];
        o.customerId = u"c-1"_s;
        o.placedAt = QDateTime::currentDateTimeUtc().addDays(-9 * i - 1);
        OrderLine line{u"1"_s,        u"4061234567890"_s, u"Wollmantel „Hanseatin“ Größe 42"_s,
                       1 + i % 3,     Money::eur(24995),  Money::eur(24995 * (1 + i % 3)),
                       i == 2 ? 1 : 0};
        o.lines = {line};
        o.totals.gross = line.total;
        o.payment.method = u"klarna"_s;
        o.fulfilment = i % 2 ? u"pickup"_s : u"delivery"_s;
        o.deliveredAt = o.placedAt.addDays(2);
        o.state = i == 0 ? u"ready_for_pickup"_s : u"delivered"_s;
        o.version = 1;
        orders.append(o);
    }
    return orders;
}

// Texts that do not fit their widget, as "objectName: text".
inline QStringList cutOffTexts(QWidget* root) {
    QStringList problems;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty() ||
            label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text()))
            continue;
        // A label with a buddy shows its "&" mnemonic as an underline, not as a character.
        QString text = label->text();
        if (label->buddy())
            text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
        for (const QString& line : text.split(u'\n')) {
            if (label->fontMetrics().horizontalAdvance(line) > label->contentsRect().width())
                problems << label->objectName() + u": "_s + line;
        }
    }
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        const QSize hint = button->sizeHint();
        if (hint.width() > button->width() + 1)
            problems << button->objectName() + u": "_s + button->text();
    }
    for (QTabWidget* tabs : root->findChildren<QTabWidget*>()) {
        if (!tabs->isVisible())
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            const QRect rect = tabs->tabBar()->tabRect(i);
            const int needed = tabs->tabBar()->fontMetrics().horizontalAdvance(tabs->tabText(i));
            if (needed > rect.width())
                problems << tabs->objectName() + u" tab: "_s + tabs->tabText(i);
        }
    }
    for (QTabBar* bar : root->findChildren<QTabBar*>()) {
        if (!bar->isVisible() || qobject_cast<QTabWidget*>(bar->parentWidget()))
            continue;
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->fontMetrics().horizontalAdvance(bar->tabText(i)) > bar->tabRect(i).width())
                problems << bar->objectName() + u" tab: "_s + bar->tabText(i);
        }
    }
    for (QHeaderView* header : root->findChildren<QHeaderView*>()) {
        if (!header->isVisible() || !header->model())
            continue;
        for (int i = 0; i < header->count(); ++i) {
            if (header->isSectionHidden(i))
                continue;
            const QString text = header->model()->headerData(i, header->orientation()).toString();
            // A section's text needs its advance plus the header's margins (~2×4 px).
            if (header->fontMetrics().horizontalAdvance(text) + 8 > header->sectionSize(i))
                problems << u"column header: "_s + text;
        }
    }
    return problems;
}

inline void saveScreenshot(QWidget* window, const QString& name) {
    const QString dir = qEnvironmentVariable("THEKE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window->grab().save(dir + u'/' + name + u".png"_s);
}

// The long-named customer with orders, a return, a waiting pickup, a saved cart and a service
// contact. Fails the running test (QVERIFY) when the cache refuses a row.
inline void seedLongNamedCustomer(Database& database) {
    QVERIFY(SettingsRepository(database.sql())
                .setValue(SettingKey::kStoreName.toString(), u"Theke Hamburg Mönckebergstraße"_s));
    QVERIFY(CustomerRepository(database.sql()).upsert({longNamedCustomer()}));
    const QList<Order> orders = ordersOfLongNamedCustomer();
    QVERIFY(OrderRepository(database.sql()).upsert(orders));
    ReturnRecord r;
    r.id = u"r-1"_s;
    r.orderNo = orders[2].orderNo;
    r.storeId = u"hh-moenckebergstrasse"_s;
    r.channel = u"store"_s;
    r.lines = {ReturnLine{u"1"_s, 1, u"does_not_fit"_s, u"as_new"_s, u"restock"_s}};
    r.refund = Refund{u"original"_s, Money::eur(24995)};
    r.state = u"refund_pending"_s;
    r.createdAt = orders[2].placedAt.addDays(6);
    r.version = 1;
    QVERIFY(ReturnRepository(database.sql()).upsert({r}));
    // Open items on the overview: a pickup on the shelf and a cart saved online.
    Pickup waiting;
    waiting.id = u"p-0"_s;
    waiting.orderNo = orders[0].orderNo;
    waiting.customerId = u"c-1"_s;
    waiting.storeId = u"hh-moenckebergstrasse"_s;
    waiting.state = PickupState::Ready;
    waiting.lines = {{u"1"_s, 1}};
    waiting.shelf = u"B-12"_s;
    waiting.deadline = QDateTime::currentDateTimeUtc().addDays(8);
    waiting.pickupCodeHash = PinHash::create(u"H4N5E7"_s, 10000);
    waiting.version = 1;
    waiting.updatedAt = QDateTime::currentDateTimeUtc().addDays(-1);
    QVERIFY(PickupRepository(database.sql()).upsert({waiting}));
    Cart saved;
    saved.id = u"cart-1"_s;
    saved.customerId = u"c-1"_s;
    saved.origin = u"online"_s;
    saved.lines = {CartLine{u"4061234567890"_s, u"Wollmantel „Hanseatin“ Größe 42"_s, 1, Money::eur(24995)},
                   CartLine{u"4061234567906"_s, u"Schal „Föhr“ grau"_s, 2, Money::eur(2995)}};
    saved.version = 1;
    saved.updatedAt = QDateTime::currentDateTimeUtc().addDays(-2);
    QVERIFY(CartRepository(database.sql()).upsert({saved}));
    QVERIFY(ServiceContactRepository(database.sql())
                .upsert({ServiceContact{u"sc-1"_s,
                                        u"c-1"_s,
                                        u"phone"_s,
                                        u"Rückfrage zur Lieferadresse und Abholung in der Filiale"_s,
                                        QDateTime::currentDateTimeUtc().addDays(-4),
                                        1,
                                        {}}}));
}

} // namespace germanlayout
