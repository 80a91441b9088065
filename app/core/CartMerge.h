#pragma once

#include "Cart.h"

#include <QList>

// Two versions of one cart's lines brought together after a 412: the customer changed the online
// cart while this device changed it too. The union keeps every article either side has, with the
// larger quantity of the two, so nothing either person put in is lost; the server's order comes
// first, then the articles only this device has. The server's name and price stand for an article
// both have (they are the newer data).
namespace CartMerge {
QList<CartLine> unionByLargerQuantity(const QList<CartLine>& theirs, const QList<CartLine>& mine);
// True when both versions hold the same articles in the same quantities (order and names aside).
bool sameContent(const QList<CartLine>& a, const QList<CartLine>& b);
} // namespace CartMerge
