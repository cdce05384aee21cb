#pragma once

#include "lists/WorkQueue.h"

#include <QAbstractItemModel>

namespace rd {

class Database;

/**
 * The work queue as a two-level tree: the groups Overdue, Today and Later, each with its
 * promises and callbacks, soonest first. Re-read with reload(); no window needed to test it.
 */
class WorkQueueModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { DueColumn, CustomerColumn, WhatColumn, TypeColumn, OwnerColumn, ColumnCount };
    enum Group { Overdue, Today, Later, GroupCount };
    static constexpr int ItemIdRole = Qt::UserRole + 1;
    static constexpr int CaseIdRole = Qt::UserRole + 2;
    static constexpr int IsCallbackRole = Qt::UserRole + 3;
    static constexpr int GroupRole = Qt::UserRole + 4;

    explicit WorkQueueModel(Database &db, QObject *parent = nullptr);

    /// Reads the open items of @p owner (everyone's if empty); returns the error message, empty on success.
    QString reload(const QString &owner);
    int count(Group group) const { return int(m_groups[group].size()); }
    /// The item at @p index, or nullptr for a group row.
    const WorkItem *item(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString groupTitle(int group) const;
    QString dueText(qint64 dueAt) const;

    Database &m_db;
    QList<WorkItem> m_groups[GroupCount];
};

} // namespace rd
