#include "fieldmark.h"

#include <QPalette>
#include <QWidget>

namespace portolan {

void markInvalid(QWidget *editor, const QString &error)
{
    // A red field via the palette keeps the platform style intact.
    QPalette pal = editor->parentWidget() ? editor->parentWidget()->palette() : editor->palette();
    if (!error.isEmpty()) {
        pal.setColor(QPalette::Base, QColor(0xff, 0xe5, 0xe5));
        pal.setColor(QPalette::Text, QColor(0x8a, 0x10, 0x10));
    }
    editor->setPalette(pal);
    editor->setProperty("invalid", !error.isEmpty());
    editor->setToolTip(error.isEmpty() ? editor->property("help").toString() : error);
}

} // namespace portolan
