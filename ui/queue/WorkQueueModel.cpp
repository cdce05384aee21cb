#include "queue/WorkQueueModel.h"

#include "storage/Database.h"
#include "widgets/Theme.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QTimeZone>

namespace rd {

namespace {
// Group rows carry no parent; item rows carry their group number + 1 as internal id.
constexpr quintptr kGroupRow = 0;
} // namespace

WorkQueueModel::WorkQueueModel(Database &db, QObject *parent) : QAbstractItemModel(parent), m_db(db) {}

QString WorkQueueModel::reload(const QString &owner)
{
    auto items = WorkQueue(m_db).openItems(owner);
    beginResetModel();
    const QueueGroups groups = WorkQueue::group(items ? items.value() : QList<WorkItem>(), m_db.clock().nowUtc(),
                                                QTimeZone::systemTimeZone());
    m_groups[Overdue] = groups.overdue;
    m_groups[Today] = groups.today;
    m_groups[Later] = groups.upcoming;
    endResetModel();
    return items ? QString() : items.message();
}

const WorkItem *WorkQueueModel::item(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupRow)
        return nullptr;
    const auto &list = m_groups[index.internalId() - 1];
    return index.row() < list.size() ? &list.at(index.row()) : nullptr;
}

QModelIndex WorkQueueModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < GroupCount ? createIndex(row, column, kGroupRow) : QModelIndex();
    if (parent.internalId() != kGroupRow || row >= m_groups[parent.row()].size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex WorkQueueModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupRow);
}

int WorkQueueModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.internalId() == kGroupRow && parent.column() == 0)
        return int(m_groups[parent.row()].size());
    return 0;
}

int WorkQueueModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QString WorkQueueModel::dueText(qint64 dueAt) const
{
    // Short enough for the column, and in the words one plans a day with.
    const QDateTime due = QDateTime::fromMSecsSinceEpoch(dueAt).toLocalTime();
    const QDate today = m_db.clock().nowUtc().toLocalTime().date();
    const QString time = QLocale().toString(due.time(), QLocale::ShortFormat);
    if (due.date() == today)
        return tr("today %1").arg(time);
    if (due.date() == today.addDays(1))
        return tr("tomorrow %1").arg(time);
    if (due.date() == today.addDays(-1))
        return tr("yesterday %1").arg(time);
    return QLocale().toString(due, QStringLiteral("ddd d MMM ")) + time;
}

QString WorkQueueModel::groupTitle(int group) const
{
    const int n = int(m_groups[group].size());
    switch (group) {
    case Overdue: return tr("Overdue (%1)").arg(n);
    case Today: return tr("Today (%1)").arg(n);
    default: return tr("Later (%1)").arg(n);
    }
}

QVariant WorkQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupRow) {
        if (role == GroupRole)
            return index.row();
        if (role == Qt::DisplayRole && index.column() == 0)
            return groupTitle(index.row());
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ForegroundRole && index.row() == Overdue && !m_groups[Overdue].isEmpty())
            return QBrush(Theme::color("overdue"));
        return {};
    }
    const WorkItem *w = item(index);
    if (!w)
        return {};
    switch (role) {
    case ItemIdRole: return w->id;
    case CaseIdRole: return w->caseId;
    case IsCallbackRole: return w->type == WorkItem::Type::Callback;
    case GroupRole: return int(index.internalId() - 1);
    case Qt::ForegroundRole:
        return index.internalId() - 1 == Overdue ? QVariant(QBrush(QColor(0xb3, 0x26, 0x1e))) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DueColumn: return dueText(w->dueAt);
        case CustomerColumn: return w->customerName;
        case WhatColumn: return w->what;
        case TypeColumn: return w->type == WorkItem::Type::Callback ? tr("Call back") : tr("Promise");
        case OwnerColumn: return w->owner;
        default: return {};
        }
    default: return {};
    }
}

QVariant WorkQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DueColumn: return tr("Due");
    case CustomerColumn: return tr("Customer");
    case WhatColumn: return tr("What");
    case TypeColumn: return tr("Type");
    case OwnerColumn: return tr("Owner");
    default: return {};
    }
}

} // namespace rd
