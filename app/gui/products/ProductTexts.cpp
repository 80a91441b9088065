#include "ProductTexts.h"

#include "Formatting.h"

#include <QLocale>

QString ProductTexts::place(const AvailabilityRow& row) {
    if (row.place == AvailabilityRow::Place::OnlineWarehouse)
        return tr("Online warehouse");
    return row.storeName.isEmpty() ? row.location : row.storeName;
}

QString ProductTexts::quantity(const AvailabilityRow& row) {
    return row.quantity ? Formatting::integer(*row.quantity) : tr("–", "no stock figure");
}

QString ProductTexts::asOf(const StockAge& age) {
    const QLocale locale;
    switch (age.kind) {
    case StockAge::Kind::Today:
        return tr("as of %1").arg(locale.toString(age.local.time(), tr("HH:mm", "stock time today")));
    case StockAge::Kind::Earlier:
        return tr("as of %1")
            .arg(locale.toString(age.local, tr("MMM d, HH:mm", "stock time on an earlier day")));
    case StockAge::Kind::Unknown:
        break;
    }
    return tr("time unknown");
}

QString ProductTexts::note(const AvailabilityRow& row) {
    QStringList parts;
    if (row.place == AvailabilityRow::Place::OwnStore)
        parts << tr("this store");
    if (!row.quantity)
        parts << tr("no figure on this device");
    else if (row.place == AvailabilityRow::Place::OnlineWarehouse)
        parts << (row.delivery ? delivery(*row.delivery) : tr("currently not available for delivery"));
    if (row.quantity && row.age.stale)
        parts << tr("out of date");
    return parts.join(QStringLiteral(" · "));
}

QString ProductTexts::delivery(const DeliveryEstimate& estimate) {
    if (estimate.minWorkingDays == estimate.maxWorkingDays)
        return tr("Delivery in %n working day(s)", nullptr, estimate.maxWorkingDays);
    return tr("Delivery in %1–%2 working days").arg(estimate.minWorkingDays).arg(estimate.maxWorkingDays);
}

QString ProductTexts::deliveryDates(const DeliveryEstimate& estimate) {
    const QLocale locale;
    const QString format = tr("ddd MMM d", "delivery date");
    return tr("Ordered online now: delivered between %1 and %2 (working days Monday to Friday; orders after "
              "%3:00 leave the warehouse the next working day).")
        .arg(locale.toString(estimate.earliest, format), locale.toString(estimate.latest, format))
        .arg(DeliveryEstimate::kCutoffHour);
}

QString ProductTexts::staleHint() {
    return tr("This figure is older than 24 hours; the shelf may have changed since.");
}

QString ProductTexts::returnable(const Product& product) {
    if (product.returnable)
        return tr("Yes");
    const QString& reason = product.nonReturnableReason;
    QString why;
    if (reason == u"hygiene")
        why = tr("hygiene article");
    else if (reason == u"personalised")
        why = tr("personalised article");
    else if (reason == u"sealed_media")
        why = tr("sealed audio, video or software, once opened");
    else if (reason == u"perishable")
        why = tr("perishable goods");
    else if (reason == u"gift_card")
        why = tr("gift card");
    else
        why = tr("marked as not returnable");
    return tr("No: %1").arg(why);
}

QString ProductTexts::priceWithVat(const Product& product) {
    const QString vat = QLocale().toString(product.vatRateHundredths / 100.0, 'g', 4);
    return tr("%1 incl. %2 % VAT").arg(Formatting::money(product.price), vat);
}

QString ProductTexts::notInAssortment(const ProductScan& scan, const QString& typed) {
    switch (scan.outcome) {
    case ProductScan::Outcome::UnknownEan:
        return tr("Article with EAN %1 is not in this store's assortment, or not on this device yet.")
            .arg(scan.code);
    case ProductScan::Outcome::UnknownSku:
        return tr("No article with the SKU %1 on this device.").arg(scan.code);
    case ProductScan::Outcome::NotAProductCode:
    case ProductScan::Outcome::Found:
        break;
    }
    return tr("“%1” is neither an EAN nor a SKU.").arg(typed.trimmed());
}
