#include "PinHash.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

const auto kAlgorithm = u"pbkdf2-sha256"_s;
// A descriptor with more work than this is refused too: a crafted row must not stall sign-in.
constexpr int kMaximumIterations = 10000000;

struct Descriptor {
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

Result<Descriptor> parse(const QString& text, int minimumIterations) {
    auto bad = [](const QString& why) {
        return makeError(u"auth.bad_pin_hash", why);
    };
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return bad(u"not a JSON object"_s);
    const QJsonObject object = document.object();
    if (object.value(u"algorithm").toString() != kAlgorithm)
        return bad(u"unknown algorithm"_s);
    Descriptor descriptor;
    descriptor.iterations = object.value(u"iterations").toInt(0);
    if (descriptor.iterations < minimumIterations)
        return bad(u"too few iterations"_s);
    if (descriptor.iterations > kMaximumIterations)
        return bad(u"too many iterations"_s);
    const auto decode = [](const QJsonValue& value) {
        return QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                              QByteArray::AbortOnBase64DecodingErrors);
    };
    const auto salt = decode(object.value(u"salt"));
    const auto hash = decode(object.value(u"hash"));
    if (!salt || salt.decoded.size() < 8)
        return bad(u"missing or short salt"_s);
    if (!hash || hash.decoded.size() < 16)
        return bad(u"missing or short hash"_s);
    descriptor.salt = salt.decoded;
    descriptor.hash = hash.decoded;
    return descriptor;
}

} // namespace

QByteArray PinHash::pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations,
                                 int keyLength) {
    constexpr int kBlock = 32;
    QByteArray key;
    key.reserve(keyLength + kBlock);
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    for (quint32 block = 1; key.size() < keyLength; ++block) {
        const char index[4] = {char(block >> 24), char(block >> 16), char(block >> 8), char(block)};
        mac.reset();
        mac.addData(salt);
        mac.addData(index, 4);
        QByteArray u = mac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            mac.reset();
            mac.addData(u);
            u = mac.result();
            for (int j = 0; j < kBlock; ++j)
                t[j] = char(t.at(j) ^ u.at(j));
        }
        key += t;
    }
    key.truncate(keyLength);
    return key;
}

bool PinHash::constantTimeEquals(const QByteArray& a, const QByteArray& b) {
    // The length is no secret (it is in the descriptor); the content is compared without early exit.
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

QString PinHash::create(const QString& pin, int iterations) {
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    return createWithSalt(pin, salt, iterations);
}

QString PinHash::createWithSalt(const QString& pin, const QByteArray& salt, int iterations) {
    const QByteArray hash = pbkdf2Sha256(pin.toUtf8(), salt, iterations, kHashBytes);
    const QJsonObject object{{u"algorithm"_s, kAlgorithm},
                             {u"iterations"_s, iterations},
                             {u"salt"_s, QString::fromLatin1(salt.toBase64())},
                             {u"hash"_s, QString::fromLatin1(hash.toBase64())}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool PinHash::verify(const QString& pin, const QString& descriptor, int minimumIterations) {
    const Result<Descriptor> parsed = parse(descriptor, minimumIterations);
    if (!parsed || pin.isEmpty())
        return false;
    const QByteArray candidate =
        pbkdf2Sha256(pin.toUtf8(), parsed->salt, parsed->iterations, int(parsed->hash.size()));
    return constantTimeEquals(candidate, parsed->hash);
}

QString PinHash::descriptorProblem(const QString& descriptor) {
    const Result<Descriptor> parsed = parse(descriptor, kMinimumIterations);
    return parsed ? QString() : parsed.error().detail;
}
