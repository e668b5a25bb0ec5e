#include "reviewpanel.h"

#include "findingsmodel.h"

#include <QHeaderView>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

ReviewPanel::ReviewPanel(QWidget *parent)
    : QWidget(parent), m_model(new FindingsModel(this)), m_filter(new FindingsFilterModel(this)),
      m_view(new QTreeView(this))
{
    m_filter->setSourceModel(m_model);
    m_view->setObjectName(u"findingsView"_s);
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->resizeSection(FindingsModel::SeverityColumn, 90);
    header->resizeSection(FindingsModel::CodeColumn, 210);
    header->resizeSection(FindingsModel::SubjectColumn, 110);
    header->resizeSection(FindingsModel::MessageColumn, 520);

    auto bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    const QStyle::StandardPixmap icons[] = {QStyle::SP_MessageBoxCritical, QStyle::SP_MessageBoxWarning,
                                            QStyle::SP_MessageBoxInformation};
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        auto button = new QToolButton(this);
        button->setObjectName(u"show-"_s + severityName(s));
        button->setCheckable(true);
        button->setChecked(true);
        button->setIcon(style()->standardIcon(icons[int(s)]));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setToolTip(tr("Show or hide findings of this severity"));
        connect(button, &QToolButton::toggled, this,
                [this, s](bool on) { m_filter->setSeverityShown(s, on); });
        m_buttons[int(s)] = button;
        bar->addWidget(button);
    }
    bar->addStretch();
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    // A click (or Enter) on a finding shows its element.
    auto request = [this](const QModelIndex &index) {
        const QString id = index.data(FindingsModel::SubjectRole).toString();
        if (!id.isEmpty())
            Q_EMIT elementRequested(id);
    };
    connect(m_view, &QTreeView::clicked, this, request);
    connect(m_view, &QTreeView::activated, this, request);
    setSnapshot(nullptr);
}

QSize ReviewPanel::sizeHint() const
{
    return {1100, 300}; // a dozen findings at a glance
}

void ReviewPanel::setSnapshot(const PlanSnapshotPtr &snapshot)
{
    m_model->setFindings(snapshot ? snapshot->findings : Findings{});
    const Findings &f = m_model->findings();
    m_buttons[int(Severity::Error)]->setText(tr("%n error(s)", nullptr, countSeverity(f, Severity::Error)));
    m_buttons[int(Severity::Warning)]->setText(
        tr("%n warning(s)", nullptr, countSeverity(f, Severity::Warning)));
    m_buttons[int(Severity::Info)]->setText(tr("%n note(s)", nullptr, countSeverity(f, Severity::Info)));
    Q_EMIT titleChanged(title());
}

void ReviewPanel::setSeverityShown(Severity severity, bool shown)
{
    m_buttons[int(severity)]->setChecked(shown);
}

QString ReviewPanel::title() const
{
    const Findings &f = m_model->findings();
    if (f.isEmpty())
        return tr("Review — no findings");
    return tr("Review — %1, %2, %3")
        .arg(tr("%n error(s)", nullptr, countSeverity(f, Severity::Error)),
             tr("%n warning(s)", nullptr, countSeverity(f, Severity::Warning)),
             tr("%n note(s)", nullptr, countSeverity(f, Severity::Info)));
}

} // namespace portolan
