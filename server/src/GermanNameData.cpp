#include "GermanNameData.h"

#include <array>

namespace {

// Umlauts, ß and a few names from families that came to Germany (ş, ı, ö) on purpose: search and
// sorting must cope with them. Some names appear in both spellings (Jürgen/Juergen, Müller/Mueller).
constexpr std::array kFirstNames{
    u"Thomas",    u"Michael",   u"Andreas",    u"Stefan", u"Jürgen",   u"Sabine",  u"Petra",
    u"Anna",      u"Maria",     u"Klaus",      u"Ursula", u"Monika",   u"Frank",   u"Susanne",
    u"Matthias",  u"Katharina", u"Jörg",       u"Günter", u"Uwe",      u"Dieter",  u"Hans-Peter",
    u"Sören",     u"Käthe",     u"Björn",      u"Lukas",  u"Jonas",    u"Leon",    u"Finn",
    u"Paul",      u"Felix",     u"Maximilian", u"Moritz", u"Sophie",   u"Marie",   u"Emma",
    u"Mia",       u"Lena",      u"Hannah",     u"Lea",    u"Laura",    u"Julia",   u"Andrea",
    u"Claudia",   u"Birgit",    u"Anke",       u"Heike",  u"Jana",     u"Nadine",  u"Franziska",
    u"Charlotte", u"Greta",     u"Ida",        u"Frieda", u"Jan",      u"Niklas",  u"Tim",
    u"Tobias",    u"Ralf",      u"Horst",      u"Bernd",  u"Wolfgang", u"Jens",    u"Kai",
    u"Lars",      u"Malte",     u"Hannes",     u"Ole",    u"Gerd",     u"Gisela",  u"Hildegard",
    u"Renate",    u"Brigitte",  u"Juergen",    u"Joerg",  u"Soeren",   u"Mehmet",  u"Ayşe",
    u"Özlem",     u"Elif",      u"Can",        u"Zoë",    u"Anaïs",    u"Lütfiye", u"Agnieszka",
    u"Tomasz",    u"Ilse",      u"Änne",       u"Ute",
};

constexpr std::array kLastNames{
    u"Müller",    u"Schmidt",    u"Schneider",
    u"Fischer",   u"Weber",      u"Meyer",
    u"Wagner",    u"Becker",     u"Schulz",
    u"Hoffmann",  u"Schäfer",    u"Koch",
    u"Bauer",     u"Richter",    u"Klein",
    u"Wolf",      u"Schröder",   u"Neumann",
    u"Schwarz",   u"Zimmermann", u"Braun",
    u"Krüger",    u"Hofmann",    u"Hartmann",
    u"Lange",     u"Schmitt",    u"Werner",
    u"Schmitz",   u"Krause",     u"Meier",
    u"Lehmann",   u"Schmid",     u"Schulze",
    u"Maier",     u"Köhler",     u"Herrmann",
    u"König",     u"Walter",     u"Mayer",
    u"Huber",     u"Kaiser",     u"Fuchs",
    u"Peters",    u"Lang",       u"Scholz",
    u"Möller",    u"Weiß",       u"Jung",
    u"Hahn",      u"Schubert",   u"Vogel",
    u"Friedrich", u"Keller",     u"Günther",
    u"Frank",     u"Berger",     u"Winkler",
    u"Roth",      u"Beck",       u"Lorenz",
    u"Baumann",   u"Franke",     u"Albrecht",
    u"Schuster",  u"Simon",      u"Ludwig",
    u"Böhm",      u"Winter",     u"Kraus",
    u"Martin",    u"Schumacher", u"Krämer",
    u"Vogt",      u"Stein",      u"Jäger",
    u"Otto",      u"Sommer",     u"Groß",
    u"Seidel",    u"Heinrich",   u"Brandt",
    u"Haas",      u"Schreiber",  u"Graf",
    u"Schulte",   u"Dietrich",   u"Ziegler",
    u"Kuhn",      u"Kühn",       u"Pohl",
    u"Engel",     u"Horn",       u"Busch",
    u"Bergmann",  u"Voigt",      u"Sauer",
    u"Strauß",    u"Weiss",      u"Mueller",
    u"Schaefer",  u"Moeller",    u"Koehler",
    u"Gross",     u"Jaeger",     u"Öztürk",
    u"Yılmaz",    u"Kaya",       u"Nowak",
    u"Kowalski",  u"von Bülow",  u"Müller-Lüdenscheidt",
    u"Große",     u"Süßmuth",    u"Dreßler",
    u"Löffler",   u"Nüßlein",    u"Bäcker",
    u"Fröhlich",  u"Hölzl",
};

constexpr std::array kStreets{
    u"Hauptstraße",
    u"Bahnhofstraße",
    u"Schulstraße",
    u"Gartenstraße",
    u"Dorfstraße",
    u"Bergstraße",
    u"Lindenstraße",
    u"Schillerstraße",
    u"Goethestraße",
    u"Birkenweg",
    u"Lindenallee",
    u"Kastanienallee",
    u"Parkallee",
    u"Eichenweg",
    u"Mühlenweg",
    u"Rosenweg",
    u"Waldweg",
    u"Am Markt",
    u"Kirchgasse",
    u"Ringstraße",
    u"Friedrich-Ebert-Straße",
    u"Beethovenstraße",
    u"Mozartstraße",
    u"Kantstraße",
    u"Lessingstraße",
    u"Königsallee",
    u"Lange Reihe",
    u"Große Bleichen",
    u"Jägerstraße",
    u"Blumenstraße",
    u"Weißdornweg",
    u"Fließstraße",
    u"Brückenstraße",
    u"Hafenstraße",
    u"Elbchaussee",
    u"Uhlandstraße",
    u"Sonnenallee",
    u"Prenzlauer Allee",
    u"Leopoldstraße",
    u"Sendlinger Straße",
    u"Ehrenstraße",
    u"Berger Straße",
    u"Karl-Liebknecht-Straße",
    u"Königsbrücker Straße",
    u"Am Mühlbach",
    u"Grüner Weg",
    u"Ahornweg",
    u"Fasanenweg",
    u"Drosselgasse",
    u"Tulpenweg",
    u"Wiesenstraße",
    u"Am Sportplatz",
    u"Gustav-Heinemann-Ring",
    u"Heinrich-Heine-Straße",
    u"Rathausplatz",
    u"Löwenstraße",
    u"Bäckerstraße",
    u"Am Schloßpark",
    u"Talstraße",
    u"Feldweg",
};

constexpr std::array kPlaces{
    // Store cities first and several times, so most demo customers live near a store.
    GermanNameData::Place{u"20095", u"Hamburg", u"40"},
    GermanNameData::Place{u"22767", u"Hamburg", u"40"},
    GermanNameData::Place{u"22041", u"Hamburg", u"40"},
    GermanNameData::Place{u"10115", u"Berlin", u"30"},
    GermanNameData::Place{u"10967", u"Berlin", u"30"},
    GermanNameData::Place{u"12043", u"Berlin", u"30"},
    GermanNameData::Place{u"13353", u"Berlin", u"30"},
    GermanNameData::Place{u"80331", u"München", u"89"},
    GermanNameData::Place{u"81667", u"München", u"89"},
    GermanNameData::Place{u"80469", u"München", u"89"},
    GermanNameData::Place{u"50667", u"Köln", u"221"},
    GermanNameData::Place{u"50823", u"Köln", u"221"},
    GermanNameData::Place{u"60311", u"Frankfurt am Main", u"69"},
    GermanNameData::Place{u"60594", u"Frankfurt am Main", u"69"},
    GermanNameData::Place{u"04109", u"Leipzig", u"341"},
    GermanNameData::Place{u"01067", u"Dresden", u"351"},
    GermanNameData::Place{u"70173", u"Stuttgart", u"711"},
    GermanNameData::Place{u"40213", u"Düsseldorf", u"211"},
    GermanNameData::Place{u"30159", u"Hannover", u"511"},
    GermanNameData::Place{u"90402", u"Nürnberg", u"911"},
    GermanNameData::Place{u"28195", u"Bremen", u"421"},
    GermanNameData::Place{u"45127", u"Essen", u"201"},
    GermanNameData::Place{u"44135", u"Dortmund", u"231"},
    GermanNameData::Place{u"24103", u"Kiel", u"431"},
    GermanNameData::Place{u"23552", u"Lübeck", u"451"},
    GermanNameData::Place{u"18055", u"Rostock", u"381"},
    GermanNameData::Place{u"99084", u"Erfurt", u"361"},
    GermanNameData::Place{u"06108", u"Halle (Saale)", u"345"},
    GermanNameData::Place{u"69117", u"Heidelberg", u"6221"},
    GermanNameData::Place{u"79098", u"Freiburg im Breisgau", u"761"},
    GermanNameData::Place{u"86150", u"Augsburg", u"821"},
    GermanNameData::Place{u"93047", u"Regensburg", u"941"},
    GermanNameData::Place{u"97070", u"Würzburg", u"931"},
    GermanNameData::Place{u"48143", u"Münster", u"251"},
    GermanNameData::Place{u"33602", u"Bielefeld", u"521"},
    GermanNameData::Place{u"53111", u"Bonn", u"228"},
    GermanNameData::Place{u"55116", u"Mainz", u"6131"},
    GermanNameData::Place{u"65183", u"Wiesbaden", u"611"},
    GermanNameData::Place{u"66111", u"Saarbrücken", u"681"},
    GermanNameData::Place{u"37073", u"Göttingen", u"551"},
    GermanNameData::Place{u"38100", u"Braunschweig", u"531"},
    GermanNameData::Place{u"14467", u"Potsdam", u"331"},
    GermanNameData::Place{u"39104", u"Magdeburg", u"391"},
    GermanNameData::Place{u"21335", u"Lüneburg", u"4131"},
};

constexpr std::array kMobilePrefixes{u"151", u"152", u"157", u"160", u"162", u"163", u"170", u"171",
                                     u"172", u"173", u"174", u"175", u"176", u"177", u"178", u"179"};

constexpr std::array kEmailDomains{u"example.de", u"example.com", u"mail.example"};

} // namespace

std::span<const char16_t* const> GermanNameData::firstNames() {
    return kFirstNames;
}

std::span<const char16_t* const> GermanNameData::lastNames() {
    return kLastNames;
}

std::span<const char16_t* const> GermanNameData::streets() {
    return kStreets;
}

std::span<const GermanNameData::Place> GermanNameData::places() {
    return kPlaces;
}

std::span<const char16_t* const> GermanNameData::mobilePrefixes() {
    return kMobilePrefixes;
}

std::span<const char16_t* const> GermanNameData::emailDomains() {
    return kEmailDomains;
}
