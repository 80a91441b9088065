#pragma once

#include <QString>

#include <random>

// Row ids for generated demo rows: UUIDv7 layout with a made-up millisecond that rises with each row
// (epochMs + counter), then random bits. Rising ids keep each primary key index growing at its end
// instead of being rewritten all over, which is what keeps millions of rows affordable.
namespace DemoIds {

QString uuid7(quint64 millis, std::mt19937_64& random);

} // namespace DemoIds
