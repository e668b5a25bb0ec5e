#pragma once

#include "catalog/catalog.h"

#include <QWidget>

namespace portolan {

// The key to the flow colours, floating over the canvas: one line per
// audience; audiences switched off are shown faded and struck through.
class FlowLegend : public QWidget
{
    Q_OBJECT
public:
    explicit FlowLegend(QWidget *parent = nullptr);

    void setState(const QList<Audience> &hidden, bool dark);
    static QString cannotWorkTitle(); // the legend's key to red, dashed arrows
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Audience> m_hidden;
    bool m_dark = false;
};

} // namespace portolan
