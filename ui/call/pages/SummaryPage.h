#pragma once

#include "call/parts/StepPage.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rd {

/// Summarise and check: a drafted summary to edit and read back, then "confirmed" or the correction.
class SummaryPage : public StepPage
{
    Q_OBJECT

public:
    SummaryPage(CallContext &context, QWidget *parent = nullptr);

    void load(const Case &c) override;
    QWidget *focusTarget() override;

private:
    void draft();
    void confirm();
    void correct();
    void showConfirmed(bool confirmed);

    QPlainTextEdit *m_summary = nullptr;
    QLineEdit *m_correction = nullptr;
    QLabel *m_state = nullptr;
};

} // namespace rd
