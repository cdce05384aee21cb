#include "call/parts/FieldAutosaver.h"

#include "cases/CaseStore.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>

namespace rd {

FieldAutosaver::FieldAutosaver(Database &db, QObject *parent) : QObject(parent), m_db(db), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDelayMs);
    connect(m_timer, &QTimer::timeout, this, &FieldAutosaver::flush);
}

void FieldAutosaver::setCaseId(const QString &caseId)
{
    if (caseId == m_caseId)
        return;
    flush();
    m_pending.clear();
    m_caseId = caseId;
}

void FieldAutosaver::watch(QPlainTextEdit *edit, CaseField field)
{
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, field] { schedule(field, edit->toPlainText()); });
}

void FieldAutosaver::watch(QLineEdit *edit, CaseField field)
{
    connect(edit, &QLineEdit::textEdited, this, [this, field](const QString &text) { schedule(field, text); });
}

void FieldAutosaver::schedule(CaseField field, const QVariant &value)
{
    if (m_caseId.isEmpty())
        return;
    m_pending.insert(int(field), value);
    m_timer->start(kDelayMs);
}

bool FieldAutosaver::saveNow(CaseField field, const QVariant &value)
{
    if (m_caseId.isEmpty())
        return false;
    m_pending.remove(int(field));
    const Status s = CaseStore(m_db).setField(m_caseId, field, value);
    if (!s) {
        emit saveFailed(s.message());
        return false;
    }
    emit saved(field);
    return true;
}

bool FieldAutosaver::flush()
{
    m_timer->stop();
    bool allSaved = true;
    const auto pending = m_pending;
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        const auto field = CaseField(it.key());
        const Status s = CaseStore(m_db).setField(m_caseId, field, it.value());
        if (s) {
            // Only drop it if no newer edit arrived meanwhile.
            if (m_pending.value(it.key()) == it.value())
                m_pending.remove(it.key());
            emit saved(field);
        } else {
            allSaved = false;
            emit saveFailed(s.message());
        }
    }
    // What was typed stays pending and is tried again, so it is saved once the disk has room.
    if (!allSaved)
        m_timer->start(kRetryMs);
    return allSaved;
}

} // namespace rd
