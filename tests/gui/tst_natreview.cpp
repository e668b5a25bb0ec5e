// NAT review: mappings beside the nodes' advertise/listen settings,
// mismatches marked with the finding code, the proposal text equal to
// SettingsProposal::format, Copy, and Apply as one undo step.
#include "analysis/planservice.h"
#include "canvas/deploymentscene.h"
#include "document/applyproposal.h"
#include "document/changepropertyedit.h"
#include "document/document.h"
#include "document/elementproperties.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "review/natreviewpanel.h"
#include "review/settingsproposal.h"

#include <QClipboard>
#include <QDockWidget>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

namespace {

QString example()
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/kong-0x-two-datacenters-nat.yaml");
}

const QString advertiseKey = ElementProperties::settingKey(u"kong-0.x/node"_s, u"cluster_advertise"_s);
const QString listenKey = ElementProperties::settingKey(u"kong-0.x/node"_s, u"cluster_listen"_s);

QTreeWidgetItem *findItem(QTreeWidget *tree, const QString &keyPrefix, const QString &node = {})
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->data(0, NatReviewPanel::KeyRole).toString().startsWith(keyPrefix) &&
            (node.isEmpty() || (*it)->data(0, NatReviewPanel::NodeRole).toString() == node))
            return *it;
    return nullptr;
}

// Everything a row shows, row by row, for comparing two trees.
QStringList dump(QTreeWidget *tree)
{
    QStringList rows;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        const QTreeWidgetItem *item = *it;
        int depth = 0;
        for (const QTreeWidgetItem *p = item->parent(); p; p = p->parent())
            ++depth;
        QStringList cells{QString::number(depth), item->data(0, NatReviewPanel::KeyRole).toString(),
                          item->data(0, NatReviewPanel::NodeRole).toString(),
                          item->data(0, NatReviewPanel::MismatchRole).toString(),
                          item->font(0).bold() ? u"bold"_s : QString()};
        for (int c = 0; c < NatReviewPanel::ColumnCount; ++c) {
            const QVariant foreground = item->data(c, Qt::ForegroundRole);
            cells << item->text(c) << item->toolTip(c)
                  << (foreground.isValid() ? foreground.value<QBrush>().color().name() : QString())
                  << (item->icon(c).isNull() ? QString() : item->icon(c).name() + u"icon"_s);
        }
        rows.append(cells.join(u'|'));
    }
    return rows;
}

QString setting(const Document &document, const QString &key)
{
    return ElementProperties::value(document.project(), document.catalogs(), u"kong-b"_s, key);
}

} // namespace

class TestNatReview : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> m_window;
    NatReviewPanel *m_panel = nullptr;

    Document *document() const { return m_window->document(); }
    // Waits until the panel shows the snapshot of the document as it is now.
    void settle()
    {
        m_window->planService()->waitUntilCurrent();
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        useTestSettings(u"tst_natreview"_s);
        startWithCleanSettings();
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openFile(example()));
        m_panel = m_window->findChild<NatReviewPanel *>(u"NatReviewPanel"_s);
        QVERIFY(m_panel);
        // Tabbed behind the review dock: bring it to the front, as a user would.
        m_window->findChild<QDockWidget *>(u"NatReviewDock"_s)->raise();
        QTRY_VERIFY(m_panel->isShown());
        QTRY_VERIFY_WITH_TIMEOUT(findItem(m_panel->tree(), u"port:"_s, u"kong-b"_s), 10000);
        settle();
    }

    void cleanup() { m_window.reset(); }

    void showsMappingsBesideSettings()
    {
        QTreeWidget *tree = m_panel->tree();
        QTreeWidgetItem *nat = findItem(tree, u"nat:nat-dc2"_s);
        QVERIFY(nat);
        QVERIFY(nat->text(0).contains(u"wan"_s));
        QTreeWidgetItem *mapping = findItem(tree, u"mapping:nat-dc2:0"_s);
        QVERIFY(mapping);
        QVERIFY2(mapping->text(0).startsWith(u"tcp  192.168.10.5:9000 → 192.168.23.45:80"_s),
                 qPrintable(mapping->text(0)));
        QVERIFY(mapping->text(0).contains(u"kong-b"_s));
        QCOMPARE(mapping->data(0, NatReviewPanel::NodeRole).toString(), u"kong-b"_s);
        QVERIFY(findItem(tree, u"mapping:nat-dc2:1"_s)->text(0).startsWith(u"udp"_s));

        // Seed 001: kong-b behind the NAT, its settings as they must be.
        QTreeWidgetItem *kongB = findItem(tree, u"port:"_s, u"kong-b"_s);
        QCOMPARE(kongB->parent()->parent(), nat); // listed under the NAT in front of it
        QCOMPARE(kongB->text(NatReviewPanel::ListenColumn), u"192.168.23.45:80"_s);
        QCOMPARE(kongB->text(NatReviewPanel::AdvertisedColumn), u"192.168.10.5:9000"_s);
        QCOMPARE(kongB->text(NatReviewPanel::ProposedListenColumn), u"192.168.23.45:80"_s);
        QCOMPARE(kongB->text(NatReviewPanel::ProposedAdvertiseColumn), u"192.168.10.5:9000"_s);
        QVERIFY(kongB->text(NatReviewPanel::RemotesColumn).contains(u"dc1"_s));
        QVERIFY(!kongB->data(0, NatReviewPanel::MismatchRole).toBool());

        m_panel->selectNode(u"kong-b"_s);
        QCOMPARE(m_panel->currentNode(), u"kong-b"_s);
        const QString text = m_panel->proposalText();
        QVERIFY2(text.contains(u"cluster_advertise = 192.168.10.5:9000\n"_s), qPrintable(text));
        QVERIFY2(text.contains(u"cluster_listen = 192.168.23.45:80\n"_s), qPrintable(text));
        QCOMPARE(text,
                 SettingsProposal::format(
                     document()->project(),
                     SettingsProposal::propose(document()->project(), document()->catalogs()), u"kong-b"_s));
        // Nothing to change: Apply has nothing to do.
        QVERIFY(!m_panel->applyButton()->isEnabled());
    }

    // A member whose peers sit in many zones names a few of them and counts
    // the rest; the tooltip names them all (up to its own bound).
    void manyRemoteZonesAreCounted()
    {
        QVERIFY(m_window->openFile(
            QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/gui/fixtures/natreview/many-remote-zones.yaml")));
        QTRY_VERIFY_WITH_TIMEOUT(findItem(m_panel->tree(), u"port:"_s, u"behind"_s), 10000);
        settle();
        const QTreeWidgetItem *behind = findItem(m_panel->tree(), u"port:"_s, u"behind"_s);
        QVERIFY(behind);
        QCOMPARE(behind->text(NatReviewPanel::RemotesColumn), u"z0, z1, z2 … and 3 more"_s);
        QCOMPARE(behind->toolTip(NatReviewPanel::RemotesColumn), u"z0\nz1\nz2\nz3\nz4\nz5"_s);
    }

    void canvasSelectionChoosesTheNode()
    {
        m_window->scene()->selectIds({u"kong-b"_s});
        QCOMPARE(m_panel->currentNode(), u"kong-b"_s);
        QVERIFY(m_panel->proposalText().startsWith(u"# kong-b"_s));
        m_window->scene()->selectIds({u"kong-a"_s});
        QCOMPARE(m_panel->currentNode(), u"kong-a"_s);
    }

    void hiddenPanelCatchesUpWhenShown()
    {
        m_window->findChild<QDockWidget *>(u"ReviewDock"_s)->raise();
        QTRY_VERIFY(!m_panel->isShown());
        document()->undoStack()->push(
            new ChangePropertyEdit(document(), u"kong-b"_s, advertiseKey, u"192.168.23.45:7946"_s));
        settle();
        m_window->findChild<QDockWidget *>(u"NatReviewDock"_s)->raise();
        QTRY_VERIFY(m_panel->isShown());
        QTreeWidgetItem *kongB = findItem(m_panel->tree(), u"port:"_s, u"kong-b"_s);
        QVERIFY(kongB->data(0, NatReviewPanel::MismatchRole).toBool());
        QCOMPARE(kongB->text(NatReviewPanel::AdvertisedColumn), u"192.168.23.45:7946"_s);
    }

    void copyPutsTheProposalOnTheClipboard()
    {
        m_panel->selectNode(u"kong-b"_s);
        QApplication::clipboard()->clear();
        QTest::mouseClick(m_panel->copyButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), m_panel->proposalText());
        QVERIFY(!QApplication::clipboard()->text().isEmpty());
        // With no node chosen, every node's proposal.
        m_panel->tree()->setCurrentItem(nullptr);
        QCOMPARE(m_panel->proposalText(),
                 SettingsProposal::format(
                     document()->project(),
                     SettingsProposal::propose(document()->project(), document()->catalogs())));
    }

    void mismatchIsMarked()
    {
        document()->undoStack()->push(
            new ChangePropertyEdit(document(), u"kong-b"_s, advertiseKey, u"192.168.23.45:7946"_s));
        settle();
        QTreeWidgetItem *kongB = findItem(m_panel->tree(), u"port:"_s, u"kong-b"_s);
        QVERIFY(kongB->data(0, NatReviewPanel::MismatchRole).toBool());
        QVERIFY2(kongB->text(NatReviewPanel::StatusColumn).contains(u"nat.advertise-unreachable"_s),
                 qPrintable(kongB->text(NatReviewPanel::StatusColumn)));
        QVERIFY(!kongB->icon(NatReviewPanel::StatusColumn).isNull());
        QCOMPARE(kongB->foreground(NatReviewPanel::AdvertisedColumn).color(), QColor(200, 30, 30));
        // kong-a, reached directly, is not marked.
        QTreeWidgetItem *kongA = findItem(m_panel->tree(), u"port:"_s, u"kong-a"_s);
        QVERIFY(kongA);
        QVERIFY(!kongA->data(0, NatReviewPanel::MismatchRole).toBool());
    }

    void editsUpdateRowsInPlace()
    {
        // A settings edit changes a row's texts, not the tree's shape: the
        // row's item stays (selection, folding and scrolling with it), and
        // what the tree shows equals a panel built afresh, also when a
        // mismatch mark goes away again (undo).
        QTreeWidgetItem *before = findItem(m_panel->tree(), u"port:"_s, u"kong-b"_s);
        QVERIFY(before);
        const QString advertisedBefore = before->text(NatReviewPanel::AdvertisedColumn);
        for (int step = 0; step < 2; ++step) {
            if (step == 0)
                document()->undoStack()->push(
                    new ChangePropertyEdit(document(), u"kong-b"_s, advertiseKey, u"192.168.23.45:7946"_s));
            else
                document()->undoStack()->undo();
            settle();
            QTreeWidgetItem *after = findItem(m_panel->tree(), u"port:"_s, u"kong-b"_s);
            QCOMPARE(after, before);
            QCOMPARE(after->text(NatReviewPanel::AdvertisedColumn),
                     step == 0 ? u"192.168.23.45:7946"_s : advertisedBefore);
            NatReviewPanel fresh(document());
            fresh.setSnapshot(m_window->planService()->snapshot());
            QCOMPARE(dump(m_panel->tree()), dump(fresh.tree()));
        }
    }

    void applyIsOneUndoStep()
    {
        QUndoStack *stack = document()->undoStack();
        stack->push(new ChangePropertyEdit(document(), u"kong-b"_s, advertiseKey, u"192.168.23.45:7946"_s));
        stack->push(new ChangePropertyEdit(document(), u"kong-b"_s, listenKey, u"0.0.0.0:7946"_s));
        settle();
        m_panel->selectNode(u"kong-b"_s);
        QVERIFY(m_panel->applyButton()->isEnabled());
        const int steps = stack->count();
        QTest::mouseClick(m_panel->applyButton(), Qt::LeftButton);
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(setting(*document(), advertiseKey), u"192.168.10.5:9000"_s);
        QCOMPARE(setting(*document(), listenKey), u"192.168.23.45:80"_s);
        settle();
        QVERIFY(!findItem(m_panel->tree(), u"port:"_s, u"kong-b"_s)
                     ->data(0, NatReviewPanel::MismatchRole)
                     .toBool());
        // The panel kept kong-b chosen across the update.
        QCOMPARE(m_panel->currentNode(), u"kong-b"_s);

        stack->undo();
        QCOMPARE(setting(*document(), advertiseKey), u"192.168.23.45:7946"_s);
        QCOMPARE(setting(*document(), listenKey), u"0.0.0.0:7946"_s);
        settle();
        QVERIFY(findItem(m_panel->tree(), u"port:"_s, u"kong-b"_s)
                    ->data(0, NatReviewPanel::MismatchRole)
                    .toBool());
        // Nothing to change: no empty undo step.
        stack->redo();
        QCOMPARE(applyProposedSettings(document(), u"kong-b"_s), 0);
        QCOMPARE(stack->count(), steps + 1);
    }
};

QTEST_MAIN(TestNatReview)
#include "tst_natreview.moc"
