#include "mainwindow.h"

#include "analysis/flowselection.h"
#include "analysis/planservice.h"
#include "autosaver.h"
#include "canvas/canvasview.h"
#include "canvas/deploymentscene.h"
#include "document/addelementsedit.h"
#include "document/document.h"
#include "document/removeelementsedit.h"
#include "flows/flowlayer.h"
#include "io/savefile.h"
#include "panels/inspectorpanel.h"
#include "panels/outlinepanel.h"
#include "panels/palettepanel.h"
#include "recentfiles.h"
#include "render/drawingrenderer.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoView>

using namespace Qt::StringLiterals;

namespace portolan {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_document(new Document(this)), m_scene(new DeploymentScene(m_document, this)),
      m_view(new CanvasView(m_scene, this)), m_recent(new RecentFiles(this)),
      m_autosaver(new Autosaver(m_document, this)), m_planService(new PlanService(m_document, this)),
      m_flowSelection(new FlowSelection(this))
{
    setObjectName(u"MainWindow"_s);
    setCentralWidget(m_view);
    setAcceptDrops(true);
    createDocks();
    createAnalysisDocks();
    createOverviewDock();
    createCompareMode();
    createReconcileMode();
    createActions();
    createArrangeMenu();
    connect(m_scene, &DeploymentScene::contextMenuRequested, this, &MainWindow::showCanvasMenu);
    connect(m_flowLayer, &FlowLayer::contextMenuRequested, this, &MainWindow::showCanvasMenu);
    m_zoomLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    m_planLabel = new QLabel(this);
    m_planLabel->setObjectName(u"PlanStatus"_s);
    statusBar()->addPermanentWidget(m_planLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
    connect(m_view, &CanvasView::zoomChanged, this,
            [this](qreal zoom) { m_zoomLabel->setText(tr("Zoom %1%").arg(qRound(zoom * 100))); });
    connect(m_scene, &DeploymentScene::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 6000); });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::syncSelectionFromScene);
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    auto countChanged = [this] {
        m_countLabel->setText(tr("%n element(s)", nullptr, int(m_document->project().allIds().size())));
    };
    connect(m_document, &Document::projectReset, this, countChanged);
    connect(m_document, &Document::elementsAdded, this, countChanged);
    connect(m_document, &Document::elementsRemoved, this, countChanged);
    connect(m_document, &Document::projectReset, m_view, &CanvasView::fitAll);
    connect(m_autosaver, &Autosaver::saved, this,
            [this] { statusBar()->showMessage(tr("Autosaved"), 3000); });
    connect(m_autosaver, &Autosaver::failed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error.simplified()));
    });
    countChanged();
    connect(m_planService, &PlanService::busyChanged, this, [this](bool busy) {
        if (busy)
            m_planLabel->setText(tr("Deriving…"));
    });
    connect(m_planService, &PlanService::snapshotReady, this, [this](const PlanSnapshotPtr &plan) {
        if (m_planService->isBusy())
            return; // a newer state is on its way; keep saying so
        m_planLabel->setText(tr("%n flow(s)", nullptr, int(plan->derivation.flows.size())) + u" · "_s +
                             tr("%n error(s)", nullptr, countSeverity(plan->findings, Severity::Error)) +
                             u" · "_s +
                             tr("%n warning(s)", nullptr, countSeverity(plan->findings, Severity::Warning)));
    });
    m_view->setZoom(1.0);
    updateTitle();
    resize(1400, 900);
}

MainWindow::~MainWindow()
{
    // The scene reads the document while it tears down its items (selection
    // changes): take it down first, without telling this half-destroyed
    // window or any of its docks (their lambdas read the scene).
    m_scene->disconnect();
    delete m_flowLayer; // its items live in the scene and paint through it
    delete m_view;
    delete m_scene;
}

void MainWindow::createDocks()
{
    auto dock = [this](const QString &title, const QString &name, QWidget *widget, Qt::DockWidgetArea area) {
        auto d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    m_palette = new PalettePanel(m_document, this);
    m_outline = new OutlinePanel(m_document, this);
    m_inspector = new InspectorPanel(m_document, this);
    m_inspector->setPlanService(m_planService); // findings about the selected element
    auto undoView = new QUndoView(m_document->undoStack(), this);
    undoView->setEmptyLabel(tr("<opened>"));
    QDockWidget *palette = dock(tr("Palette"), u"PaletteDock"_s, m_palette, Qt::LeftDockWidgetArea);
    QDockWidget *outline = dock(tr("Outline"), u"OutlineDock"_s, m_outline, Qt::LeftDockWidgetArea);
    QDockWidget *inspector = dock(tr("Inspector"), u"InspectorDock"_s, m_inspector, Qt::RightDockWidgetArea);
    QDockWidget *history = dock(tr("History"), u"HistoryDock"_s, undoView, Qt::RightDockWidgetArea);
    // Palette and outline share the left column as tabs, the palette in
    // front: stacked, the palette's entries did not fit above the fold.
    tabifyDockWidget(palette, outline);
    palette->raise();
    resizeDocks({palette, inspector}, {240, 340}, Qt::Horizontal);
    resizeDocks({inspector, history}, {600, 200}, Qt::Vertical);
    connect(m_outline, &OutlinePanel::idsSelected, this, [this](const QStringList &ids) {
        m_syncingSelection = true;
        m_scene->selectIds(ids);
        if (!ids.isEmpty() && m_scene->itemFor(ids.first()))
            m_view->ensureVisible(m_scene->sceneRectOf(ids.first()), 40, 40);
        m_inspector->setElement(ids.value(0));
        m_syncingSelection = false;
    });
    connect(m_inspector, &InspectorPanel::elementRenamed, this,
            [this](const QString &id) { m_scene->selectIds({id}); });
}

void MainWindow::syncSelectionFromScene()
{
    if (m_syncingSelection)
        return;
    const QStringList ids = m_scene->selectedIds();
    m_outline->selectIds(ids);
    m_inspector->setElement(ids.value(0));
}

void MainWindow::updateTitle()
{
    setWindowFilePath(m_document->filePath());
    setWindowTitle(tr("%1[*] — Portolan").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

bool MainWindow::openFile(const QString &path)
{
    Diagnostics errors;
    if (!m_document->load(path, &errors)) {
        m_lastError = formatDiagnostics(errors);
        showError(tr("Cannot open %1").arg(QFileInfo(path).fileName()),
                  tr("The project was not opened; the current one is unchanged.\n\n%1").arg(m_lastError));
        return false;
    }
    m_lastError.clear();
    m_recent->add(path);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::saveTo(const QString &path)
{
    if (!m_document->save(path, &m_lastError)) {
        showError(tr("Cannot save"), m_lastError);
        return false;
    }
    m_recent->add(path);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::exportDrawing(const QString &path)
{
    DrawingRenderer::Format format;
    if (!DrawingRenderer::formatFromFileName(path, &format)) {
        showError(tr("Cannot export"), tr("Choose a file name ending in .svg, .png or .pdf."));
        return false;
    }
    // With the flows of the plan as it stands, as the canvas shows them.
    m_planService->waitUntilCurrent();
    const PlanSnapshotPtr snapshot = m_planService->snapshot();
    QByteArray bytes;
    if (!DrawingRenderer::render(snapshot->project, snapshot->derivation.flows, format, &bytes,
                                 &m_lastError)) {
        showError(tr("Cannot export"), m_lastError);
        return false;
    }
    QString reason;
    if (!SaveFile::write(path, bytes, &reason)) {
        m_lastError = tr("Cannot write %1: %2. Choose another folder, or make room on the disk.")
                          .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), reason);
        showError(tr("Cannot export"), m_lastError);
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

void MainWindow::showError(const QString &title, const QString &text)
{
    // Not exec(): a modal loop would stall tests and autosave alike.
    auto box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"errorBox"_s);
    box->open();
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"), tr("%1 has unsaved changes. Save them?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newDocument()
{
    if (maybeSave())
        m_document->clear();
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                      tr("Portolan projects (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty() || m_document->filePath().startsWith(u':'))
        return saveAs();
    return saveTo(m_document->filePath());
}

bool MainWindow::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Project As"), m_document->filePath(),
                                                      tr("Portolan projects (*.yaml)"));
    return !path.isEmpty() && saveTo(path);
}

void MainWindow::exportDrawingAs()
{
    const QString base = QFileInfo(m_document->displayName()).completeBaseName();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Drawing"), base + u".svg"_s,
                                     tr("SVG drawing (*.svg);;PNG image (*.png);;PDF document (*.pdf)"));
    if (!path.isEmpty())
        exportDrawing(path);
}

void MainWindow::offerRecovery(bool ask)
{
    if (!Autosaver::hasRecovery())
        return;
    const QString original = Autosaver::recoveredOriginalPath();
    if (ask) {
        // Say how the copy stands against the saved file, so that an older
        // copy (the file was saved again elsewhere since) is not taken blindly.
        const QDateTime copied = QFileInfo(Autosaver::recoveryFile()).lastModified();
        const QFileInfo saved(original);
        QString when = tr("It was written %1.").arg(QLocale().toString(copied, QLocale::ShortFormat));
        if (saved.exists() && saved.lastModified() > copied)
            when += u' ' + tr("The project file was saved after it (%1): restoring replaces that version.")
                               .arg(QLocale().toString(saved.lastModified(), QLocale::ShortFormat));
        const auto answer = QMessageBox::question(
            this, tr("Restore unsaved work?"),
            tr("Portolan did not close properly. Restore the unsaved changes of %1 from the last autosave?")
                    .arg(original.isEmpty() ? tr("an untitled project") : QFileInfo(original).fileName()) +
                u"\n\n"_s + when,
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes) {
            Autosaver::discardRecovery();
            return;
        }
    }
    Diagnostics errors;
    if (!m_document->restore(Autosaver::recoveryFile(), original, &errors)) {
        showError(tr("Cannot restore"), formatDiagnostics(errors));
        return;
    }
    // Restoring resets the document, which discards the recovery file; write
    // it again at once so that a second crash before the next autosave
    // still loses nothing.
    m_autosaver->saveNow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    Autosaver::discardRecovery();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().value(0).isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().value(0).toLocalFile();
    if (!path.isEmpty() && maybeSave())
        openFile(path);
    event->acceptProposedAction();
}

void MainWindow::copySelection()
{
    const QStringList ids = m_scene->selectedIds();
    if (ids.isEmpty())
        return;
    // The system clipboard, so a paste works in another window or process.
    QGuiApplication::clipboard()->setMimeData(ElementClipboard::toMime(m_document->project(), ids));
}

void MainWindow::cutSelection()
{
    copySelection();
    deleteSelection();
}

void MainWindow::paste()
{
    QString error;
    const auto copied =
        ElementClipboard::fromMime(QGuiApplication::clipboard()->mimeData(), m_document->catalogs(), &error);
    if (!copied) {
        m_lastError = error;
        // The status bar, not a box: a stray Ctrl+V should not need a click.
        statusBar()->showMessage(error.section(u'\n', 0, 0), 8000);
        return;
    }
    const auto elements = ElementClipboard::prepareForPaste(m_document->project(), *copied, {40, 40});
    if (elements.isEmpty()) {
        statusBar()->showMessage(tr("Nothing to paste: what was copied refers to zones this project lacks."),
                                 8000);
        return;
    }
    auto command = new AddElementsEdit(m_document, elements);
    command->setText(tr("Paste"));
    const QStringList ids = command->addedIds();
    m_document->undoStack()->push(command);
    m_scene->selectIds(ids);
}

void MainWindow::duplicateSelection()
{
    copySelection();
    paste();
}

void MainWindow::deleteSelection()
{
    // The scene tells a selected line from its owner: deleting a client's
    // line must not delete the client.
    m_scene->deleteSelection();
}

} // namespace portolan
