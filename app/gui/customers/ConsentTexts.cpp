#include "ConsentTexts.h"

#include "Formatting.h"

QString ConsentTexts::purposeName(const QString& purpose) {
    if (purpose == u"email")
        return tr("Advertising by e-mail");
    if (purpose == u"sms")
        return tr("Advertising by SMS");
    if (purpose == u"phone")
        return tr("Advertising by phone");
    if (purpose == u"personalised_offers")
        return tr("Personalised offers");
    return purpose;
}

QString ConsentTexts::when(const ConsentGate::Permission& permission) {
    QStringList parts;
    if (permission.changedAt.isValid())
        parts << Formatting::date(permission.changedAt.toLocalTime().date());
    if (!permission.source.isEmpty())
        parts << QStringLiteral("(%1)").arg(Formatting::channel(permission.source));
    return parts.join(QLatin1Char(' '));
}

QString ConsentTexts::state(const ConsentGate::Permission& permission) {
    const QString at = when(permission);
    switch (permission.verdict) {
    case ConsentGate::Verdict::Allowed:
    case ConsentGate::Verdict::NoContactData:
        return at.isEmpty() ? tr("Granted") : tr("Granted on %1").arg(at);
    case ConsentGate::Verdict::Withdrawn:
        return at.isEmpty() ? tr("Not granted") : tr("Not granted since %1").arg(at);
    case ConsentGate::Verdict::NeverGranted:
        break;
    }
    return tr("Never granted");
}

QString ConsentTexts::blockedReason(const QString& purpose, const ConsentGate::Permission& permission) {
    switch (permission.verdict) {
    case ConsentGate::Verdict::Allowed:
        return {};
    case ConsentGate::Verdict::NoContactData:
        return purpose == u"email" ? tr("No e-mail address on file.") : tr("No phone number on file.");
    case ConsentGate::Verdict::Withdrawn:
        return tr("No consent for %1: %2.").arg(purposeName(purpose), state(permission));
    case ConsentGate::Verdict::NeverGranted:
        break;
    }
    return tr("No consent for %1: the customer has never granted it.").arg(purposeName(purpose));
}

QString ConsentTexts::historyLine(const ConsentEvent& event) {
    const QString date = Formatting::date(event.at.toLocalTime().date());
    const QString place = !event.storeName.isEmpty() ? event.storeName : Formatting::channel(event.channel);
    const QString line =
        event.granted ? tr("granted %1 · %2").arg(date, place) : tr("withdrawn %1 · %2").arg(date, place);
    return event.pending ? tr("%1 (not yet sent)").arg(line) : line;
}
