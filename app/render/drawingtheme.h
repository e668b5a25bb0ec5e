#pragma once

#include "model/elements.h"

#include <QColor>
#include <QPalette>

namespace portolan {

// Colours of a drawing. The GUI derives them from the system palette so the
// canvas follows light and dark mode; exports use the light theme so a
// drawing looks the same whoever renders it.
struct DrawingTheme
{
    QColor background;
    QColor text;
    QColor mutedText;
    QColor elementFill;
    QColor elementBorder;
    QColor selection;
    QColor connection;
    QColor clientUse;
    QColor listener;
    QColor link;
    bool dark = false;

    QColor zoneFill(ZoneKind kind) const;
    QColor zoneBorder(ZoneKind kind) const;

    static DrawingTheme lightTheme();
    static DrawingTheme darkTheme();
    static DrawingTheme fromPalette(const QPalette &palette);
};

} // namespace portolan
