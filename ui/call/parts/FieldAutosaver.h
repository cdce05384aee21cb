#pragma once

#include "cases/Case.h"

#include <QHash>
#include <QObject>

class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace rd {

class Database;

/**
 * Saves case fields as they are typed: each edit restarts a short timer per field, and the
 * value is written when typing pauses (or at once on flush()). A crash loses at most the last
 * pause's keystrokes; a failed save is reported and retried on the next edit, never dropped.
 */
class FieldAutosaver : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDelayMs = 400;
    /// After a failed save (disk full, file locked) the pending text is tried again this often.
    static constexpr int kRetryMs = 3000;

    FieldAutosaver(Database &db, QObject *parent = nullptr);

    /// The case the fields belong to; pending saves go to the old case first.
    void setCaseId(const QString &caseId);
    QString caseId() const { return m_caseId; }

    void watch(QPlainTextEdit *edit, CaseField field);
    void watch(QLineEdit *edit, CaseField field);
    /// Saves a value now (for choices, which are not typed).
    bool saveNow(CaseField field, const QVariant &value);
    /// Writes every pending field now; false if one failed (the message was emitted).
    bool flush();
    bool hasPending() const { return !m_pending.isEmpty(); }

signals:
    void saveFailed(const QString &message);
    void saved(CaseField field);

private:
    void schedule(CaseField field, const QVariant &value);

    Database &m_db;
    QString m_caseId;
    QHash<int, QVariant> m_pending; ///< by CaseField, the latest unsaved value
    QTimer *m_timer = nullptr;
};

} // namespace rd
