#include "drawingtheme.h"

namespace portolan {

namespace {

// One hue per zone kind, so nesting reads at a glance.
QColor hueOf(ZoneKind kind)
{
    switch (kind) {
    case ZoneKind::Internet:
        return QColor(0x1d, 0x7f, 0xae);
    case ZoneKind::Cloud:
        return QColor(0x3d, 0x6f, 0xc4);
    case ZoneKind::Datacenter:
        return QColor(0x4a, 0x5a, 0x6b);
    case ZoneKind::Vpc:
        return QColor(0x16, 0x7d, 0x78);
    case ZoneKind::Subnet:
        return QColor(0x4b, 0x8a, 0x2e);
    case ZoneKind::Trusted:
        return QColor(0x2e, 0x7d, 0x4f);
    case ZoneKind::Network:
        return QColor(0x6b, 0x5b, 0x95);
    }
    return Qt::gray;
}

} // namespace

QColor DrawingTheme::zoneFill(ZoneKind kind) const
{
    QColor c = hueOf(kind);
    c.setAlpha(dark ? 40 : 22);
    return c;
}

QColor DrawingTheme::zoneBorder(ZoneKind kind) const
{
    return dark ? hueOf(kind).lighter(150) : hueOf(kind);
}

DrawingTheme DrawingTheme::lightTheme()
{
    DrawingTheme t;
    t.background = QColor(0xfb, 0xfc, 0xfd);
    t.text = QColor(0x1f, 0x29, 0x33);
    t.mutedText = QColor(0x5c, 0x6b, 0x7a);
    t.elementFill = Qt::white;
    t.elementBorder = QColor(0xb4, 0xbe, 0xc8);
    t.selection = QColor(0x2f, 0x6d, 0xf5);
    t.connection = QColor(0x7a, 0x86, 0x93);
    t.clientUse = QColor(0xb7, 0x79, 0x1f);
    t.listener = QColor(0x1f, 0x8a, 0x5b);
    t.link = QColor(0x7a, 0x3f, 0xb0);
    return t;
}

DrawingTheme DrawingTheme::darkTheme()
{
    DrawingTheme t;
    t.dark = true;
    t.background = QColor(0x1e, 0x21, 0x25);
    t.text = QColor(0xe6, 0xe9, 0xec);
    t.mutedText = QColor(0xa0, 0xa9, 0xb3);
    t.elementFill = QColor(0x2b, 0x30, 0x36);
    t.elementBorder = QColor(0x55, 0x5f, 0x6a);
    t.selection = QColor(0x5a, 0x9b, 0xff);
    t.connection = QColor(0x9a, 0xa4, 0xae);
    t.clientUse = QColor(0xe0, 0xa8, 0x4a);
    t.listener = QColor(0x4c, 0xc3, 0x8a);
    t.link = QColor(0xb9, 0x8a, 0xe6);
    return t;
}

DrawingTheme DrawingTheme::fromPalette(const QPalette &palette)
{
    const bool isDark = palette.color(QPalette::Window).lightness() < 128;
    DrawingTheme t = isDark ? darkTheme() : lightTheme();
    t.background = palette.color(QPalette::Base);
    t.text = palette.color(QPalette::Text);
    t.selection = palette.color(QPalette::Highlight);
    return t;
}

} // namespace portolan
