#include "CustomerGenerator.h"

#include <QStringList>

#include <random>

using namespace Qt::StringLiterals;

namespace {

const QStringList kFirstNames = {
    u"Anna"_s,    u"Jürgen"_s,     u"Björn"_s,   u"Sören"_s,   u"Käthe"_s,  u"Jörg"_s,    u"Günter"_s,
    u"Lena"_s,    u"Thomas"_s,     u"Michael"_s, u"Andreas"_s, u"Stefan"_s, u"Sabine"_s,  u"Petra"_s,
    u"Monika"_s,  u"Ursula"_s,     u"Lukas"_s,   u"Leon"_s,    u"Finn"_s,   u"Jonas"_s,   u"Mia"_s,
    u"Emma"_s,    u"Hannah"_s,     u"Sophie"_s,  u"Marie"_s,   u"Laura"_s,  u"Julia"_s,   u"Katrin"_s,
    u"Susanne"_s, u"Christina"_s,  u"Ömer"_s,    u"Ayşe"_s,    u"Mehmet"_s, u"Dominik"_s, u"Tobias"_s,
    u"Felix"_s,   u"Maximilian"_s, u"Paul"_s,    u"Karl"_s,    u"Elke"_s,
};
const QStringList kLastNames = {
    u"Müller"_s,   u"Schmidt"_s, u"Schneider"_s, u"Fischer"_s, u"Weber"_s,   u"Meyer"_s,      u"Wagner"_s,
    u"Becker"_s,   u"Schulz"_s,  u"Hoffmann"_s,  u"Schäfer"_s, u"Koch"_s,    u"Bauer"_s,      u"Richter"_s,
    u"Klein"_s,    u"Wolf"_s,    u"Schröder"_s,  u"Neumann"_s, u"Schwarz"_s, u"Zimmermann"_s, u"Braun"_s,
    u"Krüger"_s,   u"Hofmann"_s, u"Hartmann"_s,  u"Lange"_s,   u"Werner"_s,  u"Krause"_s,     u"Lehmann"_s,
    u"Köhler"_s,   u"König"_s,   u"Walter"_s,    u"Huber"_s,   u"Kaiser"_s,  u"Fuchs"_s,      u"Möller"_s,
    u"Weiß"_s,     u"Jung"_s,    u"Hahn"_s,      u"Vogel"_s,   u"Keller"_s,  u"Günther"_s,    u"Böhm"_s,
    u"Krämer"_s,   u"Jäger"_s,   u"Groß"_s,      u"Strauß"_s,  u"Mueller"_s, u"Öztürk"_s,     u"Kühn"_s,
    u"Pfeiffer"_s,
};
// Half the surnames are made up from parts, for the long tail of a real customer base.
const QStringList kNameStarts = {u"Hinter"_s, u"Ober"_s,  u"Stein"_s,  u"Wald"_s, u"Brück"_s, u"Mühl"_s,
                                 u"Rosen"_s,  u"Grün"_s,  u"Bär"_s,    u"Lind"_s, u"Eich"_s,  u"Feld"_s,
                                 u"Kirch"_s,  u"Berg"_s,  u"Sonnen"_s, u"Hoch"_s, u"Tann"_s,  u"Schön"_s,
                                 u"Holz"_s,   u"Fried"_s, u"Kalt"_s,   u"Roß"_s,  u"Weid"_s,  u"Hübsch"_s};
const QStringList kNameEnds = {u"mann"_s, u"berger"_s, u"huber"_s,  u"maier"_s, u"bach"_s, u"hofer"_s,
                               u"ner"_s,  u"ler"_s,    u"inger"_s,  u"städt"_s, u"wald"_s, u"müller"_s,
                               u"rich"_s, u"hart"_s,   u"kötter"_s, u"hagen"_s, u"dorf"_s, u"thaler"_s};
const QStringList kDomains = {u"web.de"_s,      u"gmx.de"_s,     u"gmail.com"_s,
                              u"t-online.de"_s, u"outlook.de"_s, u"posteo.de"_s};
const QStringList kMobilePrefixes = {u"151"_s, u"152"_s, u"157"_s, u"160"_s, u"170"_s, u"171"_s,
                                     u"175"_s, u"176"_s, u"177"_s, u"178"_s, u"179"_s};
const QStringList kAreaCodes = {u"30"_s, u"40"_s, u"89"_s, u"221"_s, u"69"_s, u"711"_s, u"511"_s};
const QStringList kCities = {u"Berlin"_s, u"Hamburg"_s,   u"München"_s,
                             u"Köln"_s,   u"Frankfurt"_s, u"Stuttgart"_s};

QString transliterated(const QString& text) {
    QString out = text.toLower();
    out.replace(u"ä"_s, u"ae"_s).replace(u"ö"_s, u"oe"_s).replace(u"ü"_s, u"ue"_s).replace(u"ß"_s, u"ss"_s);
    out.replace(u"ş"_s, u"s"_s).replace(u' ', u'-');
    return out;
}

} // namespace

QString CustomerGenerator::customerId(int index) {
    return u"00000000-0000-4000-8000-%1"_s.arg(index, 12, 10, QChar(u'0'));
}

QList<Customer> CustomerGenerator::page(int first, int count) {
    std::mt19937 random(4711 + first); // fixed: every run measures the same cache
    auto pick = [&random](const QStringList& list) {
        return list.at(std::uniform_int_distribution<qsizetype>(0, list.size() - 1)(random));
    };
    auto digits = [&random](int n) {
        QString s;
        for (int i = 0; i < n; ++i)
            s += QChar(u'0' + std::uniform_int_distribution<int>(0, 9)(random));
        return s;
    };
    QList<Customer> customers;
    customers.reserve(count);
    for (int i = first; i < first + count; ++i) {
        Customer c;
        c.id = CustomerGenerator::customerId(i);
        c.customerNo = u"K-%1"_s.arg(1000000 + i);
        c.firstName = pick(kFirstNames);
        c.lastName = (random() % 2) ? pick(kLastNames) : pick(kNameStarts) + pick(kNameEnds);
        c.email = u"%1.%2%3@%4"_s.arg(transliterated(c.firstName), transliterated(c.lastName),
                                      (random() % 3) ? QString::number(random() % 1000) : QString(),
                                      pick(kDomains));
        c.phone = (random() % 3) ? u"+49"_s + pick(kMobilePrefixes) + digits(8)
                                 : u"+49"_s + pick(kAreaCodes) + digits(7);
        c.street = u"Hauptstraße %1"_s.arg(random() % 200 + 1);
        c.postcode = digits(5);
        c.city = pick(kCities);
        if (random() % 10 < 7)
            c.loyaltyCard = u"29"_s + QString::number(i).rightJustified(11, u'0');
        c.loyaltyTier = u"silver"_s;
        c.loyaltyPoints = int(random() % 5000);
        c.customerSince = QDate(2015, 1, 1).addDays(random() % 3000);
        c.version = 1;
        c.updatedAt = QDateTime(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC);
        customers.append(c);
    }
    return customers;
}
