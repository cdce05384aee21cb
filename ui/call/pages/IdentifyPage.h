#pragma once

#include "cases/Customer.h"
#include "call/parts/StepPage.h"

class QComboBox;
class QLabel;

namespace rd {

class CustomerLookup;

/// Step 1: who is calling, through which channel, and what kind of case it is.
class IdentifyPage : public StepPage
{
    Q_OBJECT

public:
    IdentifyPage(CallContext &context, QWidget *parent = nullptr);

    void load(const Case &c) override;
    QWidget *focusTarget() override;

    /// Finds the caller of an incoming call (see CustomerLookup::lookUpCaller).
    void lookUpCaller(const QString &phone, const QString &name);

    Channel channel() const;
    CaseKind kind() const;

signals:
    /// The customer was found or added: the case can be opened.
    void customerChosen(const rd::Customer &customer);
    /// The kind changed after the case was opened (the path may change).
    void kindChanged();

private:
    CustomerLookup *m_lookup = nullptr;
    QLabel *m_chosen = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_kind = nullptr;
};

} // namespace rd
