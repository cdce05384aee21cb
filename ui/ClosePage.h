#pragma once

#include "StepPage.h"

class QLabel;
class QPushButton;

namespace rd {

class ChoiceGroup;

/// Close the call: the agreements as sentences to read aloud, the customer's mood now, End call.
class ClosePage : public StepPage
{
    Q_OBJECT

public:
    ClosePage(CallContext &context, QWidget *parent = nullptr);

    void load(const Case &c) override;
    QWidget *focusTarget() override;

signals:
    void endRequested();

private:
    QLabel *m_readBack = nullptr;
    ChoiceGroup *m_emotion = nullptr;
    QPushButton *m_end = nullptr;
};

} // namespace rd
