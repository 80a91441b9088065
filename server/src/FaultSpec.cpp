#include "FaultSpec.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxLatencyMs = 120'000;
constexpr qint64 kMaxOversizeBytes = 1LL << 40;

Error invalid(const QString& detail) {
    return makeError(u"invalid_value", detail, 422);
}

std::optional<qint64> integer(const QString& value, qint64 min, qint64 max) {
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    if (!ok || number < min || number > max)
        return std::nullopt;
    return number;
}

struct KindName {
    FaultSpec::Kind kind;
    const char16_t* name;
    const char16_t* keys; // the kind's own parameters, besides path and rate
};

constexpr KindName kKinds[] = {
    {FaultSpec::Kind::Latency, u"latency", u"ms min max"},
    {FaultSpec::Kind::Error, u"error", u"status retry_after"},
    {FaultSpec::Kind::DropAfterCommit, u"drop_after_commit", u""},
    {FaultSpec::Kind::SlowBody, u"slow_body", u"bytes_per_second"},
    {FaultSpec::Kind::Oversize, u"oversize", u"bytes"},
    {FaultSpec::Kind::Malformed, u"malformed", u""},
};

} // namespace

Result<FaultSpec> FaultSpec::parse(const QString& text) {
    FaultSpec spec;
    spec.text = text.trimmed();
    const qsizetype colon = spec.text.indexOf(u':');
    const QString kindName = colon < 0 ? spec.text : spec.text.left(colon);
    const KindName* kind = nullptr;
    for (const KindName& candidate : kKinds) {
        if (kindName == QStringView(candidate.name))
            kind = &candidate;
    }
    if (!kind)
        return invalid(u"unknown fault kind '%1'"_s.arg(kindName));
    spec.kind = kind->kind;
    const QStringList ownKeys = QString::fromUtf16(kind->keys).split(u' ', Qt::SkipEmptyParts);

    bool hasMs = false;
    bool hasMin = false;
    bool hasMax = false;
    const QStringList parameters =
        colon < 0 ? QStringList() : spec.text.mid(colon + 1).split(u',', Qt::SkipEmptyParts);
    for (const QString& parameter : parameters) {
        const qsizetype equals = parameter.indexOf(u'=');
        const QString key = parameter.left(equals).trimmed();
        const QString value = equals < 0 ? QString() : parameter.mid(equals + 1).trimmed();
        if (equals < 0 || value.isEmpty())
            return invalid(u"fault parameter '%1' needs a value (key=value)"_s.arg(key));
        if (key == u"path") {
            spec.pathGlob = value;
            continue;
        }
        if (key == u"rate") {
            bool ok = false;
            spec.rate = value.toDouble(&ok);
            if (!ok || spec.rate < 0.0 || spec.rate > 1.0)
                return invalid(u"rate must be a number from 0 to 1"_s);
            continue;
        }
        if (!ownKeys.contains(key))
            return invalid(u"fault kind '%1' takes no parameter '%2'"_s.arg(kindName, key));
        const std::optional<qint64> number = key == u"bytes" ? integer(value, 1, kMaxOversizeBytes)
                                             : key == u"bytes_per_second" ? integer(value, 1, 1'000'000'000)
                                             : key == u"status"           ? integer(value, 400, 599)
                                             : key == u"retry_after"      ? integer(value, 0, 86'400)
                                                                          : integer(value, 0, kMaxLatencyMs);
        if (!number)
            return invalid(u"fault parameter '%1' is out of range or not a number"_s.arg(key));
        if (key == u"ms") {
            spec.minMs = spec.maxMs = int(*number);
            hasMs = true;
        } else if (key == u"min") {
            spec.minMs = int(*number);
            hasMin = true;
        } else if (key == u"max") {
            spec.maxMs = int(*number);
            hasMax = true;
        } else if (key == u"status") {
            spec.status = int(*number);
        } else if (key == u"retry_after") {
            spec.retryAfterSeconds = int(*number);
        } else if (key == u"bytes_per_second") {
            spec.bytesPerSecond = *number;
        } else {
            spec.bytes = *number;
        }
    }
    if (spec.kind == Kind::Latency) {
        if (hasMs == (hasMin || hasMax) || hasMin != hasMax || spec.minMs > spec.maxMs)
            return invalid(u"latency needs ms=N or min=N,max=M with N <= M"_s);
    }
    if (spec.kind == Kind::Error && spec.status != 429 && spec.status < 500)
        return invalid(u"error status must be 429 or 5xx"_s);
    return spec;
}

bool FaultSpec::matchesPath(QStringView path) const {
    return pathGlob.isEmpty() || globMatch(pathGlob, path);
}

bool FaultSpec::globMatch(QStringView pattern, QStringView text) {
    // Iterative wildcard match with back-tracking to the last '*': linear for the patterns tests use.
    qsizetype p = 0;
    qsizetype t = 0;
    qsizetype star = -1;
    qsizetype resume = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == u'?' || pattern[p] == text[t])) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == u'*') {
            star = p++;
            resume = t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}
