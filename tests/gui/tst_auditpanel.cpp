// The Audit dock on loopback only: the plan's addresses are mapped onto
// 127.0.x.y, listeners there stand in for the deployment (docs/audit.md).
#include "audit/auditoverlay.h"
#include "audit/auditpanel.h"
#include "canvas/canvasview.h"
#include "canvas/deploymentscene.h"
#include "document/changepropertyedit.h"
#include "document/document.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {
const QString kExample =
    QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/kong-0x-two-datacenters-nat.yaml");
const QString kMap =
    u"192.168.1.0/24=127.0.1.0/24 192.168.23.0/24=127.0.23.0/24 192.168.10.0/24=127.0.10.0/24 "
    u"203.0.113.0/24=127.0.113.0/24"_s;
} // namespace

class tst_AuditPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    AuditPanel *m_panel = nullptr;
    AuditOverlay *m_overlay = nullptr;

    // Documentation picture (docs/screenshots/audit-dock.png) when asked:
    // PORTOLAN_SCREENSHOT_DIR=docs/screenshots tst_auditpanel
    void saveScreenshot()
    {
        const QString dir = qEnvironmentVariable("PORTOLAN_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        m_window->resize(1600, 1000);
        m_panel->parentWidget()->show();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto *dock = qobject_cast<QDockWidget *>(m_panel->parentWidget());
        QVERIFY(dock);
        dock->show();
        dock->raise();
        m_window->resizeDocks({dock}, {380}, Qt::Vertical);
        QCoreApplication::processEvents();
        m_window->view()->fitAll();
        QVERIFY(m_window->grab().save(dir + u"/audit-dock.png"_s));
    }

private Q_SLOTS:
    void init()
    {
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openFile(kExample));
        m_panel = m_window->findChild<AuditPanel *>();
        m_overlay = m_window->findChild<AuditOverlay *>();
        QVERIFY(m_panel);
        QVERIFY(m_overlay);
        new QAbstractItemModelTester(m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_panel->model());
        const int internet = m_panel->zoneBox()->findData(u"internet"_s);
        QVERIFY(internet >= 0);
        m_panel->zoneBox()->setCurrentIndex(internet);
        m_panel->addressMapEdit()->setText(kMap);
        m_panel->timeoutBox()->setValue(800);
    }
    void cleanup() { m_window.reset(); }

    void reportsDriftInTableAndOnCanvas()
    {
        // kong-a: the Admin API answers though the plan keeps it from the internet.
        QTcpServer admin;
        QVERIFY(admin.listen(QHostAddress(u"127.0.1.10"_s), 8001));
        QString asked;
        m_panel->setConfirmer([&](const QString &q) {
            asked = q;
            return true;
        });
        QSignalSpy finished(m_panel->auditor(), &Auditor::finished);
        m_panel->startButton()->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), false);
        const int total = int(m_panel->auditor()->findings().size());
        QVERIFY(asked.contains(QString::number(total)));
        QCOMPARE(m_panel->progressBar()->value(), m_panel->progressBar()->maximum());
        QCOMPARE(m_panel->model()->rowCount(), total);

        bool adminRow = false;
        for (const AuditFinding &f : m_panel->model()->findings()) {
            QVERIFY(f.probedAddress.toString().startsWith(u"127."_s)); // never off the machine
            if (f.target.element == u"kong-a"_s && f.target.port == 8001)
                adminRow = f.drift == DriftKind::UnexpectedlyOpen;
        }
        QVERIFY(adminRow);
        QCOMPARE(m_overlay->colourOf(u"kong-a"_s), AuditOverlay::colourFor(AuditOutcome::Error));
        // kong-b's proxy is planned open from the internet, and nothing listens.
        QCOMPARE(m_overlay->colourOf(u"kong-b"_s), AuditOverlay::colourFor(AuditOutcome::Warning));
        QVERIFY(m_panel->summaryLabel()->text().contains(u"Drift"_s));
        saveScreenshot();

        // Activating a row selects its element on the canvas.
        QSignalSpy activated(m_panel, &AuditPanel::elementActivated);
        auto *table = m_panel->findChild<QAbstractItemView *>(u"AuditTable"_s);
        QVERIFY(table);
        int row = 0;
        while (table->model()->index(row, 0).data().toString() != u"kong-a"_s)
            ++row;
        Q_EMIT table->activated(table->model()->index(row, 0));
        QCOMPARE(m_window->scene()->selectedIds(), QStringList{u"kong-a"_s});

        // Any change of the plan makes the results stale: the halos go.
        m_window->document()->undoStack()->push(
            new ChangePropertyEdit(m_window->document(), u"kong-a"_s, u"addresses"_s, u"192.168.1.11"_s));
        QVERIFY(!m_overlay->colourOf(u"kong-a"_s).isValid());
        QVERIFY(m_overlay->outcomes().isEmpty());
    }

    void cancelStopsTheRun()
    {
        m_panel->setConfirmer([](const QString &) { return true; });
        QSignalSpy finished(m_panel->auditor(), &Auditor::finished);
        QSignalSpy probed(m_panel->auditor(), &Auditor::probed);
        // One probe per second: plenty of time to cancel after the first.
        m_panel->rateBox()->setValue(1);
        m_panel->concurrencyBox()->setValue(1);
        QVERIFY(m_panel->startAudit());
        QVERIFY(!m_panel->startButton()->isEnabled());
        QVERIFY(m_panel->cancelButton()->isEnabled());
        QVERIFY(probed.wait(10000));
        m_panel->cancelButton()->click();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        const int rows = m_panel->model()->rowCount();
        QVERIFY(rows < m_panel->auditor()->findings().size());
        QCoreApplication::processEvents();
        QCOMPARE(m_panel->model()->rowCount(), rows);
        QVERIFY(m_panel->startButton()->isEnabled());
        QVERIFY(m_panel->summaryLabel()->text().contains(u"Stopped"_s));
    }

    void decliningProbesNothing()
    {
        QTcpServer admin;
        QVERIFY(admin.listen(QHostAddress(u"127.0.1.10"_s), 8001));
        int asked = 0;
        m_panel->setConfirmer([&](const QString &) {
            ++asked;
            return false;
        });
        QSignalSpy progress(m_panel->auditor(), &Auditor::progress);
        QVERIFY(!m_panel->startAudit());
        QCOMPARE(asked, 1);
        QCOMPARE(progress.size(), 0);
        QCOMPARE(m_panel->model()->rowCount(), 0);
        QVERIFY(!admin.waitForNewConnection(300));
        QVERIFY(m_panel->summaryLabel()->text().contains(u"nothing was probed"_s));
    }

    void aBadAddressMapIsRefusedBeforeAsking()
    {
        m_panel->addressMapEdit()->setText(u"192.168.1.0/24=nonsense"_s);
        int asked = 0;
        m_panel->setConfirmer([&](const QString &) {
            ++asked;
            return true;
        });
        QVERIFY(!m_panel->startAudit());
        QCOMPARE(asked, 0);
        QVERIFY(m_panel->summaryLabel()->text().startsWith(u"Cannot start"_s));
    }
};

QTEST_MAIN(tst_AuditPanel)
#include "tst_auditpanel.moc"
