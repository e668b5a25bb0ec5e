#pragma once

#include <QString>

class QWidget;

namespace portolan {

// Marks an editor red with `error` as its tooltip, or back to normal (its
// "help" property as the tooltip) when `error` is empty. The inspector and
// the catalog editor mark wrong values the same way.
void markInvalid(QWidget *editor, const QString &error);

} // namespace portolan
