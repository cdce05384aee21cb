#pragma once

#include "call/parts/StepPage.h"

class QLabel;

namespace rd {

/// "Own it": no fields to fill, but a look back at what was noted, with any blaming words marked.
class OwnPage : public StepPage
{
    Q_OBJECT

public:
    OwnPage(CallContext &context, const QString &note, QWidget *parent = nullptr);

    void load(const Case &c) override;
    QWidget *focusTarget() override;

private:
    QLabel *m_review = nullptr;
};

} // namespace rd
