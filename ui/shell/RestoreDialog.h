#pragma once

#include <QDialog>

class QTreeWidget;
class QPushButton;

namespace rd {

/// Help → Restore from backup…: the backups beside the database, newest first, with when each
/// was made and how many cases it holds; the chosen one replaces the database.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    /// The backups of @p databasePath in @p backupFolder (empty: beside the database).
    RestoreDialog(const QString &databasePath, const QString &backupFolder, QWidget *parent = nullptr);
    /// The backup chosen; empty if none.
    QString chosen() const;

private:
    QTreeWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace rd
