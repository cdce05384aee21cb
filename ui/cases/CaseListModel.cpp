#include "cases/CaseListModel.h"

#include "cases/CaseListLoader.h"
#include "lists/CasePager.h"
#include "storage/Database.h"
#include "base/LocalTime.h"

#include <QDateTime>
#include <QThread>

namespace rd {

CaseListModel::CaseListModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("caseListReader"));
    m_loader = new CaseListLoader(db.path());
    m_loader->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &CaseListLoader::counted, this, &CaseListModel::onCounted);
    connect(m_loader, &CaseListLoader::pivotsReady, this, &CaseListModel::onPivots);
    connect(m_loader, &CaseListLoader::pageReady, this, &CaseListModel::onPage);
    connect(m_loader, &CaseListLoader::failed, this, &CaseListModel::loadFailed);
    m_thread->start();
    m_query.now = m_db.clock().nowMs();
}

CaseListModel::~CaseListModel()
{
    m_thread->quit();
    m_thread->wait();
}

void CaseListModel::setQuery(const CaseListQuery &query)
{
    beginResetModel();
    m_query = query;
    ++m_generation;
    m_total = 0;
    m_ready = false;
    m_pivots.clear();
    m_pivotsKnown = false;
    m_pages.clear();
    m_recent.clear();
    m_inFlight.clear();
    endResetModel();
    QMetaObject::invokeMethod(m_loader, "load", Qt::QueuedConnection, Q_ARG(int, m_generation),
                              Q_ARG(rd::CaseListQuery, m_query));
}

void CaseListModel::reload()
{
    CaseListQuery q = m_query;
    q.now = m_db.clock().nowMs();
    setQuery(q);
}

void CaseListModel::onCounted(int generation, qint64 total)
{
    if (generation != m_generation)
        return; // an answer to an older question
    beginResetModel();
    m_total = total;
    endResetModel();
    emit totalChanged(total);
}

void CaseListModel::onPivots(int generation, const QList<CaseListKey> &pivots)
{
    if (generation != m_generation)
        return;
    m_pivots = pivots;
    m_pivotsKnown = true;
    // Rows asked for before the pivots were known are asked again now.
    const QSet<int> waiting = m_inFlight;
    m_inFlight.clear();
    for (int page : waiting)
        request(page);
    if (m_total == 0 || m_pages.contains(0)) {
        m_ready = true;
        emit ready();
    } else {
        request(0);
    }
}

void CaseListModel::onPage(int generation, int page, const QList<CaseListRow> &rows)
{
    if (generation != m_generation)
        return;
    m_inFlight.remove(page);
    m_pages.insert(page, rows);
    m_recent.removeAll(page);
    m_recent.append(page);
    while (m_recent.size() > kCachedPages)
        m_pages.remove(m_recent.takeFirst());
    const int first = page * kPageSize;
    const int last = int(qMin<qint64>(m_total, first + kPageSize)) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    if (!m_ready && m_pivotsKnown && page == 0) {
        m_ready = true;
        emit ready();
    }
}

void CaseListModel::request(int page) const
{
    if (m_inFlight.contains(page))
        return;
    const int start = page * kPageSize;
    const int pivot = start / CasePager::kPivotEvery;
    const bool nearTop = start < 5 * CasePager::kPivotEvery; // a short OFFSET from the top is cheap
    if (!(m_pivotsKnown && pivot < m_pivots.size()) && !nearTop) {
        m_inFlight.insert(page); // asked again when the pivots arrive
        return;
    }
    m_inFlight.insert(page);
    const bool hasPivot = m_pivotsKnown && pivot < m_pivots.size();
    QMetaObject::invokeMethod(m_loader, "fetch", Qt::QueuedConnection, Q_ARG(int, m_generation),
                              Q_ARG(rd::CaseListQuery, m_query), Q_ARG(int, page), Q_ARG(int, kPageSize),
                              Q_ARG(bool, hasPivot), Q_ARG(rd::CaseListKey, hasPivot ? m_pivots.at(pivot) : CaseListKey{}),
                              Q_ARG(int, hasPivot ? start - pivot * CasePager::kPivotEvery : start));
}

const CaseListRow *CaseListModel::rowAt(int row) const
{
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        request(page);
        return nullptr;
    }
    if (m_recent.isEmpty() || m_recent.last() != page) {
        m_recent.removeAll(page);
        m_recent.append(page);
    }
    const int inPage = row - page * kPageSize;
    return inPage < it->size() ? &it->at(inPage) : nullptr;
}

QString CaseListModel::caseIdAt(int row) const
{
    const CaseListRow *r = rowAt(row);
    return r ? r->id : QString();
}

int CaseListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_total); }

int CaseListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_total)
        return {};
    if (role != Qt::DisplayRole && role != CaseIdRole)
        return {};
    const CaseListRow *row = rowAt(index.row());
    if (!row)
        return role == Qt::DisplayRole && index.column() == CustomerColumn ? QVariant(QStringLiteral("…")) : QVariant();
    if (role == CaseIdRole)
        return row->id;
    switch (index.column()) {
    case CustomerColumn: return row->customerName;
    case KindColumn: return Vocabulary::label(row->kind);
    case StatusColumn: return Vocabulary::label(row->status);
    case CauseColumn: return row->cause ? Vocabulary::label(*row->cause) : QString();
    case OwnerColumn: return row->owner;
    case OpenedColumn: return shortDateTime(row->openedAt);
    case ActivityColumn: return shortDateTime(row->updatedAt);
    case PromisesColumn: return row->openPromises > 0 ? QVariant(row->openPromises) : QVariant();
    default: return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CustomerColumn: return tr("Customer");
    case KindColumn: return tr("Kind");
    case StatusColumn: return tr("Status");
    case CauseColumn: return tr("Cause");
    case OwnerColumn: return tr("Owner");
    case OpenedColumn: return tr("Opened");
    case ActivityColumn: return tr("Last activity");
    case PromisesColumn: return tr("Open promises");
    default: return {};
    }
}

CaseListQuery::Sort CaseListModel::sortOf(int column)
{
    using S = CaseListQuery::Sort;
    static const S sorts[] = {S::Customer, S::Kind, S::State, S::Cause, S::Owner, S::Opened, S::LastActivity, S::OpenPromises};
    return column >= 0 && column < ColumnCount ? sorts[column] : S::Opened;
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    CaseListQuery q = m_query;
    q.sort = sortOf(column);
    q.descending = order == Qt::DescendingOrder;
    if (q != m_query)
        setQuery(q);
}

} // namespace rd
