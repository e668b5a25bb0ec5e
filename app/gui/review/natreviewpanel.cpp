#include "natreviewpanel.h"

#include "document/applyproposal.h"
#include "review/natanalysis.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

constexpr qsizetype RemotesShown = 3;      // names in a row's Remotes cell
constexpr qsizetype RemotesInTooltip = 40; // names in its tooltip

// `names` joined, then how many of `total` they leave out.
QString boundedList(const QStringList &names, qsizetype total, const QString &separator = u", "_s)
{
    const QString list = names.join(separator);
    const qsizetype more = total - names.size();
    return more > 0 ? NatReviewPanel::tr("%1 … and %n more", nullptr, int(more)).arg(list) : list;
}

QString portsText(const PortRange &ports)
{
    return ports.isSingle() ? QString::number(ports.from) : ports.toString();
}

QString mappingText(const NatMapping &m)
{
    auto end = [](const QHostAddress &a, const PortRange &p) {
        const QString host = a.protocol() == QAbstractSocket::IPv6Protocol
                                 ? QString(u'[' + a.toString() + u']')
                                 : a.toString();
        return QString(host + u':' + portsText(p));
    };
    return u"%1  %2 → %3"_s.arg(protocolName(m.protocol), end(m.outsideAddress, m.outsidePorts),
                                end(m.insideAddress, m.insidePorts));
}

QString listenText(const NatAnalysis &a)
{
    if (!a.nat->listenSetting.isEmpty()) {
        const QString value = a.instance->setting(a.nat->listenSetting);
        if (!value.isEmpty())
            return value;
    }
    if (!a.hasListen)
        return {};
    const QString address = a.listen.bindAddress.isNull() ? u"0.0.0.0"_s : a.listen.bindAddress.toString();
    return address + u':' + portsText(a.listen.range);
}

// The NAT findings per node: what the status column shows.
QHash<ElementId, Findings> natFindings(const Findings &all)
{
    QHash<ElementId, Findings> out;
    for (const Finding &f : all)
        if (f.code.startsWith(u"nat."_s))
            out[f.subject].append(f);
    return out;
}

} // namespace

NatReviewPanel::NatReviewPanel(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_tree(new QTreeWidget(this)), m_proposalLabel(new QLabel(this)),
      m_proposal(new QPlainTextEdit(this)), m_copy(new QPushButton(tr("&Copy"), this)),
      m_apply(new QPushButton(tr("&Apply proposed settings"), this))
{
    m_tree->setObjectName(u"natTree"_s);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("NAT layer / mapping / node port"), tr("Listen"), tr("Advertised"),
                             tr("Proposed listen"), tr("Proposed advertise"), tr("Reached from"),
                             tr("Status")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->resizeSection(ItemColumn, 420);
    for (int c = ListenColumn; c <= ProposedAdvertiseColumn; ++c)
        m_tree->header()->resizeSection(c, 130);
    m_tree->header()->resizeSection(RemotesColumn, 90);

    m_proposal->setObjectName(u"proposalText"_s);
    m_proposal->setReadOnly(true);
    m_proposal->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_proposal->setPlaceholderText(tr("Review proposes no settings here."));
    m_copy->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_copy->setToolTip(tr("Copy the proposed settings to the clipboard"));
    m_apply->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_apply->setToolTip(tr("Change the node's settings to the proposed values (one undo step)"));

    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_proposalLabel, 1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_apply);
    auto bottom = new QWidget(this);
    auto bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(buttons);
    bottomLayout->addWidget(m_proposal);
    auto splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(splitter);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &NatReviewPanel::updateProposal);
    connect(m_copy, &QPushButton::clicked, this, &NatReviewPanel::copyProposal);
    connect(m_apply, &QPushButton::clicked, this, &NatReviewPanel::applyProposal);
    updateProposal();
}

QSize NatReviewPanel::sizeHint() const
{
    return {1100, 300}; // room for a NAT's mappings and its nodes without scrolling
}

void NatReviewPanel::setSnapshot(const PlanSnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    // Tabbed behind the review dock most of the time: a panel out of sight
    // rebuilds when it comes into view, not on every edit.
    m_dirty = !m_shown;
    if (!m_dirty)
        rebuild();
}

void NatReviewPanel::setShown(bool shown)
{
    m_shown = shown;
    if (m_shown && m_dirty) {
        m_dirty = false;
        rebuild();
    }
}

QTreeWidgetItem *NatReviewPanel::findKey(const QString &key) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(ItemColumn, KeyRole).toString() == key)
            return *it;
    return nullptr;
}

QList<NatReviewPanel::Row> NatReviewPanel::describe() const
{
    QList<Row> rows;
    if (!m_snapshot)
        return rows;
    const Project &project = m_snapshot->project;
    const QHash<ElementId, Findings> findingsByNode = natFindings(m_snapshot->findings);
    const QColor bad(QColor(200, 30, 30));
    const QColor good(QColor(30, 130, 50));

    auto add = [&](int parent, const QString &text, const QString &key) {
        Row row;
        row.parent = parent;
        row.key = key;
        row.texts = QStringList(ColumnCount);
        row.texts[ItemColumn] = text;
        row.toolTips = QStringList(ColumnCount);
        row.foregrounds = QList<QColor>(ColumnCount);
        rows.append(row);
        return int(rows.size()) - 1;
    };
    auto group = [&](int parent, const QString &text, const QString &key) {
        const int index = add(parent, text, key);
        rows[index].group = true;
        return index;
    };
    auto addAnalysis = [&](int parent, const NatAnalysis &a) {
        const QString node = a.node->id;
        Row &row = rows[add(parent, u"%1 · %2"_s.arg(node, a.port->title),
                            u"port:"_s + node + u':' + a.instance->reference() + u':' + a.port->id)];
        row.node = node;
        row.toolTips[ItemColumn] =
            u"%1 (%2)"_s.arg(a.node->name.isEmpty() ? node : a.node->name, a.instance->reference());
        const QString listen = listenText(a);
        const QString advertised = a.advertisedFrom == NatAnalysis::Advertised::Unknown ? QString()
                                   : a.advertisedFrom == NatAnalysis::Advertised::AutoDetect
                                       ? tr("%1 (auto-detected)").arg(a.advertisedValue())
                                   : a.advertisedFrom == NatAnalysis::Advertised::ExternalIp
                                       ? tr("external IP (STUN)")
                                       : a.advertisedValue();
        row.texts[ListenColumn] = listen;
        row.texts[AdvertisedColumn] = advertised;
        row.texts[ProposedListenColumn] = a.proposedListenValue();
        row.texts[ProposedAdvertiseColumn] = a.proposedAdvertiseValue();
        // One group per zone, in the order of the first remote. A cluster
        // spread over thousands of zones would make one cell (and tooltip)
        // per row of every zone's name: name a few, count the rest.
        QStringList remotes;
        for (const NatRemoteGroup &g : a.remoteGroups) {
            if (remotes.size() == RemotesInTooltip)
                break;
            remotes.append(g.zone);
        }
        row.texts[RemotesColumn] = boundedList(remotes.mid(0, RemotesShown), a.remoteGroups.size());
        if (a.remoteGroups.size() > RemotesShown)
            row.toolTips[RemotesColumn] = boundedList(remotes, a.remoteGroups.size(), u"\n"_s);
        const bool listenDiffers = !a.proposedListenValue().isEmpty() && listen != a.proposedListenValue();
        const bool advertiseDiffers = !a.proposedAdvertiseValue().isEmpty() &&
                                      a.advertisedFrom != NatAnalysis::Advertised::ExternalIp &&
                                      a.advertisedValue() != a.proposedAdvertiseValue();
        if (listenDiffers)
            row.foregrounds[ListenColumn] = bad;
        if (advertiseDiffers)
            row.foregrounds[AdvertisedColumn] = bad;
        const Findings findings = findingsByNode.value(node);
        QStringList codes;
        QStringList messages;
        for (const Finding &f : findings) {
            if (!codes.contains(f.code))
                codes.append(f.code);
            messages.append(f.message + u' ' + f.fix);
        }
        const bool mismatch = !codes.isEmpty() || listenDiffers || advertiseDiffers;
        row.mismatch = mismatch;
        if (mismatch) {
            row.icon = Row::Icon::Error;
            row.texts[StatusColumn] = codes.isEmpty() ? tr("differs from the proposal") : codes.join(u", "_s);
            row.foregrounds[StatusColumn] = bad;
            row.toolTips[StatusColumn] = messages.join(u"\n\n"_s);
        } else {
            row.icon = Row::Icon::Ok;
            row.texts[StatusColumn] = tr("consistent");
            row.foregrounds[StatusColumn] = good;
        }
    };

    for (const NatLayer &nat : project.natLayers) {
        const QString title = nat.name.isEmpty() ? nat.id : u"%1 (%2)"_s.arg(nat.id, nat.name);
        const int top =
            group(-1, tr("NAT %1: %2 → %3").arg(title, nat.outside, nat.inside), u"nat:"_s + nat.id);
        const int mappings = group(top, tr("Mappings (outside → inside)"), u"mappings:"_s + nat.id);
        for (qsizetype i = 0; i < nat.mappings.size(); ++i) {
            const NatMapping &m = nat.mappings.at(i);
            const int index = add(mappings, mappingText(m), u"mapping:%1:%2"_s.arg(nat.id).arg(i));
            for (const Node &n : project.nodes)
                if (n.addresses.contains(m.insideAddress)) {
                    rows[index].node = n.id;
                    rows[index].texts[ItemColumn] = tr("%1  (to %2)").arg(mappingText(m), n.id);
                }
        }
        if (nat.mappings.isEmpty())
            add(mappings, tr("(no static mappings)"), {});
        const int nodes = group(top, tr("Nodes behind it"), u"behind:"_s + nat.id);
        const qsizetype before = rows.size();
        for (const NatAnalysis &a : m_snapshot->natAnalyses)
            if (a.natLayer && a.natLayer->id == nat.id)
                addAnalysis(nodes, a);
        if (rows.size() == before)
            add(nodes, tr("(no NAT-sensitive ports behind this NAT)"), {});
    }
    int direct = -1;
    for (const NatAnalysis &a : m_snapshot->natAnalyses) {
        if (a.natLayer)
            continue;
        if (direct < 0)
            direct = group(-1, tr("Reached without NAT"), u"direct"_s);
        addAnalysis(direct, a);
    }
    return rows;
}

void NatReviewPanel::fill(QTreeWidgetItem *item, const Row &row, bool fresh) const
{
    // A fresh item gets only what differs from an empty one; an item
    // refilled in place has every role set (an empty value clears it).
    auto set = [&](int column, int role, const QVariant &value, bool isDefault) {
        if (!fresh || !isDefault)
            item->setData(column, role, isDefault ? QVariant() : value);
    };
    set(ItemColumn, KeyRole, row.key, row.key.isEmpty());
    set(ItemColumn, NodeRole, row.node, row.node.isEmpty());
    set(ItemColumn, MismatchRole, row.mismatch.value_or(false), !row.mismatch);
    for (int c = 0; c < ColumnCount; ++c) {
        set(c, Qt::DisplayRole, row.texts[c], row.texts[c].isEmpty());
        set(c, Qt::ToolTipRole, row.toolTips[c], row.toolTips[c].isEmpty());
        set(c, Qt::ForegroundRole, QBrush(row.foregrounds[c]), !row.foregrounds[c].isValid());
    }
    if (row.group) {
        QFont font = item->font(ItemColumn);
        font.setBold(true);
        item->setFont(ItemColumn, font);
    }
    const QIcon icon = row.icon == Row::Icon::Error ? style()->standardIcon(QStyle::SP_MessageBoxCritical)
                       : row.icon == Row::Icon::Ok  ? style()->standardIcon(QStyle::SP_DialogApplyButton)
                                                    : QIcon();
    set(StatusColumn, Qt::DecorationRole, icon, row.icon == Row::Icon::None);
}

void NatReviewPanel::rebuild()
{
    QList<Row> rows = describe();
    const QSignalBlocker blocker(m_tree);
    // The same rows (same keys, same nesting): set what changed in place;
    // the current row, collapsed groups and scroll position stay as they are.
    bool sameShape = rows.size() == m_rows.size() && m_items.size() == m_rows.size();
    for (qsizetype i = 0; i < rows.size() && sameShape; ++i)
        sameShape = rows[i].parent == m_rows[i].parent && rows[i].key == m_rows[i].key &&
                    rows[i].group == m_rows[i].group;
    if (sameShape) {
        for (qsizetype i = 0; i < rows.size(); ++i)
            if (!(rows[i] == m_rows[i]))
                fill(m_items[i], rows[i], false);
        m_rows = std::move(rows);
        updateProposal();
        return;
    }

    // Otherwise rebuild, then put the current row, the collapsed groups and
    // the scroll position back.
    const QString current =
        m_tree->currentItem() ? m_tree->currentItem()->data(ItemColumn, KeyRole).toString() : QString();
    QStringList collapsed;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->childCount() > 0 && !(*it)->isExpanded())
            collapsed.append((*it)->data(ItemColumn, KeyRole).toString());
    const int scroll = m_tree->verticalScrollBar()->value();

    m_tree->clear();
    m_items.clear();
    m_items.reserve(rows.size());
    for (const Row &row : std::as_const(rows)) {
        auto item = row.parent < 0 ? new QTreeWidgetItem(m_tree) : new QTreeWidgetItem(m_items[row.parent]);
        fill(item, row, true);
        m_items.append(item);
    }
    m_rows = std::move(rows);
    m_tree->expandAll();
    for (const QString &key : std::as_const(collapsed))
        if (QTreeWidgetItem *item = findKey(key))
            item->setExpanded(false);
    if (QTreeWidgetItem *item = current.isEmpty() ? nullptr : findKey(current))
        m_tree->setCurrentItem(item);
    m_tree->verticalScrollBar()->setValue(scroll);
    updateProposal();
}

QString NatReviewPanel::currentNode() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(ItemColumn, NodeRole).toString() : QString();
}

void NatReviewPanel::selectNode(const QString &id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(ItemColumn, NodeRole).toString() == id &&
            (*it)->data(ItemColumn, KeyRole).toString().startsWith(u"port:"_s)) {
            m_tree->setCurrentItem(*it);
            return;
        }
}

QString NatReviewPanel::proposalText() const
{
    return m_proposal->toPlainText();
}

void NatReviewPanel::updateProposal()
{
    const QString node = currentNode();
    QString text;
    bool changes = false;
    if (m_snapshot) {
        // format() reads the settings and the nodes' ids and names, in order.
        ProposalInputs inputs{node, m_snapshot->proposedSettings, {}};
        inputs.nodeNames.reserve(m_snapshot->project.nodes.size() * 2);
        for (const Node &n : m_snapshot->project.nodes)
            inputs.nodeNames << n.id << n.name;
        if (inputs != m_proposalInputs) {
            m_proposalText =
                SettingsProposal::format(m_snapshot->project, m_snapshot->proposedSettings, node);
            m_proposalInputs = std::move(inputs);
        }
        text = m_proposalText;
        for (const ProposedSetting &s : m_snapshot->proposedSettings)
            changes = changes || ((node.isEmpty() || s.node == node) && s.value != s.current);
    } else {
        m_proposalInputs.reset();
    }
    if (text != m_shownProposal) { // toPlainText() walks the whole document
        m_proposal->setPlainText(text);
        m_shownProposal = text;
    }
    m_proposalLabel->setText(node.isEmpty() ? tr("Proposed settings, every node:")
                                            : tr("Proposed settings for %1:").arg(node));
    m_copy->setEnabled(!text.isEmpty());
    m_apply->setEnabled(changes);
    m_apply->setToolTip(changes ? tr("Change the settings to the proposed values (one undo step)")
                                : tr("The settings already have the proposed values"));
}

void NatReviewPanel::copyProposal()
{
    QApplication::clipboard()->setText(proposalText());
}

void NatReviewPanel::applyProposal()
{
    applyProposedSettings(m_document, currentNode());
}

} // namespace portolan
