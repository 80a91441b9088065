#include "UrlPolicy.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// QUrl has already normalised IPv4 shorthands ("127.1", "0x7f.0.0.1", "2130706433") to dotted quads,
// so only the canonical form needs to be recognised here.
bool isLoopbackIpv4(QStringView host) {
    const auto parts = host.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return false;
        for (const QChar c : part) {
            if (!c.isDigit() || c.unicode() > 0x7f)
                return false;
        }
        if (part.toInt() > 255)
            return false;
    }
    return parts.first() == u"127";
}

// QUrl prints IPv6 hosts in canonical compressed lower-case form, so "[0:0:0:0:0:0:0:1]" arrives as "::1".
bool isLoopbackIpv6(QStringView host) {
    if (host == u"::1")
        return true;
    // IPv4-mapped loopback reaches 127.0.0.0/8 on a dual-stack socket.
    constexpr QStringView kMapped = u"::ffff:";
    return host.startsWith(kMapped) && isLoopbackIpv4(host.mid(kMapped.size()));
}

Error invalid(const QString& why) {
    return makeError(ErrorCode::kNetInvalidUrl, why);
}

} // namespace

namespace UrlPolicy {

bool isLoopbackHost(const QString& rawHost) {
    QString host = rawHost.toLower();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    // Only the exact name: curl answers "localhost" itself without DNS, but "localhost." or
    // "x.localhost" would go to a resolver we do not control.
    if (host == u"localhost")
        return true;
    return isLoopbackIpv4(host) || isLoopbackIpv6(host);
}

Status check(const QUrl& url) {
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return invalid(u"not an absolute URL with a host"_s);
    if (!url.userInfo().isEmpty())
        return invalid(u"credentials in the URL are not allowed"_s);
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme != u"http")
        return invalid(u"scheme '%1' is not http or https"_s.arg(scheme.left(16)));
    if (!isLoopbackHost(url.host()))
        return makeError(ErrorCode::kNetInsecureUrl, u"plain http is only allowed to this computer"_s);
    return {};
}

Result<QUrl> parseServerUrl(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalid(u"empty server address"_s);
    for (const QChar c : trimmed) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return invalid(u"the server address contains spaces or control characters"_s);
    }

    QString candidate = trimmed;
    static const QRegularExpression kHasScheme(u"^[A-Za-z][A-Za-z0-9+.-]*://"_s);
    if (!kHasScheme.match(trimmed).hasMatch()) {
        // No scheme typed: https, except on loopback where the demo server speaks plain http
        // (so "127.0.0.1:8080" just works).
        const QUrl probe(u"https://"_s + trimmed, QUrl::StrictMode);
        const bool loopback = probe.isValid() && isLoopbackHost(probe.host());
        candidate = (loopback ? u"http://"_s : u"https://"_s) + trimmed;
    }

    QUrl url(candidate, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return invalid(u"not a valid server address"_s);
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return invalid(u"scheme '%1' is not http or https"_s.arg(scheme.left(16)));
    if (!url.userInfo().isEmpty())
        return invalid(u"credentials in the server address are not allowed"_s);
    if (url.hasQuery() || url.hasFragment())
        return invalid(u"a server address has no query or fragment"_s);

    // Keep the path (a backend may live under /api) but drop trailing slashes so that
    // ApiClient can append "/v1/…" without doubling them.
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path, QUrl::StrictMode);
    url.setScheme(scheme);

    if (const Status allowed = check(url); !allowed)
        return allowed.error();
    return url;
}

} // namespace UrlPolicy
