#pragma once

#include "agreements/DueTimeSuggestions.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateTimeEdit;

namespace rd {

class Clock;

/// A due time: typed, or picked from quick picks such as "Tomorrow 10:00". Local time on screen.
class DueTimeEdit : public QWidget
{
    Q_OBJECT

public:
    /// @p hours gives the employee's hours for the quick picks when they are made (the screen
    /// that uses the editor reads them from its settings; a widget does not).
    DueTimeEdit(const Clock &clock, std::function<DueTimeHours()> hours, QWidget *parent = nullptr);

    /// The chosen moment, in UTC milliseconds (what the store takes).
    qint64 valueMs() const;
    void setValue(const QDateTime &local);
    enum class Default { NextMorning, NextAfternoon };
    /// Re-reads the quick picks for the current time and selects the default one.
    void refreshSuggestions(Default which = Default::NextMorning);

    QDateTimeEdit *editor() const { return m_edit; }
    QComboBox *quickPicks() const { return m_picks; }

private:
    const Clock &m_clock;
    std::function<DueTimeHours()> m_hours;
    QDateTimeEdit *m_edit = nullptr;
    QComboBox *m_picks = nullptr;
};

} // namespace rd
