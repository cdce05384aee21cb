#pragma once

#include "call/parts/StepPage.h"

class QLabel;

namespace rd {

/// A step with nothing to fill: something to say, then Ctrl+Enter (e.g. thanking for a compliment).
class NoteStepPage : public StepPage
{
    Q_OBJECT

public:
    NoteStepPage(CallContext &context, const QString &note, QWidget *parent = nullptr);

    void load(const Case &) override {}
    QWidget *focusTarget() override;

private:
    QLabel *m_note = nullptr;
};

} // namespace rd
