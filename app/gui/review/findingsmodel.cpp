#include "findingsmodel.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QIcon severityIcon(Severity severity)
{
    const QStyle::StandardPixmap pixmap = severity == Severity::Error     ? QStyle::SP_MessageBoxCritical
                                          : severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                          : QStyle::SP_MessageBoxInformation;
    return QApplication::style()->standardIcon(pixmap);
}

} // namespace

QString FindingsModel::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        break;
    }
    return tr("Info");
}

void FindingsModel::setFindings(const Findings &findings)
{
    // Merge walk over two lists sorted by the same total order: an old row
    // missing from the new list is removed, a new one is inserted, equal
    // rows stay put (and keep their selection).
    int row = 0;
    qsizetype j = 0;
    while (row < m_findings.size() || j < findings.size()) {
        if (row < m_findings.size() && j < findings.size() && m_findings.at(row) == findings.at(j)) {
            ++row;
            ++j;
        } else if (j == findings.size() ||
                   (row < m_findings.size() && findingLess(m_findings.at(row), findings.at(j)))) {
            // Remove the run of old rows that sort before the next new one.
            int last = row;
            while (last + 1 < m_findings.size() &&
                   (j == findings.size() || findingLess(m_findings.at(last + 1), findings.at(j))))
                ++last;
            beginRemoveRows({}, row, last);
            m_findings.remove(row, last - row + 1);
            endRemoveRows();
        } else {
            qsizetype end = j + 1;
            while (end < findings.size() &&
                   (row == m_findings.size() || findingLess(findings.at(end), m_findings.at(row))))
                ++end;
            beginInsertRows({}, row, row + int(end - j) - 1);
            for (qsizetype k = j; k < end; ++k)
                m_findings.insert(row + int(k - j), findings.at(k));
            endInsertRows();
            row += int(end - j);
            j = end;
        }
    }
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityLabel(f.severity);
        case CodeColumn:
            return f.code;
        case SubjectColumn:
            return f.subject;
        case MessageColumn:
            return f.message;
        case FixColumn:
            return f.fix;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn || index.column() == FixColumn)
            return u"<p>%1</p><p><b>%2</b> %3</p>"_s.arg(f.message.toHtmlEscaped(), tr("Fix:"),
                                                         f.fix.toHtmlEscaped());
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return severityIcon(f.severity);
        break;
    case SeverityRole:
        return int(f.severity);
    case SubjectRole:
        return f.subject;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Code");
    case SubjectColumn:
        return tr("Element");
    case MessageColumn:
        return tr("Finding");
    case FixColumn:
        return tr("Suggested fix");
    }
    return {};
}

FindingsFilterModel::FindingsFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
}

void FindingsFilterModel::setSeverityShown(Severity severity, bool shown)
{
    if (m_shown[int(severity)] == shown)
        return;
    m_shown[int(severity)] = shown;
    invalidateFilter();
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_shown[sourceModel()->data(index, FindingsModel::SeverityRole).toInt()];
}

} // namespace portolan
