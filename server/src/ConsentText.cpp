#include "ConsentText.h"

#include "CustomerJson.h"
#include "JsonText.h"
#include "SalesChannel.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// What QDateTime::toString(Qt::ISODateWithMs) gives for UTC, without its cost: it was a fifth of the time
// spent generating a million demo customers.
void appendIsoUtc(std::string& out, const QDateTime& time) {
    const QDateTime utc = time.timeSpec() == Qt::UTC ? time : time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (date.year() < 1000 || date.year() > 9999) {
        JsonText::appendString(out, utc.toString(Qt::ISODateWithMs));
        return;
    }
    char text[32];
    const int length =
        std::snprintf(text, sizeof(text), "\"%04d-%02d-%02dT%02d:%02d:%02d.%03dZ\"", date.year(),
                      date.month(), date.day(), clock.hour(), clock.minute(), clock.second(), clock.msec());
    out.append(text, size_t(length));
}

} // namespace

std::string ConsentText::toJson(const QList<Consent>& consents) {
    // Keys in QJsonObject's (sorted) order: changed_at, granted, purpose, source.
    std::string out = "[";
    out.reserve(size_t(consents.size()) * 96 + 2);
    for (const Consent& consent : consents) {
        if (out.size() > 1)
            out += ',';
        out += R"({"changed_at":)";
        if (consent.changedAt.isValid())
            appendIsoUtc(out, consent.changedAt);
        else
            out += "null";
        out += R"(,"granted":)";
        out += consent.granted ? "true" : "false";
        out += R"(,"purpose":)";
        JsonText::appendString(out, consent.purpose);
        out += R"(,"source":)";
        JsonText::appendString(out, consent.source);
        out += '}';
    }
    out += ']';
    return out;
}

QList<Consent> ConsentText::fromJson(const QString& text) {
    QList<Consent> consents;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& value : array) {
        Result<Consent> consent = ConsentJson::fromJson(value.toObject());
        if (consent)
            consents.append(std::move(consent).value());
    }
    return consents;
}

bool ConsentText::isKnownPurpose(QStringView purpose) {
    return ConsentJson::purposes().contains(purpose);
}

bool ConsentText::isValidSource(QStringView source) {
    return SalesChannel::isValid(source);
}
