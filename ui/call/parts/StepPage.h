#pragma once

#include "cases/Case.h"
#include "call/parts/CallContext.h"

#include <QWidget>

namespace rd {

/// The fields of one call step. Pages read the case when shown and save through the autosaver.
class StepPage : public QWidget
{
    Q_OBJECT

public:
    StepPage(CallContext &context, QWidget *parent = nullptr) : QWidget(parent), m_context(context) {}

    /// Fills the page from the stored case (called whenever the page is shown).
    virtual void load(const Case &c) = 0;
    /// The widget that gets the keyboard focus when the step is entered.
    virtual QWidget *focusTarget() = 0;

signals:
    /// A message for the employee's message bar; @p error for failures.
    void message(const QString &text, bool error);
    /// Promises or callbacks changed: the customer card and read-back must be redone.
    void agreementsChanged();

protected:
    CallContext &m_context;
};

} // namespace rd
