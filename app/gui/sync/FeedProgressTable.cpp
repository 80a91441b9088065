#include "FeedProgressTable.h"

#include "Formatting.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>

namespace {

enum Column { TitleColumn, RecordsColumn, LastSyncColumn, BarColumn, ProgressColumn };

QLabel* headerLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// What this run brought a feed, in words: "12.345 von ca. 36.000 · 2.100 pro Sekunde".
QString progressText(const FeedProgress& feed) {
    if (feed.finished)
        return FeedProgressTable::tr("%1 received").arg(Formatting::integer(feed.rows));
    if (!feed.started)
        return FeedProgressTable::tr("waiting");
    const QString rate = Formatting::integer(qRound64(feed.rowsPerSecond));
    if (feed.expected >= 0)
        return FeedProgressTable::tr("%1 of about %2 · %3 per second")
            .arg(Formatting::integer(feed.rows), Formatting::integer(qMax(feed.expected, feed.rows)), rate);
    return FeedProgressTable::tr("%1 · %2 per second").arg(Formatting::integer(feed.rows), rate);
}

} // namespace

FeedProgressTable::FeedProgressTable(const QStringList& feeds, QWidget* parent)
    : QWidget(parent) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(2);
    grid->addWidget(headerLabel(tr("Data"), this), 0, TitleColumn);
    grid->addWidget(headerLabel(tr("Records"), this), 0, RecordsColumn, Qt::AlignRight);
    grid->addWidget(headerLabel(tr("Last sync"), this), 0, LastSyncColumn);
    grid->addWidget(headerLabel(tr("This sync"), this), 0, BarColumn, 1, 2);
    int row = 1;
    for (const QString& feed : feeds) {
        Line line;
        auto* name = new QLabel(title(feed), this);
        line.records = new QLabel(this);
        line.lastSync = new QLabel(this);
        line.bar = new QProgressBar(this);
        line.progress = new QLabel(this);
        line.bar->setTextVisible(false);
        line.bar->setFixedWidth(160);
        line.bar->setMaximumHeight(name->sizeHint().height());
        line.bar->setAccessibleName(tr("Progress of %1").arg(title(feed)));
        line.bar->setVisible(false);
        line.progress->setAccessibleName(tr("Received in this sync: %1").arg(title(feed)));
        grid->addWidget(name, row, TitleColumn);
        grid->addWidget(line.records, row, RecordsColumn, Qt::AlignRight);
        grid->addWidget(line.lastSync, row, LastSyncColumn);
        grid->addWidget(line.bar, row, BarColumn);
        grid->addWidget(line.progress, row, ProgressColumn);
        m_lines.insert(feed, line);
        ++row;
    }
    grid->setColumnStretch(ProgressColumn, 1);
}

QString FeedProgressTable::title(const QString& feed) {
    static const struct {
        const char* feed;
        const char* title;
    } kTitles[] = {
        {"stores", QT_TRANSLATE_NOOP("SyncPage", "Stores")},
        {"staff", QT_TRANSLATE_NOOP("SyncPage", "Staff")},
        {"products", QT_TRANSLATE_NOOP("SyncPage", "Products")},
        {"stock", QT_TRANSLATE_NOOP("SyncPage", "Stock")},
        {"customers", QT_TRANSLATE_NOOP("SyncPage", "Customers")},
        {"orders", QT_TRANSLATE_NOOP("SyncPage", "Orders")},
        {"pickups", QT_TRANSLATE_NOOP("SyncPage", "Pickups")},
        {"returns", QT_TRANSLATE_NOOP("SyncPage", "Returns")},
        {"carts", QT_TRANSLATE_NOOP("SyncPage", "Carts")},
        {"contacts", QT_TRANSLATE_NOOP("SyncPage", "Service contacts")},
        {"notes", QT_TRANSLATE_NOOP("SyncPage", "Notes")},
        {"consents", QT_TRANSLATE_NOOP("SyncPage", "Consent changes")},
    };
    for (const auto& entry : kTitles) {
        if (feed == QLatin1String(entry.feed))
            return QCoreApplication::translate("SyncPage", entry.title);
    }
    return feed;
}

void FeedProgressTable::setCached(const QString& feed, qint64 rows, const QDateTime& lastSyncUtc) {
    const auto it = m_lines.constFind(feed);
    if (it == m_lines.cend())
        return;
    it->records->setText(rows >= 0 ? Formatting::integer(rows) : QStringLiteral("–"));
    it->lastSync->setText(lastSyncUtc.isValid() ? Formatting::dateTime(lastSyncUtc) : tr("never"));
}

void FeedProgressTable::showProgress(const SyncProgress& progress) {
    m_last = progress;
    for (const FeedProgress& feed : progress.feeds()) {
        const auto it = m_lines.constFind(feed.feed);
        if (it == m_lines.cend())
            continue;
        const int percent = feed.percent();
        if (percent >= 0)
            it->bar->setRange(0, 100);
        else
            it->bar->setRange(0, feed.started ? 0 : 100); // busy while it runs without a count
        it->bar->setValue(qMax(0, percent));
        it->bar->setVisible(true);
        it->progress->setText(progressText(feed));
    }
}

void FeedProgressTable::endProgress() {
    for (const Line& line : std::as_const(m_lines))
        line.bar->setVisible(false);
    for (const FeedProgress& feed : m_last.feeds()) {
        const auto it = m_lines.constFind(feed.feed);
        if (it == m_lines.cend() || feed.finished)
            continue;
        if (feed.started)
            it->progress->setText(tr("%1 received, stopped").arg(Formatting::integer(feed.rows)));
        else
            it->progress->clear();
    }
    m_last = {};
}

QProgressBar* FeedProgressTable::progressBar(const QString& feed) const {
    return m_lines.value(feed).bar;
}

QLabel* FeedProgressTable::progressLabel(const QString& feed) const {
    return m_lines.value(feed).progress;
}

QLabel* FeedProgressTable::recordsLabel(const QString& feed) const {
    return m_lines.value(feed).records;
}
