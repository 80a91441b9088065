#pragma once

#include "Result.h"

#include <QUrl>

// Which server URLs the client may talk to: https anywhere, plain http only to loopback hosts.
namespace UrlPolicy {
bool isLoopbackHost(const QString& host);
// net.invalid_url for anything not http(s) with a host; net.insecure_url for http to a non-loopback host.
Status check(const QUrl& url);
// Parses what a user typed ("theke.example.de", "https://…/", with or without trailing slash)
// into a base URL without trailing slash; https is assumed when no scheme is given.
Result<QUrl> parseServerUrl(const QString& text);
} // namespace UrlPolicy
