#pragma once

#include "call/CallStep.h"

#include <QWidget>

class QLabel;

namespace rd {

/// The current step in large, calm type: its title, what to do, and an example of what to say.
class PromptPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PromptPanel(QWidget *parent = nullptr);
    void showStep(const CallStep &step, int number, int count);

private:
    QLabel *m_position = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_prompt = nullptr;
    QLabel *m_example = nullptr;
};

} // namespace rd
