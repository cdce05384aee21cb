#include "cases/SearchResultsModel.h"

#include "cases/CaseListLoader.h"
#include "storage/Database.h"
#include "base/LocalTime.h"

#include <QDateTime>
#include <QThread>

namespace rd {

SearchResultsModel::SearchResultsModel(Database &db, QObject *parent) : QAbstractTableModel(parent)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("caseSearcher"));
    m_loader = new CaseListLoader(db.path());
    m_loader->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &CaseListLoader::searched, this, &SearchResultsModel::onSearched);
    connect(m_loader, &CaseListLoader::failed, this, &SearchResultsModel::searchFailed);
    m_thread->start();
}

SearchResultsModel::~SearchResultsModel()
{
    m_thread->quit();
    m_thread->wait();
}

void SearchResultsModel::search(const QString &text)
{
    m_text = text;
    ++m_generation;
    QMetaObject::invokeMethod(m_loader, "search", Qt::QueuedConnection, Q_ARG(int, m_generation), Q_ARG(QString, text),
                              Q_ARG(int, kLimit));
}

void SearchResultsModel::onSearched(int generation, const QList<SearchHit> &hits)
{
    if (generation != m_generation)
        return; // the user typed on; a newer answer is coming
    m_shownText = m_text;
    beginResetModel();
    m_hits = hits;
    endResetModel();
    emit searched(int(hits.size()));
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_hits.size()); }

int SearchResultsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    if (role == CaseIdRole)
        return hit.caseId;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CustomerColumn: return hit.customerName;
    case KindColumn: return Vocabulary::label(hit.kind);
    case StatusColumn: return Vocabulary::label(hit.status);
    case OpenedColumn:
        return shortDate(hit.openedAt);
    case MatchColumn: return hit.snippet; // marked; the delegate shows the marks as highlights
    default: return {};
    }
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CustomerColumn: return tr("Customer");
    case KindColumn: return tr("Kind");
    case StatusColumn: return tr("Status");
    case OpenedColumn: return tr("Opened");
    case MatchColumn: return tr("Where it matches");
    default: return {};
    }
}

} // namespace rd
