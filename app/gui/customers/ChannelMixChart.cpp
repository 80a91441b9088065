#include "ChannelMixChart.h"

#include "TimelineTexts.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace {

constexpr int kBarHeight = 18;
constexpr int kGap = 6;
constexpr int kSwatch = 10;

QString legendText(const ChannelMixChart::Slice& slice, qint64 total) {
    const double percent = total > 0 ? 100.0 * double(slice.cents) / double(total) : 0.0;
    return u"%1 %2 %"_s.arg(TimelineTexts::channel(slice.channel), QLocale().toString(percent, 'f', 0));
}

} // namespace

ChannelMixChart::ChannelMixChart(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Revenue by channel"));
}

void ChannelMixChart::setSlices(const QList<Slice>& slices) {
    m_slices.clear();
    for (const Slice& s : slices)
        if (s.cents > 0)
            m_slices.append(s);
    QStringList description;
    qint64 total = 0;
    for (const Slice& s : m_slices)
        total += s.cents;
    for (const Slice& s : m_slices)
        description << legendText(s, total);
    setAccessibleDescription(description.join(u", "_s));
    setToolTip(description.join(u'\n'));
    updateGeometry();
    update();
}

QColor ChannelMixChart::colorFor(const QString& channel) {
    if (channel == u"webshop")
        return QColor(0x1f, 0x77, 0xb4);
    if (channel == u"app")
        return QColor(0x94, 0x67, 0xbd);
    if (channel == u"store")
        return QColor(0x2c, 0xa0, 0x2c);
    if (channel == u"phone")
        return QColor(0xd6, 0x7e, 0x00);
    if (channel.startsWith(u"marketplace"))
        return QColor(0xc4, 0x3c, 0x39);
    return QColor(0x7f, 0x7f, 0x7f);
}

int ChannelMixChart::legendRows(int width) const {
    const QFontMetrics fm = fontMetrics();
    qint64 total = 0;
    for (const Slice& s : m_slices)
        total += s.cents;
    int rows = m_slices.isEmpty() ? 0 : 1;
    int x = 0;
    for (const Slice& s : m_slices) {
        const int w = kSwatch + 4 + fm.horizontalAdvance(legendText(s, total)) + 2 * kGap;
        if (x > 0 && x + w > width) {
            ++rows;
            x = 0;
        }
        x += w;
    }
    return rows;
}

int ChannelMixChart::heightForWidth(int width) const {
    return kBarHeight + kGap + legendRows(width) * (fontMetrics().height() + 2);
}

QSize ChannelMixChart::sizeHint() const {
    return {400, heightForWidth(400)};
}

QSize ChannelMixChart::minimumSizeHint() const {
    return {120, heightForWidth(width() > 0 ? width() : 400)};
}

void ChannelMixChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    qint64 total = 0;
    for (const Slice& s : m_slices)
        total += s.cents;
    const QRectF bar(0.5, 0.5, width() - 1.0, kBarHeight);
    QPainterPath clip;
    clip.addRoundedRect(bar, 4, 4);
    if (total <= 0) {
        p.setPen(palette().color(QPalette::Mid));
        p.drawPath(clip);
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(bar, Qt::AlignCenter, tr("no revenue in this period"));
        return;
    }
    p.save();
    p.setClipPath(clip);
    double x = bar.left();
    for (int i = 0; i < m_slices.size(); ++i) {
        const double w = i + 1 == m_slices.size() ? bar.right() - x
                                                  : bar.width() * double(m_slices[i].cents) / double(total);
        p.fillRect(QRectF(x, bar.top(), w, bar.height()), colorFor(m_slices[i].channel));
        x += w;
    }
    p.restore();

    const QFontMetrics fm = fontMetrics();
    int lx = 0;
    int ly = kBarHeight + kGap;
    p.setPen(palette().color(QPalette::WindowText));
    for (const Slice& s : m_slices) {
        const QString text = legendText(s, total);
        const int w = kSwatch + 4 + fm.horizontalAdvance(text) + 2 * kGap;
        if (lx > 0 && lx + w > width()) {
            lx = 0;
            ly += fm.height() + 2;
        }
        p.fillRect(QRect(lx, ly + (fm.height() - kSwatch) / 2, kSwatch, kSwatch), colorFor(s.channel));
        p.drawText(QRect(lx + kSwatch + 4, ly, w, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, text);
        lx += w;
    }
}
