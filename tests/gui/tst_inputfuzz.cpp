// The editor under ordinary hands, at random (issue 16): seeded sequences of
// real key and mouse events — typing, Tab, Backspace, Ctrl+A, Enter, Escape,
// clicks, drags, drops, connect mode, delete, copy/paste, undo/redo, Auto
// Layout — over every inspector field of every element kind of every bundled
// example. After each sequence the field being typed in is left (as a user
// clicking away would), everything is undone, and the project must be the
// opened file's bytes again. The sanitizer stage runs the same sequences
// under AddressSanitizer, so a form freed under its own editor is a failure.
//
//   PORTOLAN_FUZZ_SEED       the first seed (default 16); each example and round adds to it
//   PORTOLAN_FUZZ_SEQUENCES  sequences per example and round (default 16)
//   PORTOLAN_FUZZ_SECONDS    keep going in rounds, this long in all (shared by the
//                            examples; set QTEST_FUNCTION_TIMEOUT past 300000 ms
//                            when a share is longer than Qt Test's 5 minutes)
//   PORTOLAN_FUZZ_VERBOSE=1  print every step (to replay a failure)
#include "canvas/canvasview.h"
#include "canvas/deploymentscene.h"
#include "canvas/palettemime.h"
#include "document/document.h"
#include "document/elementproperties.h"
#include "mainwindow.h"
#include "panels/inspectorpanel.h"
#include "panels/outlinepanel.h"
#include "project/projectwriter.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidgetItemIterator>

#include <memory>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

QByteArray bytes(const MainWindow &w)
{
    return ProjectWriter::write(w.document()->project());
}

QStringList examples()
{
    QStringList out;
    const QDir dir(QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples"));
    for (const QString &name : dir.entryList({u"*.yaml"_s}, QDir::Files, QDir::Name))
        out.append(dir.filePath(name));
    return out;
}

// What people type into fields: valid values of every field type, their
// half-typed prefixes, neighbours of the limits, and hostile text.
const QStringList &texts()
{
    static const QStringList list = {
        u""_s,
        u"a"_s,
        u"web"_s,
        u"Kong node B"_s,
        u"ünïcödé ☃"_s,
        u"<b>bold</b> & \"quotes\""_s,
        u"$(rm -rf /)"_s,
        u"line\\nbreak"_s,
        u"new-id"_s,
        u"10.0.0.5"_s,
        u"10.0.0."_s,
        u"10.0.0.300"_s,
        u"10.50.0.11-13"_s,
        u"10.0.0.1, 10.0.0.2"_s,
        u"192.168.1.0/24"_s,
        u"192.168.1.0/"_s,
        u"0.0.0.0/0"_s,
        u"fe80::1"_s,
        u"2001:db8::10"_s,
        u"0.0.0.0:8001"_s,
        u"127.0.0.1:8001"_s,
        u"0.0.0.0:8000, 0.0.0.0:8443 ssl"_s,
        u"off"_s,
        u"8000"_s,
        u"443"_s,
        u"65536"_s,
        u"-1"_s,
        u"0"_s,
        u"3"_s,
        u"100000"_s,
        u"10000-20000"_s,
        u"20000-10000"_s,
        u"true"_s,
        u"false"_s,
        u"kong-0.x/node"_s,
        u"kong-3.3/node, base/host"_s,
        u"nope/none"_s,
        u","_s,
        u" , ,"_s,
        u"   "_s,
    };
    return list;
}

struct Keystroke
{
    int key;
    Qt::KeyboardModifiers modifiers;
    const char *name;
};

const QList<Keystroke> &keystrokes()
{
    static const QList<Keystroke> list = {
        {Qt::Key_Tab, Qt::NoModifier, "Tab"},
        {Qt::Key_Backtab, Qt::ShiftModifier, "Shift+Tab"},
        {Qt::Key_Backspace, Qt::NoModifier, "Backspace"},
        {Qt::Key_Delete, Qt::NoModifier, "Delete"},
        {Qt::Key_Return, Qt::NoModifier, "Enter"},
        {Qt::Key_Escape, Qt::NoModifier, "Escape"},
        {Qt::Key_A, Qt::ControlModifier, "Ctrl+A"},
        {Qt::Key_Home, Qt::NoModifier, "Home"},
        {Qt::Key_End, Qt::NoModifier, "End"},
        {Qt::Key_Left, Qt::NoModifier, "Left"},
        {Qt::Key_Right, Qt::NoModifier, "Right"},
        {Qt::Key_Up, Qt::NoModifier, "Up"},
        {Qt::Key_Down, Qt::NoModifier, "Down"},
        {Qt::Key_Space, Qt::NoModifier, "Space"},
        {Qt::Key_Z, Qt::ControlModifier, "Ctrl+Z"},
        {Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier, "Ctrl+Shift+Z"},
        {Qt::Key_C, Qt::ControlModifier, "Ctrl+C"},
        {Qt::Key_V, Qt::ControlModifier, "Ctrl+V"},
        {Qt::Key_X, Qt::ControlModifier, "Ctrl+X"},
        {Qt::Key_D, Qt::ControlModifier, "Ctrl+D"},
        {Qt::Key_C, Qt::NoModifier, "C"},
    };
    return list;
}

const QStringList &paletteKeys()
{
    static const QStringList list = {
        u"node"_s,
        u"node-group"_s,
        u"load-balancer"_s,
        u"nat"_s,
        u"firewall"_s,
        u"client"_s,
        u"zone:vpc"_s,
        u"zone:subnet"_s,
        u"zone:trusted"_s,
        u"component:kong-0.x/node"_s,
        u"component:kong-3.3/node"_s,
        u"component:base/host"_s,
    };
    return list;
}

class Fuzzer
{
public:
    Fuzzer(MainWindow &window, quint32 seed, bool verbose) : m_w(window), m_rng(seed), m_verbose(verbose) {}

    // One sequence of `steps` random gestures; returns what was done.
    QStringList run(int steps)
    {
        m_log.clear();
        for (int i = 0; i < steps; ++i) {
            step();
            settle();
        }
        return m_log;
    }

    // "kind/key" of a property, settings counted as one field per kind.
    static QString fieldOf(ElementKind kind, const QString &key)
    {
        return elementKindName(kind) + u'/' + (key.startsWith(u"setting:"_s) ? u"setting"_s : key);
    }

    // (element kind, property key) pairs whose editor got input.
    const QSet<QString> &covered() const { return m_covered; }
    int dialogsClosed() const { return m_dialogs; }

    // Leaves whatever field has the focus, as a click elsewhere would, and
    // lets every deferred deletion and queued rebuild run.
    void settle()
    {
        closeStrayWindows();
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        // The inspector never shows an element that is gone.
        const ElementId shown = m_w.inspector()->element();
        QVERIFY2(shown.isEmpty() || m_w.document()->project().kindOf(shown),
                 qPrintable(u"inspector shows removed element '%1'"_s.arg(shown)));
    }

    void leaveField()
    {
        m_w.view()->setFocus(Qt::MouseFocusReason);
        settle();
    }

private:
    void say(const QString &what)
    {
        m_log.append(what);
        if (m_verbose)
            qInfo().noquote() << "  " << what;
    }

    int pick(int n) { return n <= 0 ? 0 : int(m_rng.bounded(quint32(n))); }
    template <typename T> const T &pickFrom(const QList<T> &list) { return list.at(pick(int(list.size()))); }

    // As people work: after picking an element they mostly go to one of its
    // fields, and in a field they mostly type; anything may come between.
    void step()
    {
        int roll = pick(100);
        if (m_last == Last::Selected && pick(10) < 7)
            roll = 20; // a field
        else if (m_last == Last::Focused && pick(10) < 6)
            roll = 40 + pick(38); // typing or keys
        m_last = roll < 14 ? Last::Selected : roll < 34 ? Last::Focused : Last::Other;
        if (roll < 14)
            selectElement();
        else if (roll < 34)
            focusField();
        else if (roll < 54)
            typeText();
        else if (roll < 78)
            pressKey();
        else if (roll < 83)
            clickCanvas();
        else if (roll < 88)
            dragElement();
        else if (roll < 91)
            connectElements();
        else if (roll < 94)
            dropPaletteEntry();
        else
            triggerAction();
    }

    QStringList ids() const { return m_w.document()->project().allIds(); }

    QPoint viewPointOf(const ElementId &id)
    {
        const QRectF rect = m_w.scene()->sceneRectOf(id);
        if (rect.isEmpty())
            return {};
        m_w.view()->ensureVisible(rect, 20, 20); // the user scrolls to it first
        // Near the top left corner: a zone's centre is often one of its children.
        return m_w.view()->mapFromScene(
            rect.topLeft() + QPointF(std::min(12.0, rect.width() / 2), std::min(12.0, rect.height() / 2)));
    }

    QStringList uncoveredKeys(const ElementId &id) const
    {
        QStringList out;
        const Project &p = m_w.document()->project();
        const auto kind = p.kindOf(id);
        if (!kind)
            return out;
        for (const PropertyInfo &info : ElementProperties::properties(p, m_w.document()->catalogs(), id))
            if (!m_covered.contains(fieldOf(*kind, info.key)))
                out.append(info.key);
        return out;
    }

    void selectElement()
    {
        QStringList all = ids();
        if (all.isEmpty())
            return;
        // Half the time an element with a field no input has reached yet,
        // so that a fixed seed covers every field of every kind.
        if (pick(2) == 0) {
            // A field first, then an element that has it: a kind with one
            // element (the only firewall) gets as many turns as a kind with ten.
            QMap<QString, QStringList> holders;
            const Project &p = m_w.document()->project();
            for (const ElementId &id : std::as_const(all))
                for (const QString &key : uncoveredKeys(id))
                    holders[fieldOf(*p.kindOf(id), key)].append(id);
            if (!holders.isEmpty())
                all = *std::next(holders.cbegin(), pick(int(holders.size())));
        }
        const ElementId id = pickFrom(all);
        // On the canvas, or (links have no card) in the outline.
        if (pick(2) == 0 && clickInOutline(id))
            return;
        const QPoint at = viewPointOf(id);
        say(u"click element %1 at %2,%3"_s.arg(id).arg(at.x()).arg(at.y()));
        QTest::mouseClick(m_w.view()->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        if (m_w.inspector()->element() != id)
            clickInOutline(id);
    }

    bool clickInOutline(const ElementId &id)
    {
        OutlinePanel *outline = m_w.outline();
        for (QTreeWidgetItemIterator it(outline); *it; ++it) {
            if ((*it)->data(0, Qt::UserRole).toString() != id)
                continue;
            for (QTreeWidgetItem *up = (*it)->parent(); up; up = up->parent())
                up->setExpanded(true); // the user opens the heading first
            outline->doItemsLayout();
            outline->scrollToItem(*it);
            const QRect rect = outline->visualItemRect(*it);
            if (rect.isEmpty())
                return false;
            say(u"click %1 in the outline"_s.arg(id));
            // On the row's text near its start: a wide row runs past the viewport.
            const QPoint at(std::min(rect.left() + 12, outline->viewport()->width() - 4), rect.center().y());
            QTest::mouseClick(outline->viewport(), Qt::LeftButton, Qt::NoModifier, at);
            if (m_w.inspector()->element() != id)
                say(u"  the inspector shows '%1' instead"_s.arg(m_w.inspector()->element()));
            return true;
        }
        return false;
    }

    // A field of the shown element, by its property key (every field of
    // every kind gets its turn), or any other input widget of the inspector.
    void focusField()
    {
        const ElementId id = m_w.inspector()->element();
        const Project &p = m_w.document()->project();
        QStringList keys;
        for (const PropertyInfo &info : ElementProperties::properties(p, m_w.document()->catalogs(), id))
            keys.append(info.key);
        QWidget *editor = nullptr;
        QString what;
        if (!keys.isEmpty() && pick(4) != 0) {
            if (const QStringList fresh = uncoveredKeys(id); !fresh.isEmpty() && pick(4) != 0)
                keys = fresh;
            const QString key = pickFrom(keys);
            editor = m_w.inspector()->editorFor(key);
            m_covered.insert(fieldOf(*p.kindOf(id), key));
            what = key;
        } else {
            QList<QWidget *> inputs;
            for (QWidget *w : m_w.inspector()->widget()->findChildren<QWidget *>())
                if (w->isVisible() && w->isEnabled() && w->focusPolicy() != Qt::NoFocus &&
                    (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                     qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractItemView *>(w)))
                    inputs.append(w);
            if (!inputs.isEmpty()) {
                editor = pickFrom(inputs);
                what = QString::fromLatin1(editor->metaObject()->className()) + u' ' + editor->objectName();
            }
        }
        if (!editor || !editor->isVisible())
            return;
        m_w.inspector()->ensureWidgetVisible(editor);
        if (qobject_cast<QComboBox *>(editor) || qobject_cast<QAbstractItemView *>(editor)) {
            // Keyboard focus: a click would open the popup list, tested apart.
            say(u"focus %1"_s.arg(what));
            editor->setFocus(Qt::TabFocusReason);
        } else {
            say(u"click %1"_s.arg(what));
            QTest::mouseClick(editor, Qt::LeftButton, Qt::NoModifier, editor->rect().center());
        }
    }

    QWidget *target() const
    {
        QWidget *focus = QApplication::focusWidget();
        return focus ? focus : m_w.view()->viewport();
    }

    void typeText()
    {
        QString text = pickFrom(texts());
        if (pick(3) == 0 && !ids().isEmpty())
            text = pickFrom(ids()); // an id already taken, or a reference
        if (pick(4) == 0)
            text = text.left(pick(int(text.size()) + 1)); // half typed
        QWidget *to = target();
        if (qobject_cast<QComboBox *>(to) && text.contains(u' '))
            text.remove(u' '); // Space opens a combo's list
        say(u"type '%1' into %2"_s.arg(text, QString::fromLatin1(to->metaObject()->className())));
        for (const QChar c : std::as_const(text)) {
            if (c.unicode() < 0x7f) {
                QTest::keyClick(to, c.toLatin1());
            } else {
                // QTest types Latin-1 only; an input method delivers the rest as text.
                QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
                QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
                QApplication::sendEvent(to, &press);
                QApplication::sendEvent(to, &release);
            }
            if (QApplication::focusWidget() != to && QApplication::focusWidget())
                to = QApplication::focusWidget(); // a keystroke moved the focus
        }
    }

    void pressKey()
    {
        Keystroke k = pickFrom(keystrokes());
        QWidget *to = target();
        if (qobject_cast<QComboBox *>(to) && k.key == Qt::Key_Space)
            k = {Qt::Key_Down, Qt::NoModifier, "Down"};
        say(u"key %1 on %2"_s.arg(QString::fromLatin1(k.name),
                                  QString::fromLatin1(to->metaObject()->className())));
        QTest::keyClick(to, Qt::Key(k.key), k.modifiers);
    }

    void clickCanvas()
    {
        QWidget *viewport = m_w.view()->viewport();
        const QPoint at(pick(viewport->width()), pick(viewport->height()));
        say(u"click canvas at %1,%2"_s.arg(at.x()).arg(at.y()));
        QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, at);
    }

    void dragElement()
    {
        const QStringList all = ids();
        if (all.isEmpty())
            return;
        const ElementId id = pickFrom(all);
        QWidget *viewport = m_w.view()->viewport();
        const QPoint from = viewPointOf(id);
        const QPoint delta(pick(241) - 120, pick(241) - 120);
        say(u"drag %1 by %2,%3"_s.arg(id).arg(delta.x()).arg(delta.y()));
        QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
        for (int i = 1; i <= 4; ++i)
            QTest::mouseMove(viewport, from + delta * i / 4);
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, from + delta);
    }

    void connectElements()
    {
        const QStringList all = ids();
        if (all.size() < 2)
            return;
        const ElementId a = pickFrom(all), b = pickFrom(all);
        QWidget *viewport = m_w.view()->viewport();
        const bool alt = pick(2) == 0;
        const QPoint from = viewPointOf(a);
        const QPoint to = m_w.view()->mapFromScene(m_w.scene()->sceneRectOf(b).center());
        say(u"connect %1 -> %2 (%3)"_s.arg(a, b, alt ? u"Alt+drag"_s : u"connect mode"_s));
        if (!alt)
            m_w.scene()->setConnectMode(true);
        QTest::mousePress(viewport, Qt::LeftButton, alt ? Qt::AltModifier : Qt::NoModifier, from);
        QTest::mouseMove(viewport, (from + to) / 2);
        QTest::mouseMove(viewport, to);
        QTest::mouseRelease(viewport, Qt::LeftButton, alt ? Qt::AltModifier : Qt::NoModifier, to);
        if (!alt)
            m_w.scene()->setConnectMode(false);
    }

    void dropPaletteEntry()
    {
        auto entry = PaletteEntry::fromKey(pickFrom(paletteKeys()));
        if (!entry)
            return;
        QWidget *viewport = m_w.view()->viewport();
        QPoint at(pick(viewport->width()), pick(viewport->height()));
        if (const QStringList all = ids(); !all.isEmpty() && pick(2) == 0)
            at = viewPointOf(pickFrom(all)); // onto an element or into a zone
        say(u"drop %1 at %2,%3"_s.arg(entry->key()).arg(at.x()).arg(at.y()));
        std::unique_ptr<QMimeData> mime(entry->toMime());
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        if (!move.isAccepted())
            return;
        QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
    }

    // Menu commands whose shortcuts are not plain keystrokes above.
    void triggerAction()
    {
        static const QStringList names = {u"autoLayout"_s, u"arrange0"_s, u"arrange3"_s, u"arrange6"_s};
        QList<QAction *> actions;
        for (const QString &name : names)
            if (auto a = m_w.findChild<QAction *>(name))
                actions.append(a);
        for (QAction *a : m_w.findChildren<QAction *>()) {
            const QString text = a->text().remove(u'&');
            if (text == u"Select All"_s || text == u"Duplicate"_s || text == u"Delete"_s ||
                text == u"Undo"_s || text == u"Redo"_s || text == u"Paste"_s || text == u"Cut"_s)
                actions.append(a);
        }
        if (actions.isEmpty())
            return;
        QAction *a = pickFrom(actions);
        say(u"menu %1"_s.arg(a->objectName().isEmpty() ? a->text().remove(u'&') : a->objectName()));
        if (a->isEnabled())
            a->trigger();
    }

    // Error boxes are shown window-modal and would swallow further input;
    // a user reads them and clicks OK. Popups are closed likewise.
    void closeStrayWindows()
    {
        if (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
        for (QMessageBox *box : m_w.findChildren<QMessageBox *>()) {
            if (box->isVisible()) {
                say(u"  dismiss '%1'"_s.arg(box->text().left(80)));
                ++m_dialogs;
                box->done(QMessageBox::Ok);
            }
        }
    }

    enum class Last
    {
        Other,
        Selected,
        Focused
    };
    MainWindow &m_w;
    QRandomGenerator m_rng;
    Last m_last = Last::Other;
    bool m_verbose;
    QStringList m_log;
    QSet<QString> m_covered;
    int m_dialogs = 0;
};

} // namespace

class TestInputFuzz : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void randomInputThenUndoAll_data();
    void randomInputThenUndoAll();
};

void TestInputFuzz::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"PortolanTest"_s);
    QApplication::setApplicationName(u"tst_inputfuzz"_s);
    QSettings().clear();
}

void TestInputFuzz::randomInputThenUndoAll_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    const QStringList files = examples();
    for (int i = 0; i < files.size(); ++i)
        QTest::newRow(qPrintable(QFileInfo(files[i]).completeBaseName())) << files[i] << i;
}

// One example: its sequences (with PORTOLAN_FUZZ_SECONDS, its share of the
// time, a new seed per round), then every field of it must have had input.
void TestInputFuzz::randomInputThenUndoAll()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    const quint32 firstSeed = qEnvironmentVariableIsSet("PORTOLAN_FUZZ_SEED")
                                  ? quint32(qEnvironmentVariableIntValue("PORTOLAN_FUZZ_SEED"))
                                  : 16;
    const int sequences = qEnvironmentVariableIsSet("PORTOLAN_FUZZ_SEQUENCES")
                              ? qEnvironmentVariableIntValue("PORTOLAN_FUZZ_SEQUENCES")
                              : 16;
    const int examplesCount = int(examples().size());
    const qint64 budgetMs =
        qint64(qEnvironmentVariableIntValue("PORTOLAN_FUZZ_SECONDS")) * 1000 / examplesCount;
    const bool verbose = qEnvironmentVariableIntValue("PORTOLAN_FUZZ_VERBOSE") == 1;

    QElapsedTimer clock;
    clock.start();
    QSet<QString> fields, covered; // this example's
    int ran = 0, steps = 0, dialogs = 0;
    for (int round = 0;; ++round) {
        const quint32 seed = firstSeed + quint32(round * examplesCount + index);
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(w.openFile(file), qPrintable(w.lastError()));
        const QByteArray original = bytes(w);
        for (const ElementId &id : w.document()->project().allIds())
            for (const PropertyInfo &info :
                 ElementProperties::properties(w.document()->project(), w.document()->catalogs(), id))
                fields.insert(Fuzzer::fieldOf(*w.document()->project().kindOf(id), info.key));
        Fuzzer fuzz(w, seed, verbose);
        qInfo().noquote() << "seed" << seed;
        // More sequences, up to four times as many, while a field has had
        // no input yet.
        auto missing = [&] { return !QSet<QString>(fields).subtract(fuzz.covered()).isEmpty(); };
        for (int s = 0; s < sequences || (missing() && s < 4 * sequences); ++s) {
            const int length = 5 + int(QRandomGenerator(seed * 7919u + quint32(s)).bounded(20u));
            if (verbose)
                qInfo().noquote() << " sequence" << s << "of" << length << "steps";
            const QStringList log = fuzz.run(length);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(u"seed %1 sequence %2:\n  "_s.arg(seed).arg(s) + log.join(u"\n  "_s)));
            fuzz.leaveField();
            QUndoStack *stack = w.document()->undoStack();
            // Bounded: an undo that pushes a new edit would never end.
            const int depth = stack->index();
            for (int undone = 0; stack->canUndo(); ++undone) {
                QVERIFY2(undone <= depth,
                         qPrintable(
                             u"seed %1 sequence %2: undoing pushed new edits after:\n  "_s.arg(seed).arg(s) +
                             log.join(u"\n  "_s)));
                stack->undo();
                fuzz.settle();
            }
            QVERIFY2(bytes(w) == original,
                     qPrintable(u"seed %1 sequence %2: undoing everything did not give the opened "
                                "project back after:\n  "_s.arg(seed)
                                    .arg(s) +
                                log.join(u"\n  "_s)));
            QVERIFY(!w.document()->isModified());
            ++ran;
            steps += int(log.size());
        }
        covered.unite(fuzz.covered());
        dialogs += fuzz.dialogsClosed();
        if (clock.elapsed() >= budgetMs)
            break;
    }
    qInfo().noquote() << ran << "sequences," << steps << "steps," << dialogs << "error boxes dismissed in"
                      << clock.elapsed() / 1000 << "s";
    QStringList missed = QSet<QString>(fields).subtract(covered).values();
    missed.sort();
    QVERIFY2(missed.isEmpty(), qPrintable(u"fields never exercised: "_s + missed.join(u", "_s)));
}

QTEST_MAIN(TestInputFuzz)
#include "tst_inputfuzz.moc"
