#pragma once

#include "cases/Customer.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace rd {

class Database;

/**
 * Two records of one customer side by side: the employee picks the record that stays and, field
 * by field, which name, number, address and organisation it keeps; the summary says what moves.
 * Enter merges (CustomerMerges), Esc leaves both as they are. Everything is reachable by keys:
 * Alt+K picks the record that stays, Alt+N/P/E/O the fields.
 */
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(Database &db, const Customer &first, const Customer &second, QWidget *parent = nullptr);

    /// After a merge: its id, the record merged away and the details the survivor was given.
    QString mergeId() const { return m_mergeId; }
    QString mergedId() const { return m_mergedId; }
    Customer survivor() const { return m_survivor; }

    void accept() override;

private:
    /// The record that stays, and the one merged into it.
    const Customer &kept() const;
    const Customer &other() const;
    /// Fills each field's choices: the kept record's value first (an empty one last).
    void fillChoices();
    void updateSummary();
    int casesOf(const QString &customerId) const;

    Database &m_db;
    Customer m_records[2];
    QComboBox *m_keep = nullptr;
    QComboBox *m_fields[4] = {};
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QString m_mergeId;
    QString m_mergedId;
    Customer m_survivor;
};

} // namespace rd
