#include "comparepanel.h"

#include "diff/plandiffreport.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString elementSign(ElementDifference::Kind kind)
{
    switch (kind) {
    case ElementDifference::Kind::Added:
        return u"+"_s;
    case ElementDifference::Kind::Removed:
        return u"−"_s;
    case ElementDifference::Kind::Changed:
        return u"~"_s;
    }
    return {};
}

QString flowSign(FlowChange::Kind kind)
{
    switch (kind) {
    case FlowChange::Kind::Added:
        return u"+"_s;
    case FlowChange::Kind::Removed:
        return u"−"_s;
    case FlowChange::Kind::Widened:
        return u">"_s;
    case FlowChange::Kind::Narrowed:
        return u"<"_s;
    case FlowChange::Kind::Changed:
        return u"~"_s;
    }
    return {};
}

QTreeWidgetItem *row(QTreeWidgetItem *parent, const QString &text, ComparePanel::RowKind kind,
                     const QVariant &key = {})
{
    auto *item = new QTreeWidgetItem(parent, {text});
    item->setData(0, Qt::UserRole, int(kind));
    item->setData(0, Qt::UserRole + 1, key);
    item->setToolTip(0, text);
    return item;
}

} // namespace

ComparePanel::ComparePanel(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_tree(new QTreeWidget(this)),
      m_leave(new QPushButton(tr("Leave Compare Mode"), this))
{
    m_summary->setWordWrap(true);
    m_summary->setObjectName(u"CompareSummary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tree->setObjectName(u"CompareTree"_s);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_leave->setObjectName(u"LeaveCompareButton"_s);
    m_leave->setToolTip(tr("Back to the normal view (Esc)"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_leave);
    connect(m_leave, &QPushButton::clicked, this, &ComparePanel::leaveRequested);
    // A click, the keyboard or a program: whatever makes a row current shows it.
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { activate(current); });
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { activate(item); });
}

void ComparePanel::clear()
{
    m_tree->clear();
    m_summary->clear();
}

QTreeWidgetItem *ComparePanel::group(const QString &name) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(0, Qt::UserRole + 1).toString() == name)
            return item;
    }
    return nullptr;
}

void ComparePanel::setDiff(const PlanDiff &diff)
{
    const QSignalBlocker blocker(m_tree); // rebuilding is not the user choosing a row
    m_tree->clear();
    m_summary->setText(tr("<b>%1</b> → <b>%2</b><br>%3")
                           .arg(diff.oldLabel.toHtmlEscaped(), diff.newLabel.toHtmlEscaped(),
                                diff.isEmpty() ? tr("The two plans mean the same.")
                                               : PlanDiffReport::summary(diff).toHtmlEscaped()));
    auto group = [this](const QString &key, const QString &title, qsizetype count) {
        auto *item = new QTreeWidgetItem(m_tree, {tr("%1 (%2)").arg(title).arg(count)});
        item->setData(0, Qt::UserRole, int(GroupRow));
        item->setData(0, Qt::UserRole + 1, key);
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
        item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
        return item;
    };

    QTreeWidgetItem *elements = group(u"elements"_s, tr("Elements"), diff.elements.size());
    for (const ElementDifference &change : diff.elements) {
        QTreeWidgetItem *item =
            row(elements,
                u"%1 %2 %3 (%4)"_s.arg(elementSign(change.kind), elementKindName(change.elementKind),
                                       change.id, change.name),
                ElementRow, change.id);
        for (const FieldChange &field : change.fields)
            row(item, PlanDiffReport::fieldLine(field), ElementRow, change.id);
    }
    QTreeWidgetItem *flows = group(u"flows"_s, tr("Flows"), diff.flows.size());
    for (qsizetype i = 0; i < diff.flows.size(); ++i) {
        const FlowChange &change = diff.flows[i];
        QTreeWidgetItem *item =
            row(flows, flowSign(change.kind) + u' ' + PlanDiffReport::flowText(change.flow()), FlowRow, i);
        for (const FieldChange &field : change.fields)
            row(item, PlanDiffReport::fieldLine(field), FlowRow, i);
    }
    QTreeWidgetItem *paths = group(u"paths"_s, tr("Paths"), diff.paths.size());
    for (const PathChange &change : diff.paths)
        row(paths,
            u"%1: %2 -> %3"_s.arg(PlanDiffReport::flowText(change.after),
                                  FlowDiff::pathText(change.before.path),
                                  FlowDiff::pathText(change.after.path)),
            OtherRow);
    QTreeWidgetItem *rules = group(u"rules"_s, tr("Rules"), diff.rules.size());
    for (const RuleSetChange &change : diff.rules) {
        QTreeWidgetItem *item =
            row(rules, u"%1  +%2 −%3"_s.arg(change.point).arg(change.added.size()).arg(change.removed.size()),
                change.element.isEmpty() ? OtherRow : ElementRow, change.element);
        for (const QString &line : change.removed)
            row(item, u"− "_s + line, OtherRow);
        for (const QString &line : change.added)
            row(item, u"+ "_s + line, OtherRow);
    }
    QTreeWidgetItem *findings =
        group(u"findings"_s, tr("Findings"), diff.newFindings.size() + diff.resolvedFindings.size());
    auto finding = [&](const Finding &f, const QString &sign) {
        row(findings, u"%1 %2 %3 %4: %5"_s.arg(sign, severityName(f.severity), f.code, f.subject, f.message),
            f.subject.isEmpty() ? OtherRow : ElementRow, f.subject);
    };
    for (const Finding &f : diff.newFindings)
        finding(f, tr("new"));
    for (const Finding &f : diff.resolvedFindings)
        finding(f, tr("resolved"));
    m_tree->expandToDepth(0);
}

void ComparePanel::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QVariant key = item->data(0, Qt::UserRole + 1);
    switch (RowKind(item->data(0, Qt::UserRole).toInt())) {
    case ElementRow:
        Q_EMIT elementActivated(key.toString());
        break;
    case FlowRow:
        Q_EMIT flowActivated(key.toLongLong());
        break;
    case GroupRow:
    case OtherRow:
        break;
    }
}

} // namespace portolan
