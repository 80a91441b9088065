#include "DemoPickupBuilder.h"

#include "DemoIds.h"
#include "DemoStaffGenerator.h"
#include "DemoTime.h"
#include "GermanNameData.h"
#include "JsonText.h"
#include "PinHash.h"
#include "StoreDirectory.h"

#include <algorithm>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

constexpr quint64 kPickupIdEpochMs = 1'711'929'600'000; // 2024-04-01
constexpr qint64 kCollectDays = 10;                     // deadline: ten days after ready

enum Group { kAwaitingStock, kReady, kOverdue, kHandedOver, kPartlyHandedOver, kReturnedToStock, kCancelled };

QVariant nullText() {
    return QVariant(QMetaType::fromType<QString>());
}

QByteArray iso(qint64 ms) {
    return QByteArray::fromStdString(DemoTime::iso(ms));
}

} // namespace

DemoPickupBuilder::DemoPickupBuilder(DemoOrderBuilder& orders, std::mt19937_64& random, qint64 nowMs)
    : m_orders(orders)
    , m_random(random)
    , m_nowMs(nowMs) {}

std::string DemoPickupBuilder::notification(const QString& storeId, const char* templateName, qint64 sentMs) {
    std::string j = R"({"channel":")";
    j += below(100) < 60 ? "sms" : "email";
    j += R"(","sent_at":")" + DemoTime::iso(sentMs) + R"(","staff_id":)";
    // Reminders go out from the backend by themselves; "ready" is sent by someone at the store.
    if (std::string_view(templateName) == "reminder") {
        j += "null";
    } else {
        j += '"';
        j += DemoOrderBuilder::staffId(storeId, 2 + int(below(3))).toStdString();
        j += '"';
    }
    j += R"(,"template":")";
    j += templateName;
    j += "\"}";
    return j;
}

DemoPickupBuilder::Pickup DemoPickupBuilder::make(int k, const DemoOrderBuilder::Customer& customer,
                                                  std::vector<std::vector<QVariant>>& orders) {
    const auto& stores = StoreDirectory::defaultStores();
    const QString storeId = stores[size_t(k) % stores.size()].info.id;
    const Group group = Group((k / int(stores.size())) % kGroups);

    qint64 readyMs = -1;
    qint64 placedMs = 0;
    switch (group) {
    case kAwaitingStock:
    case kCancelled:
        placedMs = m_nowMs - DemoTime::kHour - qint64(below(quint64(4 * DemoTime::kDay)));
        break;
    case kReady:
    case kPartlyHandedOver:
        readyMs = m_nowMs - DemoTime::kHour - qint64(below(quint64(7 * DemoTime::kDay)));
        break;
    case kOverdue:
        readyMs = m_nowMs - (kCollectDays + 1) * DemoTime::kDay - qint64(below(quint64(9 * DemoTime::kDay)));
        break;
    case kHandedOver:
        readyMs = m_nowMs - 2 * DemoTime::kDay - qint64(below(quint64(25 * DemoTime::kDay)));
        break;
    case kReturnedToStock:
        readyMs = m_nowMs - (kCollectDays + 2) * DemoTime::kDay - qint64(below(quint64(20 * DemoTime::kDay)));
        break;
    }
    if (readyMs >= 0)
        placedMs = readyMs - DemoTime::kDay - qint64(below(quint64(2 * DemoTime::kDay)));

    DemoOrderBuilder::Order order =
        m_orders.pickupOrder(customer, storeId, placedMs, group == kPartlyHandedOver ? 2 : 1);
    const qint64 deadlineMs = readyMs >= 0 ? readyMs + kCollectDays * DemoTime::kDay : -1;
    qint64 updatedMs = readyMs >= 0 ? readyMs : placedMs;
    qint64 version = readyMs >= 0 ? 2 : 1;

    std::string notifications = "[";
    if (readyMs >= 0) {
        notifications += notification(storeId, "ready", readyMs + 5 * DemoTime::kMinute);
        updatedMs = readyMs + 5 * DemoTime::kMinute;
        ++version;
    }
    if (group == kOverdue || group == kReturnedToStock) {
        const qint64 reminderMs = deadlineMs - 3 * DemoTime::kDay;
        notifications += ',';
        notifications += notification(storeId, "reminder", reminderMs);
        updatedMs = reminderMs;
        ++version;
    }
    notifications += ']';

    std::string authorised = "[]";
    QString authorisedName;
    if (below(100) < 25) {
        const auto first = GermanNameData::firstNames();
        const auto last = GermanNameData::lastNames();
        authorisedName = QString::fromUtf16(first[below(first.size())]) + u' ' +
                         QString::fromUtf16(last[below(last.size())]);
        authorised = R"([{"name":)";
        JsonText::appendString(authorised, authorisedName);
        authorised += "}]";
    }

    std::string lines = "[";
    for (size_t i = 0; i < order.lines.size(); ++i) {
        lines += i == 0 ? R"({"line_id":")" : R"(,{"line_id":")";
        JsonText::appendInteger(lines, qint64(i + 1));
        lines += R"(","quantity":)";
        JsonText::appendInteger(lines, order.lines[i].quantity);
        lines += '}';
    }
    lines += ']';

    std::string handovers = "[]";
    if (group == kHandedOver || group == kPartlyHandedOver) {
        const qint64 span =
            std::max<qint64>(DemoTime::kHour, std::min(deadlineMs, m_nowMs) - readyMs - DemoTime::kHour);
        const qint64 atMs = readyMs + DemoTime::kHour + qint64(below(quint64(span)));
        const bool byAuthorised = !authorisedName.isEmpty() && below(2) == 0;
        handovers = R"([{"at":")" + DemoTime::iso(atMs) + R"(","identity_check":)";
        handovers += byAuthorised ? R"({"document_type":"id_card","method":"identity_document"})"
                                  : R"({"method":"pickup_code"})";
        handovers += R"(,"lines":)";
        if (group == kHandedOver) {
            handovers += lines;
        } else { // one piece of the first line is still waiting
            std::string partial = "[";
            for (size_t i = 0; i < order.lines.size(); ++i) {
                const int quantity = order.lines[i].quantity - (i == 0 ? 1 : 0);
                if (quantity == 0)
                    continue;
                partial += partial.size() == 1 ? R"({"line_id":")" : R"(,{"line_id":")";
                JsonText::appendInteger(partial, qint64(i + 1));
                partial += R"(","quantity":)";
                JsonText::appendInteger(partial, quantity);
                partial += '}';
            }
            handovers += partial + ']';
        }
        handovers += R"(,"recipient":{"name":)";
        JsonText::appendString(handovers,
                               byAuthorised ? authorisedName : customer.firstName + u' ' + customer.lastName);
        handovers += byAuthorised ? R"(,"type":"authorised_person"})" : R"(,"type":"customer"})";
        handovers +=
            R"(,"staff_id":")" + DemoOrderBuilder::staffId(storeId, 3 + int(below(2))).toStdString() + "\"}]";
        updatedMs = std::max(updatedMs, atMs);
        ++version;
        if (group == kHandedOver)
            order.deliveredMs = atMs;
    }

    static const char* const kStates[] = {
        "awaiting_stock",    "ready",    "ready", "handed_over", "partly_handed_over",
        "returned_to_stock", "cancelled"};
    static const char* const kOrderStates[] = {"paid",      "ready_for_pickup", "ready_for_pickup",
                                               "collected", "ready_for_pickup", "cancelled",
                                               "cancelled"};
    if (group == kReturnedToStock) {
        updatedMs = deadlineMs + 8 * DemoTime::kHour;
        ++version;
    } else if (group == kCancelled) {
        updatedMs = placedMs + 2 * DemoTime::kHour;
        ++version;
    }
    order.state = QString::fromLatin1(kOrderStates[group]);
    order.updatedMs = std::max(order.placedMs, std::min(updatedMs, m_nowMs - 1));
    order.version = version;
    orders.push_back(m_orders.orderRow(order));

    Pickup pickup;
    pickup.id = DemoIds::uuid7(kPickupIdEpochMs + m_counter++, m_random);
    static constexpr char kCodeChars[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I
    for (int i = 0; i < 6; ++i)
        pickup.code += QLatin1Char(kCodeChars[below(32)]);
    pickup.salt.resize(PinHash::kSaltBytes);
    for (int b = 0; b < PinHash::kSaltBytes; b += 8) {
        const quint64 word = m_random();
        for (int i = 0; i < 8; ++i)
            pickup.salt[b + i] = char((word >> (8 * i)) & 0xff);
    }
    const bool shelved = group != kAwaitingStock && group != kCancelled;
    pickup.row = {
        pickup.id,
        order.orderNo,
        customer.id,
        storeId,
        QString::fromLatin1(kStates[group]),
        QByteArray::fromStdString(lines),
        shelved ? QVariant(u"%1-%2"_s.arg(QChar(u'A' + int(below(6)))).arg(1 + below(20), 2, 10, QChar(u'0')))
                : nullText(),
        deadlineMs >= 0 ? QVariant(iso(deadlineMs)) : nullText(),
        QVariant(), // pickup_code_hash, see hashCodes()
        QByteArray::fromStdString(authorised),
        QByteArray::fromStdString(notifications),
        QByteArray::fromStdString(handovers),
        version,
        iso(std::min(updatedMs, m_nowMs - 1)),
        QVariant()};
    return pickup;
}

bool DemoPickupBuilder::hashCodes(std::vector<Pickup>& pickups) {
    const unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1U, 8U);
    std::vector<QString> hashes(pickups.size());
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < threads; ++t) {
        workers.emplace_back([&pickups, &hashes, t, threads] {
            for (size_t i = t; i < pickups.size(); i += threads)
                hashes[i] =
                    DemoStaffGenerator::pinDescriptor(pickups[i].code, pickups[i].salt, kCodeIterations);
        });
    }
    for (std::thread& worker : workers)
        worker.join();
    for (size_t i = 0; i < pickups.size(); ++i) {
        if (hashes[i].isEmpty())
            return false;
        pickups[i].row[kHashColumn] = hashes[i];
    }
    return true;
}
