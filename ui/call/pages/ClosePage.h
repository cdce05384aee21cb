#pragma once

#include "call/parts/StepPage.h"

class QLabel;

namespace rd {

class ChoiceGroup;

/// Close the call: the agreements as sentences to read aloud, the customer's mood now, and the
/// written confirmation by one key. The call screen's own button (or Ctrl+E) ends the call.
class ClosePage : public StepPage
{
    Q_OBJECT

public:
    ClosePage(CallContext &context, QWidget *parent = nullptr);

    void load(const Case &c) override;
    QWidget *focusTarget() override;

    /// The written confirmation into the mail program (Ctrl+M); without an e-mail address, shown
    /// to choose another way out.
    void sendConfirmation();
    /// The written confirmation to look at first (Ctrl+Shift+M).
    void showConfirmation();

private:
    void showConfirmationState();

    QLabel *m_readBack = nullptr;
    QLabel *m_confirmation = nullptr;
    ChoiceGroup *m_emotion = nullptr;
};

} // namespace rd
