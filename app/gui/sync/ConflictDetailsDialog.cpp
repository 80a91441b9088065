#include "ConflictDetailsDialog.h"

#include "Formatting.h"
#include "OutboxModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel* wrapped(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString pretty(const QByteArray& json) {
    const QJsonDocument document = QJsonDocument::fromJson(json);
    return document.isNull() ? QString::fromUtf8(json)
                             : QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

QString statusText(int status) {
    switch (status) {
    case 0:
        return ConflictDetailsDialog::tr("none yet");
    case 409:
        return ConflictDetailsDialog::tr("%1 – conflicts with the server's data").arg(status);
    case 412:
        return ConflictDetailsDialog::tr("%1 – changed elsewhere in the meantime").arg(status);
    case 422:
        return ConflictDetailsDialog::tr("%1 – content refused").arg(status);
    default:
        return ConflictDetailsDialog::tr("%1 – refused").arg(status);
    }
}

} // namespace

bool ConflictDetailsDialog::keepMineIsSafe(const OutboxEntry& entry) {
    // A cancelled order's pickup refuses every command, whatever version it is sent on.
    if (entry.lastErrorCode == u"pickup_cancelled")
        return false;
    // Blocked for a while only: the same handover goes through once the block has ended.
    if (entry.lastErrorCode == u"pickup_code_blocked")
        return true;
    return entry.serverStatus == 412 || entry.serverStatus == 409;
}

ConflictDetailsDialog::ConflictDetailsDialog(const OutboxModel& model, const OutboxEntry& entry,
                                             std::optional<qint64> cachedVersion, QWidget* parent)
    : QDialog(parent)
    , m_keepMine(nullptr)
    , m_takeTheirs(nullptr)
    , m_raw(new QPlainTextEdit(this)) {
    setWindowTitle(tr("Conflict details"));
    const QJsonObject problem = QJsonDocument::fromJson(entry.serverBody).object();

    auto* mine = new QGroupBox(tr("This device"), this);
    auto* mineForm = new QFormLayout(mine);
    mineForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    mineForm->addRow(tr("Change:"), wrapped(model.describeChange(entry), mine));
    if (entry.command == OutboxCommandName::kNoteAdd)
        mineForm->addRow(tr("Text:"), wrapped(OutboxModel::noteText(entry), mine));
    mineForm->addRow(tr("Made:"), wrapped(Formatting::dateTime(entry.createdUtc), mine));
    mineForm->addRow(tr("Attempts:"), wrapped(QString::number(entry.attempts), mine));
    if (entry.ifMatch)
        mineForm->addRow(tr("Based on version:"), wrapped(QString::number(*entry.ifMatch), mine));
    if (cachedVersion)
        mineForm->addRow(tr("Version on this device now:"), wrapped(QString::number(*cachedVersion), mine));

    auto* theirs = new QGroupBox(tr("Server"), this);
    auto* theirsForm = new QFormLayout(theirs);
    theirsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    theirsForm->addRow(tr("Answer:"), wrapped(statusText(entry.serverStatus), theirs));
    const QString code = problem.value(u"code").toString(entry.lastErrorCode);
    if (!code.isEmpty())
        theirsForm->addRow(tr("Problem:"), wrapped(code, theirs));
    const QString reason = OutboxModel::describeReason(entry);
    if (!reason.isEmpty())
        theirsForm->addRow(tr("Says:"), wrapped(reason, theirs));
    const QJsonValue current = problem.value(u"current_version");
    if (current.isDouble())
        theirsForm->addRow(tr("Version on the server:"),
                           wrapped(QString::number(current.toInteger()), theirs));

    QString advice;
    if (entry.lastErrorCode == u"pickup_cancelled")
        advice = tr("The order no longer waits for pickup, so sending this change again would be refused "
                    "again. “Take the server's” drops it.");
    else if (entry.lastErrorCode == u"pickup_code_blocked")
        advice =
            tr("Handovers by pickup code of this order are blocked on the server until %1. After that, "
               "“Keep mine” sends the handover again. Or “Take the server's” drops it, and you hand over "
               "again with the identity document checked.")
                .arg(Formatting::dateTime(
                    QDateTime::fromString(problem.value(u"blocked_until").toString(), Qt::ISODateWithMs)));
    else if (entry.serverStatus == 412)
        advice = tr("The customer was changed elsewhere after this change was made. “Keep mine” sends "
                    "it again on top of the newest version; “Take the server's” drops it.");
    else if (keepMineIsSafe(entry))
        advice = tr("The server could not take the change in its current state. “Keep mine” sends it again.");
    else
        advice = tr("The server refused the content of this change; sending it again unchanged would be "
                    "refused again. “Take the server's” drops it.");

    auto* sides = new QHBoxLayout;
    sides->addWidget(mine, 1);
    sides->addWidget(theirs, 1);

    auto* rawToggle = new QToolButton(this);
    rawToggle->setText(tr("Show raw data"));
    rawToggle->setCheckable(true);
    rawToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    rawToggle->setArrowType(Qt::RightArrow);
    m_raw->setReadOnly(true);
    m_raw->setPlainText(tr("Sent (%1 %2):").arg(QString::fromLatin1(entry.method), entry.path) + u"\n"_s +
                        pretty(entry.payload) + u"\n\n"_s + tr("Server answer:") + u"\n"_s +
                        pretty(entry.serverBody));
    m_raw->setAccessibleName(tr("Raw data"));
    m_raw->hide();
    connect(rawToggle, &QToolButton::toggled, this, [this, rawToggle](bool on) {
        m_raw->setVisible(on);
        rawToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        adjustSize();
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_keepMine = buttons->addButton(tr("Keep mine"), QDialogButtonBox::ActionRole);
    m_keepMine->setToolTip(tr("Send this change again"));
    m_keepMine->setEnabled(keepMineIsSafe(entry));
    m_takeTheirs = buttons->addButton(tr("Take the server's…"), QDialogButtonBox::ActionRole);
    m_takeTheirs->setToolTip(tr("Discard this change; the server's data stays"));
    connect(m_keepMine, &QPushButton::clicked, this, [this] { done(KeepMine); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { done(TakeTheirs); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(sides);
    layout->addWidget(wrapped(advice, this));
    layout->addWidget(rawToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_raw, 1);
    layout->addWidget(buttons);
    setMinimumWidth(760);
}
