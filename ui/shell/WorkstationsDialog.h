#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace rd {

class Database;

/// File → Trusted workstations…: the PCs whose signed bundles this archive accepts, with their
/// key fingerprints, who trusted them and when; a key can be revoked (Delete, or Alt+R). PCs are
/// trusted when their first bundle is imported.
class WorkstationsDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p readOnly: a review archive, where nothing can be revoked.
    WorkstationsDialog(Database &db, bool readOnly, QWidget *parent = nullptr);

    /// Asks whether to trust the workstation, unknown to @p db, that signed @p bundlePath, showing
    /// its name and key fingerprint to compare; "Skip" is the default.
    static bool askToTrust(QWidget *parent, Database &db, const QString &bundlePath);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void reload();
    void revokeCurrent();

    Database &m_db;
    bool m_readOnly = false;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_revoke = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace rd
