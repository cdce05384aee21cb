#include "CaseListModel.h"

#include "Database.h"

#include <QDateTime>
#include <QLocale>

namespace rd {

CaseListModel::CaseListModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db) {}

QString CaseListModel::reload()
{
    auto rows = CaseStore(m_db).listRecent(kRecentLimit);
    beginResetModel();
    m_rows = rows ? rows.value() : QList<CaseListRow>();
    endResetModel();
    return rows ? QString() : rows.message();
}

int CaseListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int CaseListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CaseListRow &row = m_rows.at(index.row());
    if (role == CaseIdRole)
        return row.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CustomerColumn: return row.customerName;
    case KindColumn: return Vocabulary::label(row.kind);
    case StatusColumn: return Vocabulary::label(row.status);
    case CauseColumn: return row.cause ? Vocabulary::label(*row.cause) : QString();
    case OwnerColumn: return row.owner;
    case OpenedColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.openedAt).toLocalTime(), QLocale::ShortFormat);
    case PromisesColumn: return row.openPromises;
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
    case PromisesColumn: return tr("Open promises");
    default: return {};
    }
}

} // namespace rd
