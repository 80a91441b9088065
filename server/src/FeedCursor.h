#pragma once

#include <QString>

#include <optional>

// The opaque sync cursor: base64url of "v1:<seq>". Versioned so the encoding can change later while old
// cursors still decode; opaque so clients never do arithmetic on it.
class FeedCursor {
public:
    static QString encode(qint64 seq);
    // Empty text is the start (0); nullopt for anything we did not produce.
    static std::optional<qint64> decode(const QString& text);
};
