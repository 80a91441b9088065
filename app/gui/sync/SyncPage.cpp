#include "SyncPage.h"

#include "Formatting.h"
#include "OutboxSection.h"
#include "SyncService.h"
#include "SyncStateRepository.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

SyncPage::SyncPage(QSqlDatabase db, SyncService& service, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_service(service)
    , m_feedSummary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_syncButton(new QPushButton(tr("Sync now"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_outbox(new OutboxSection(m_db, service, this)) {
    auto* heading = new QLabel(tr("Synchronisation"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);

    m_feedSummary->setTextFormat(Qt::RichText);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Sync status"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancelButton->hide();
    m_syncButton->setToolTip(tr("Fetch the latest data from the server now (F5)"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_syncButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_feedSummary);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_outbox, 1);

    connect(m_syncButton, &QPushButton::clicked, &m_service, &SyncService::syncNow);
    connect(m_cancelButton, &QPushButton::clicked, &m_service, &SyncService::cancel);
    connect(&m_service, &SyncService::syncStarted, this, &SyncPage::onStarted);
    connect(&m_service, &SyncService::syncProgress, this, &SyncPage::onProgress);
    connect(&m_service, &SyncService::syncFinished, this, &SyncPage::onFinished);
    refresh();
}

namespace {

// The feeds' names as the table shows them, in SyncStateRepository::feeds() order.
QString feedTitle(const QString& feed) {
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
    };
    for (const auto& entry : kTitles) {
        if (feed == QLatin1String(entry.feed))
            return QCoreApplication::translate("SyncPage", entry.title);
    }
    return feed;
}

} // namespace

void SyncPage::refresh() {
    SyncStateRepository state(m_db);
    const QString row = QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td>%3</td></tr>");
    QString rows;
    for (const QString& feed : SyncStateRepository::feeds()) {
        const Result<qint64> count = state.cachedRows(feed);
        const QDateTime last = state.lastSync(feed);
        rows += row.arg(feedTitle(feed), count ? Formatting::integer(count.value()) : QStringLiteral("–"),
                        last.isValid() ? Formatting::dateTime(last) : tr("never"));
    }
    m_feedSummary->setText(
        QStringLiteral("<table cellpadding='4'><tr><th align='left'>%1</th><th align='right'>%2</th>"
                       "<th align='left'>%3</th></tr>")
            .arg(tr("Data"), tr("Records"), tr("Last sync")) +
        rows + QStringLiteral("</table>"));
}

void SyncPage::setSession(Session* session) {
    m_outbox->setSession(session);
}

void SyncPage::onStarted() {
    m_syncButton->setEnabled(false);
    m_cancelButton->show();
    m_progress->show();
    m_message->setText(tr("Synchronising…"));
}

void SyncPage::onProgress(qint64 rows, double rowsPerSecond) {
    m_message->setText(tr("%1 records received (%2 per second)")
                           .arg(Formatting::integer(rows), Formatting::integer(qRound64(rowsPerSecond))));
}

void SyncPage::onFinished(bool ok, const QString& errorCode, const QString& message) {
    Q_UNUSED(errorCode)
    m_syncButton->setEnabled(true);
    m_cancelButton->hide();
    m_progress->hide();
    m_message->setText(ok ? tr("Synchronisation complete.") : tr("Synchronisation failed: %1").arg(message));
    refresh();
}
