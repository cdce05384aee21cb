#pragma once

#include "call/parts/StepPage.h"

class QComboBox;
class QLineEdit;
class QListWidget;

namespace rd {

class ChoiceGroup;
class DueTimeEdit;

/**
 * Make agreements: resolved now, or process agreements — promises (what, who, by when), the
 * next contact with the customer, and callback notes for a colleague.
 */
class AgreePage : public StepPage
{
    Q_OBJECT

public:
    AgreePage(CallContext &context, QWidget *parent = nullptr);

    void load(const Case &c) override;
    QWidget *focusTarget() override;

private:
    QWidget *createPromiseBox();
    QWidget *createNextContactBox();
    QWidget *createCallbackBox();
    void addPromise();
    void setNextContact();
    void addCallback();
    void refreshList();

    ChoiceGroup *m_resolution = nullptr;
    QLineEdit *m_what = nullptr;
    QLineEdit *m_owner = nullptr;
    DueTimeEdit *m_due = nullptr;
    QComboBox *m_kind = nullptr;
    DueTimeEdit *m_contactWhen = nullptr;
    QComboBox *m_contactHow = nullptr;
    QLineEdit *m_callbackFor = nullptr;
    QLineEdit *m_callbackPhone = nullptr;
    QLineEdit *m_callbackQuestion = nullptr;
    DueTimeEdit *m_callbackFrom = nullptr;
    QComboBox *m_callbackLength = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace rd
