#include "auditpanel.h"

#include "analysis/planservice.h"
#include "audit/auditprobelister.h"
#include "audit/auditreport.h"
#include "document/document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// Shows only rows whose drift counts (hides as-planned and undetermined).
class DriftOnlyFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setDriftOnly(bool on)
    {
        m_driftOnly = on;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (!m_driftOnly)
            return true;
        const auto outcome =
            AuditOutcome(sourceModel()->index(row, 0, parent).data(AuditResultModel::OutcomeRole).toInt());
        return outcome == AuditOutcome::Warning || outcome == AuditOutcome::Error;
    }

private:
    bool m_driftOnly = false;
};

} // namespace

AuditPanel::AuditPanel(Document *document, PlanService *plan, QWidget *parent)
    : QWidget(parent), m_document(document), m_plan(plan), m_auditor(new Auditor(this)),
      m_model(new AuditResultModel(this)), m_proxy(new DriftOnlyFilter(this))
{
    setObjectName(u"AuditPanel"_s);
    m_zone = new QComboBox(this);
    m_zone->setObjectName(u"AuditZone"_s);
    m_zone->setToolTip(
        tr("The zone of the plan this machine stands in: what it must and must not reach follows from it."));
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(100, 30000);
    m_timeout->setSingleStep(100);
    m_timeout->setValue(1500);
    m_timeout->setSuffix(tr(" ms"));
    m_concurrency = new QSpinBox(this);
    m_concurrency->setRange(1, 64);
    m_concurrency->setValue(8);
    m_concurrency->setToolTip(tr("Probes in flight at once."));
    m_rate = new QSpinBox(this);
    m_rate->setRange(1, 1000);
    m_rate->setValue(50);
    m_rate->setSuffix(tr(" per second"));
    m_rate->setToolTip(
        tr("At most this many probes start each second, so the audit never floods the network."));
    m_addressMap = new QLineEdit(this);
    m_addressMap->setObjectName(u"AuditAddressMap"_s);
    m_addressMap->setPlaceholderText(tr("optional, e.g. 192.168.1.0/24=127.0.1.0/24"));
    m_addressMap->setToolTip(
        tr("Probe other addresses than the plan's: entries PLANNED=PROBED separated by spaces or commas "
           "(a test deployment on loopback, a jump address). See docs/audit.md."));

    // Two compact rows, so the results table keeps the dock's height.
    auto *form = new QGridLayout;
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addWidget(label(tr("Probe &from:"), m_zone), 0, 0);
    form->addWidget(m_zone, 0, 1);
    form->addWidget(label(tr("&Timeout:"), m_timeout), 0, 2);
    form->addWidget(m_timeout, 0, 3);
    form->addWidget(label(tr("At &once:"), m_concurrency), 0, 4);
    form->addWidget(m_concurrency, 0, 5);
    form->addWidget(label(tr("&Rate:"), m_rate), 0, 6);
    form->addWidget(m_rate, 0, 7);
    form->addWidget(label(tr("Address &map:"), m_addressMap), 1, 0);
    form->addWidget(m_addressMap, 1, 1, 1, 7);
    form->setColumnStretch(1, 2);

    m_start = new QPushButton(tr("Start Audit…"), this);
    m_start->setObjectName(u"AuditStart"_s);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"AuditCancel"_s);
    m_cancel->setEnabled(false);
    m_clear = new QPushButton(tr("Clear"), this);
    m_driftOnly = new QCheckBox(tr("Drift only"), this);
    auto *buttons = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_clear);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_driftOnly);
    m_summary = new QLabel(tr("Not run yet. Probing contacts only the plan's addresses."), this);
    m_summary->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::EditRole);
    m_table = new QTableView(this);
    m_table->setObjectName(u"AuditTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    // Worst first: what is open against the plan heads the list.
    m_table->sortByColumn(AuditResultModel::Drift, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    m_confirmer = [this](const QString &question) {
        return QMessageBox::question(this, tr("Probe the deployment?"), question,
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    };

    connect(m_start, &QPushButton::clicked, this, [this] { startAudit(); });
    connect(m_cancel, &QPushButton::clicked, m_auditor, &Auditor::cancel);
    connect(m_clear, &QPushButton::clicked, this, &AuditPanel::clearResults);
    connect(m_driftOnly, &QCheckBox::toggled, this,
            [this](bool on) { static_cast<DriftOnlyFilter *>(m_proxy)->setDriftOnly(on); });
    connect(m_auditor, &Auditor::probed, this, &AuditPanel::onProbed);
    connect(m_auditor, &Auditor::progress, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
    });
    connect(m_auditor, &Auditor::finished, this, &AuditPanel::onFinished);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT elementActivated(index.data(AuditResultModel::ElementIdRole).toString());
    });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT elementActivated(index.data(AuditResultModel::ElementIdRole).toString());
    });
    connect(document, &Document::projectReset, this, [this] {
        m_auditor->cancel();
        clearResults();
        refillZones();
    });
    connect(document, &Document::elementsAdded, this, &AuditPanel::refillZones);
    connect(document, &Document::elementsRemoved, this, &AuditPanel::refillZones);
    connect(document, &Document::elementsChanged, this, &AuditPanel::refillZones);
    refillZones();
}

void AuditPanel::refillZones()
{
    const QString current = m_zone->currentData().toString();
    m_zone->clear();
    for (const Zone &z : m_document->project().zones)
        m_zone->addItem(z.name.isEmpty() ? z.id : tr("%1 (%2)").arg(z.name, z.id), z.id);
    const int at = m_zone->findData(current);
    if (at >= 0)
        m_zone->setCurrentIndex(at);
    else if (const int internet = m_zone->findData(u"internet"_s); internet >= 0)
        m_zone->setCurrentIndex(internet); // the usual first question: what does the world see
    m_start->setEnabled(m_zone->count() > 0 && !m_auditor->isRunning());
}

bool AuditPanel::options(Auditor::Options *options, QString *error) const
{
    options->timeoutMs = m_timeout->value();
    options->concurrency = m_concurrency->value();
    options->maxProbesPerSecond = m_rate->value();
    const QStringList entries =
        m_addressMap->text().split(QRegularExpression(u"[\\s,;]+"_s), Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        if (const auto problem = options->addressMap.add(entry)) {
            *error = *problem;
            return false;
        }
    }
    return true;
}

bool AuditPanel::startAudit()
{
    if (m_auditor->isRunning())
        return false;
    const QString zone = m_zone->currentData().toString();
    Auditor::Options opts;
    QString error;
    if (zone.isEmpty()) {
        m_summary->setText(tr("Choose the zone this machine probes from."));
        return false;
    }
    if (!options(&opts, &error)) {
        m_summary->setText(tr("Cannot start: %1").arg(error));
        return false;
    }
    // The plan must match the document the user sees, or the audit would
    // probe yesterday's addresses.
    m_plan->waitUntilCurrent();
    const PlanSnapshotPtr snapshot = m_plan->snapshot();
    const AuditProbeLister::List probeList =
        AuditProbeLister::list(snapshot->project, snapshot->catalogs, snapshot->derivation, zone);
    if (probeList.targets.isEmpty()) {
        m_summary->setText(
            tr("Nothing to probe from '%1': the plan lists no address:port for it.").arg(zone));
        return false;
    }
    QSet<QHostAddress> addresses;
    for (const AuditTarget &t : probeList.targets)
        addresses.insert(opts.addressMap.map(t.address));
    const int seconds = qMax(1, int(probeList.targets.size() / qMax(1, opts.maxProbesPerSecond)));
    QString question =
        tr("Portolan will now probe %n address:port pair(s) of the plan from '%1' over the network.", nullptr,
           int(probeList.targets.size()))
            .arg(zone) +
        u"\n\n"_s + tr("Addresses contacted: %n, all taken from the plan", nullptr, int(addresses.size())) +
        (opts.addressMap.isEmpty() ? QString() : tr(" (after the address map)")) + u".\n"_s +
        tr("At most %1 probes at once and %2 per second; about %3 s or more.")
            .arg(opts.concurrency)
            .arg(opts.maxProbesPerSecond)
            .arg(seconds) +
        u"\n\n"_s +
        tr("Probe only networks you are allowed to test: to intrusion detection this looks like a port "
           "scan.");
    if (probeList.skippedWithoutAddress > 0)
        question += u"\n"_s + tr("%n node group(s) planned by network only are not probed.", nullptr,
                                 probeList.skippedWithoutAddress);
    if (!m_confirmer(question)) {
        m_summary->setText(tr("Audit not started: nothing was probed."));
        return false;
    }
    clearResults();
    m_runZone = zone;
    setRunning(true);
    m_summary->setText(tr("Probing from '%1'…").arg(zone));
    m_auditor->start(probeList.targets, opts);
    return true;
}

void AuditPanel::onProbed(int index)
{
    const AuditFinding &finding = m_auditor->findings().at(index);
    m_model->append(finding);
    Q_EMIT outcomesChanged(outcomesByElement(m_model->findings()));
}

void AuditPanel::onFinished(bool cancelled)
{
    setRunning(false);
    m_table->resizeColumnsToContents();
    const AuditReport::Counts counts = AuditReport::count(m_model->findings());
    QString text = cancelled ? tr("Stopped after %n probe(s).", nullptr, counts.probed)
                             : tr("%n probe(s) from '%1'.", nullptr, counts.probed).arg(m_runZone);
    text += u' ';
    if (counts.hasDrift())
        text += tr("Drift: %1 open against the plan, %2 planned but closed or filtered, %3 with other TLS.")
                    .arg(counts.unexpectedlyOpen)
                    .arg(counts.expectedButClosed)
                    .arg(counts.unexpectedTls);
    else
        text += tr("No drift found.");
    if (counts.undetermined > 0)
        text += u' ' + tr("%n could not be told (UDP without answer or probe errors).", nullptr,
                          counts.undetermined);
    m_summary->setText(text);
}

void AuditPanel::clearResults()
{
    m_model->clear();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    Q_EMIT outcomesChanged({});
}

void AuditPanel::setRunning(bool running)
{
    m_start->setEnabled(!running && m_zone->count() > 0);
    m_cancel->setEnabled(running);
    m_zone->setEnabled(!running);
    m_addressMap->setEnabled(!running);
}

} // namespace portolan
