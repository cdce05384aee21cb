#pragma once

#include "CaseStore.h"

#include <QAbstractTableModel>

namespace rd {

class Database;

/// The most recent cases as a table: customer, kind, status, cause, opened, open promises.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CustomerColumn, KindColumn, StatusColumn, CauseColumn, OwnerColumn, OpenedColumn,
                  PromisesColumn, ColumnCount };
    static constexpr int kRecentLimit = 500;
    static constexpr int CaseIdRole = Qt::UserRole + 1;

    explicit CaseListModel(Database &db, QObject *parent = nullptr);

    /// Reads the list again; returns the error message, empty on success.
    QString reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    QList<CaseListRow> m_rows;
};

} // namespace rd
