#pragma once

#include "Result.h"

#include <QString>

// One injected fault, parsed from "kind[:key=value,…]" (grammar in server/README.md). Test mode only.
struct FaultSpec {
    enum class Kind { Latency, Error, DropAfterCommit, SlowBody, Oversize, Malformed };

    Kind kind = Kind::Latency;
    QString text;     // as given, for GET-style echoes and logs
    QString pathGlob; // empty: every path; '*' matches any run of characters (also '/'), '?' one
    double rate = 1.0;
    int minMs = 0; // latency
    int maxMs = 0;
    int status = 503;            // error
    int retryAfterSeconds = -1;  // error; -1: no Retry-After header
    qint64 bytesPerSecond = 100; // slow_body
    qint64 bytes = 70'000'000;   // oversize

    // 422-style error (code invalid_value) describing what is wrong.
    static Result<FaultSpec> parse(const QString& text);

    bool matchesPath(QStringView path) const;
    // Faults applied to the answer after handling, as opposed to before it (latency, error).
    bool changesAnswer() const { return kind != Kind::Latency && kind != Kind::Error; }

private:
    static bool globMatch(QStringView pattern, QStringView text);
};
