#include "ReceiptDocument.h"

#include "QrCode.h"

#include <QFile>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace {

// Lays text out top to bottom and breaks pages; units are device pixels of the paged device.
class Flow {
public:
    Flow(QPainter& painter, QPagedPaintDevice& device)
        : m_painter(painter)
        , m_device(device)
        , m_width(painter.viewport().width())
        , m_height(painter.viewport().height()) {}

    void text(const QString& text, const QFont& font, Qt::Alignment align = Qt::AlignLeft,
              qreal gapAfter = 0.3) {
        m_painter.setFont(font);
        const QRectF bounds =
            m_painter.boundingRect(QRectF(0, 0, m_width, 1e6), int(align) | Qt::TextWordWrap, text);
        ensure(bounds.height());
        m_painter.drawText(QRectF(0, m_y, m_width, bounds.height()), int(align) | Qt::TextWordWrap, text);
        m_y += bounds.height() + lineGap(gapAfter);
    }

    void row(const QString& left, const QString& right, const QFont& font) {
        m_painter.setFont(font);
        const qreal amountWidth = m_width * 0.28;
        const QRectF leftBounds =
            m_painter.boundingRect(QRectF(0, 0, m_width - amountWidth, 1e6), Qt::TextWordWrap, left);
        ensure(leftBounds.height());
        m_painter.drawText(QRectF(0, m_y, m_width - amountWidth, leftBounds.height()), Qt::TextWordWrap,
                           left);
        m_painter.drawText(QRectF(m_width - amountWidth, m_y, amountWidth, leftBounds.height()),
                           Qt::AlignRight | Qt::AlignTop, right);
        m_y += leftBounds.height() + lineGap(0.2);
    }

    void rule() {
        ensure(lineGap(1));
        m_painter.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
        m_y += lineGap(0.6);
    }

    void qr(const QString& payload, const QString& caption, const QFont& font) {
        const qreal side = std::min(m_width, m_height) * 0.22;
        ensure(side + lineGap(3));
        QrCode::paint(m_painter, QRectF((m_width - side) / 2, m_y, side, side), payload);
        m_y += side + lineGap(0.3);
        if (!caption.isEmpty())
            text(caption, font, Qt::AlignHCenter);
    }

private:
    qreal lineGap(qreal lines) const { return m_painter.fontMetrics().height() * lines; }

    void ensure(qreal height) {
        if (m_y + height <= m_height || m_y == 0)
            return;
        m_device.newPage();
        m_y = 0;
    }

    QPainter& m_painter;
    QPagedPaintDevice& m_device;
    qreal m_width;
    qreal m_height;
    qreal m_y = 0;
};

QFont sized(qreal points, bool bold = false) {
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

} // namespace

void ReceiptDocument::paint(QPagedPaintDevice& device) const {
    QPainter painter(&device);
    Flow flow(painter, device);
    for (const QString& line : storeLines)
        flow.text(line, sized(10, line == storeLines.constFirst()), Qt::AlignHCenter, 0);
    flow.text(QString(), sized(6));
    flow.text(title, sized(16, true), Qt::AlignHCenter);
    for (const QString& fact : facts)
        flow.text(fact, sized(10), Qt::AlignLeft, 0);
    flow.rule();
    for (const Row& row : rows)
        flow.row(row.text, row.amount, sized(10, row.emphasised));
    flow.rule();
    for (const QString& note : notes)
        flow.text(note, sized(9));
    if (!qrPayload.isEmpty())
        flow.qr(qrPayload, qrCaption, sized(10, true));
}

Status ReceiptDocument::writePdf(const QString& path) const {
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 18, 20, 18), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(pdfTitle.isEmpty() ? title : pdfTitle);
    writer.setCreator(u"Theke"_s);
    paint(writer);
    // QPdfWriter reports no errors: check that the file is really there.
    QFile written(path);
    if (!written.exists() || written.size() == 0)
        return makeError(u"print.pdf_failed", u"the PDF could not be written"_s);
    return {};
}
