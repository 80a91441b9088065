#include "TillCodeDialog.h"

#include "QrCode.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// "WK4F7Q2Z" → "WK4F 7Q2Z": two groups are easier to read out and to type.
QString grouped(const QString& code) {
    return code.size() == 8 ? code.left(4) + QLatin1Char(' ') + code.mid(4) : code;
}

} // namespace

TillCodeDialog::TillCodeDialog(const QString& code, const QString& qrPayload, QWidget* parent)
    : QDialog(parent)
    , m_code(code)
    , m_codeLabel(new QLabel(this))
    , m_qrLabel(new QLabel(this)) {
    setWindowTitle(tr("Cart handed to the till"));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(tr("Code for the till:"), this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setAlignment(Qt::AlignHCenter);
    layout->addWidget(intro);

    m_codeLabel->setObjectName(QStringLiteral("codeLabel"));
    m_codeLabel->setText(grouped(code));
    m_codeLabel->setAccessibleName(tr("Code for the till: %1").arg(code));
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_codeLabel->setAlignment(Qt::AlignHCenter);
    QFont big = m_codeLabel->font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    big.setFamily(QStringLiteral("monospace"));
    big.setStyleHint(QFont::TypeWriter);
    m_codeLabel->setFont(big);
    layout->addWidget(m_codeLabel);

    m_qrLabel->setObjectName(QStringLiteral("qrLabel"));
    m_qrLabel->setAlignment(Qt::AlignHCenter);
    const QImage qr = QrCode::image(qrPayload);
    if (!qr.isNull()) {
        const int scale = qMax(1, 220 / qr.width());
        m_qrLabel->setPixmap(
            QPixmap::fromImage(qr.scaled(qr.size() * scale, Qt::KeepAspectRatio, Qt::FastTransformation)));
    }
    m_qrLabel->setAccessibleName(tr("QR code of the till code"));
    layout->addWidget(m_qrLabel);

    auto* hint = new QLabel(tr("The customer pays at the till; the cashier scans the QR code or types the "
                               "code."),
                            this);
    hint->setObjectName(QStringLiteral("hintLabel"));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}
