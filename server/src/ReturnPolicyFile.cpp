#include "ReturnPolicyFile.h"

#include "ReturnPolicyJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMaxFileBytes = 1024 * 1024;

Error usage(const QString& detail) {
    return makeError(u"usage", detail);
}

} // namespace

Result<ReturnPolicyFile::Settings> ReturnPolicyFile::read(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return usage(u"--return-policy %1: cannot read the file (%2)"_s.arg(path, file.errorString()));
    if (file.size() > kMaxFileBytes)
        return usage(u"--return-policy %1: the file is larger than 1 MB"_s.arg(path));
    Result<Settings> settings = parse(file.readAll());
    if (!settings)
        return usage(u"--return-policy %1: %2"_s.arg(path, settings.error().detail));
    return settings;
}

Result<ReturnPolicyFile::Settings> ReturnPolicyFile::parse(const QByteArray& json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return usage(
            u"not valid JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        return usage(u"the policy must be a JSON object"_s);
    QJsonObject retailer = document.object();
    const QJsonValue stores = retailer.take(u"stores"_s);
    if (!stores.isUndefined() && !stores.isObject())
        return usage(u"stores must be an object: store id → the settings that differ"_s);

    Settings settings;
    const Result<ReturnPolicyConfig> standard = ReturnPolicyJson::fromJson(retailer);
    if (!standard)
        return usage(standard.error().detail);
    settings.standard = standard.value();
    const QJsonObject overrides = stores.toObject();
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        if (!it.value().isObject())
            return usage(u"stores.%1 must be an object"_s.arg(it.key()));
        QJsonObject merged = retailer;
        const QJsonObject own = it.value().toObject();
        for (auto member = own.begin(); member != own.end(); ++member)
            merged.insert(member.key(), member.value());
        const Result<ReturnPolicyConfig> store = ReturnPolicyJson::fromJson(merged);
        if (!store)
            return usage(u"stores.%1: %2"_s.arg(it.key(), store.error().detail));
        settings.stores.insert(it.key(), store.value());
    }
    return settings;
}
