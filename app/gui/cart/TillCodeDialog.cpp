#include "TillCodeDialog.h"

#include "QrCode.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

TillCodeDialog::TillCodeDialog(const QString& code, const QString& qrPayload, QWidget* parent)
    : QDialog(parent)
    , m_code(code)
    , m_codeLabel(new QLabel(this))
    , m_qrLabel(new QLabel(this)) {
    setWindowTitle(tr("Cart handed to the till"));
    setMinimumWidth(320);
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(tr("Code for the till:"), this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setAlignment(Qt::AlignHCenter);
    layout->addWidget(intro);

    m_codeLabel->setObjectName(QStringLiteral("codeLabel"));
    m_codeLabel->setText(code); // exactly as the till takes it
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
