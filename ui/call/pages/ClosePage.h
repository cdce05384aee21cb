#pragma once

#include "call/parts/StepPage.h"

class QLabel;

namespace rd {

class ChoiceGroup;

/// Close the call: the agreements as sentences to read aloud and the customer's mood now. The call
/// screen's own button (or Ctrl+E) ends the call.
class ClosePage : public StepPage
{
    Q_OBJECT

public:
    ClosePage(CallContext &context, QWidget *parent = nullptr);

    void load(const Case &c) override;
    QWidget *focusTarget() override;

private:
    QLabel *m_readBack = nullptr;
    ChoiceGroup *m_emotion = nullptr;
};

} // namespace rd
