#include "elementfindingslabel.h"

using namespace Qt::StringLiterals;

namespace portolan {

ElementFindingsLabel::ElementFindingsLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(u"findings"_s);
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void ElementFindingsLabel::setElement(const ElementId &id)
{
    m_id = id;
    refresh();
}

void ElementFindingsLabel::setSnapshot(const PlanSnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    refresh();
}

void ElementFindingsLabel::refresh()
{
    QStringList items;
    if (m_snapshot && !m_id.isEmpty()) {
        for (const Finding &f : m_snapshot->findings) {
            if (f.subject != m_id)
                continue;
            const QString colour = f.severity == Severity::Error     ? u"#c0392b"_s
                                   : f.severity == Severity::Warning ? u"#b9770e"_s
                                                                     : u"#2e6da4"_s;
            QString item = u"<p><b style=\"color:%1\">%2</b> %3"_s.arg(colour, severityName(f.severity),
                                                                       f.message.toHtmlEscaped());
            if (!f.fix.isEmpty())
                item += u"<br><i>"_s + tr("Fix: %1").arg(f.fix.toHtmlEscaped()) + u"</i>"_s;
            items.append(item + u"</p>"_s);
        }
    }
    m_count = int(items.size());
    setText(items.isEmpty() ? QString() : u"<b>"_s + tr("Review") + u"</b>"_s + items.join(QString()));
    setVisible(!items.isEmpty());
}

} // namespace portolan
