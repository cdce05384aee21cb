#pragma once

#include "call/parts/StepPage.h"

class QLabel;

namespace rd {

/// Follow-up step 1: what we promised last time, to remind the customer (and ourselves).
class RecallPage : public StepPage
{
    Q_OBJECT

public:
    RecallPage(CallContext &context, QWidget *parent = nullptr);

    void load(const Case &c) override;
    QWidget *focusTarget() override;

private:
    QLabel *m_text = nullptr;
};

} // namespace rd
