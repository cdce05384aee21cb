#include "shell/HelpDialog.h"

#include "widgets/Accessible.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rd {

HelpDialog::HelpDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("Recovery Desk help"));
    setModal(false);
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(keysPage(), tr("&Keys"));
    m_tabs->addTab(callGuidePage(), tr("How the &call guide works"));
    layout->addWidget(m_tabs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
    resize(720, 560);
}

void HelpDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(page == Page::Keys ? 0 : 1);
    show();
    raise();
    activateWindow();
    m_tabs->currentWidget()->setFocus();
}

QWidget *HelpDialog::keysPage()
{
    struct Row
    {
        QString area, keys, what;
    };
    const QString anywhere = tr("Anywhere"), call = tr("During a call"), queue = tr("Work queue and case"),
                  cases = tr("Case list"), customers = tr("Customers");
    const QList<Row> rows = {
        {anywhere, tr("Ctrl+N"), tr("New call: the cursor goes to the customer search")},
        {anywhere, tr("Ctrl+1 … Ctrl+7"), tr("Work queue, call, cases, case, customer, review, reflection")},
        {anywhere, tr("Ctrl+F"), tr("Search all cases as you type")},
        {anywhere, tr("F1, Ctrl+/"), tr("This help")},
        {anywhere, tr("Ctrl+Z"), tr("Undo the last change you made here (itself recorded in the history)")},
        {anywhere, tr("Ctrl+,"), tr("Settings")},
        {call, tr("Enter (in the search)"), tr("Pick the first match, or add a new customer with what you typed")},
        {call, tr("Enter (in the new-customer form)"), tr("With a hint \"Maybe …?\" shown: take that customer instead of adding one twice")},
        {call, tr("Ctrl+Enter, Alt+Right"), tr("Step done, go to the next one")},
        {call, tr("Alt+Left"), tr("Back one step")},
        {call, tr("Ctrl+Shift+Enter"), tr("Skip the step (recorded)")},
        {call, tr("Ctrl+L"), tr("The list of steps; Enter jumps to one")},
        {call, tr("1 – 5"), tr("Pick an option: emotion, cause, decision, resolution")},
        {call, tr("Ctrl+M"), tr("At Close the call: the written confirmation into the mail program, in the customer's language")},
        {call, tr("Ctrl+Shift+M"), tr("At Close the call: the written confirmation to look at first, copy, save as a PDF letter or print")},
        {call, tr("Ctrl+E"), tr("End the call (not while an unresolved case has no agreed next contact)")},
        {call, tr("Ctrl+T"), tr("Take the call waiting in the banner at the top (once this call has ended)")},
        {queue, tr("Enter"), tr("Open the case")},
        {queue, tr("C"), tr("Call now: dials the number and opens a short follow-up call that settles the item")},
        {queue, tr("K"), tr("Kept, or callback done (with the result)")},
        {queue, tr("N"), tr("Contacted without news yet: the next contact is agreed")},
        {queue, tr("R"), tr("Reschedule (new time and reason; counts as late)")},
        {queue, tr("B"), tr("Broken (with the reason)")},
        {queue, tr("A"), tr("Callback not answered: try again later")},
        {queue, tr("H"), tr("Hand over to a colleague")},
        {queue, tr("Alt+L"), tr("Close the case (asks how the customer sees it now)")},
        {queue, tr("Alt+U"), tr("Open the customer")},
        {cases, tr("Enter"), tr("Open the case")},
        {cases, tr("Ctrl+F, then type"), tr("Search names, phone numbers, e-mail and all case text")},
        {cases, tr("Esc (in the search)"), tr("Back to the whole list")},
        {customers, tr("Ctrl+Shift+D"), tr("Find customers entered twice; Enter compares a pair and merges it")},
        {customers, tr("Alt+B (customer view)"), tr("Split a merged record back: its cases are its own again")},
    };
    auto *table = new QTableWidget(int(rows.size()), 3, this);
    table->setObjectName(QStringLiteral("helpKeys"));
    describe(table, tr("Keys"), tr("Every key, by where it works."));
    table->setHorizontalHeaderLabels({tr("Where"), tr("Keys"), tr("What they do")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows.at(i).area));
        table->setItem(i, 1, new QTableWidgetItem(rows.at(i).keys));
        table->setItem(i, 2, new QTableWidgetItem(rows.at(i).what));
    }
    table->resizeColumnToContents(0);
    table->resizeColumnToContents(1);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QWidget *HelpDialog::callGuidePage()
{
    auto *text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("helpCallGuide"));
    describe(text, tr("How the call guide works"), tr("The method behind the call screen, step by step."));
    text->setOpenLinks(false);
    text->setHtml(tr(
        "<h2>How the call guide works</h2>"
        "<p>An upset customer first wants to be heard, then understood, and then wants to know what happens next. "
        "The call screen leads you through that order, one step at a time. The left column lists the steps "
        "(✓ done, ↷ skipped, ○ open); the middle says what to do now and gives an example of what you could say; "
        "the right column shows who is calling, their earlier cases and open promises.</p>"
        "<ol>"
        "<li><b>Who is calling?</b> Find the customer or add them. A repeat complainant is flagged: say that you see "
        "it is not the first time.</li>"
        "<li><b>Listen first.</b> Let the customer tell the whole story without interrupting; note it in their words.</li>"
        "<li><b>Ask what they expected.</b> What would have been right for them, and what would they like now?</li>"
        "<li><b>Acknowledge.</b> Say that you understand how this feels, without excuses.</li>"
        "<li><b>Summarise and check.</b> Read the summary back; the customer confirms it or corrects it.</li>"
        "<li><b>Our side, openly.</b> Explain what happened on our side, in plain words.</li>"
        "<li><b>Own it.</b> Take responsibility as the company. Phrases that shift the blame are marked as you type, "
        "with a better way to say it.</li>"
        "<li><b>Assess the cause.</b> Behaviour, process, product, or information.</li>"
        "<li><b>Decide and say so.</b> Yes, no with an alternative, or a compromise, and why.</li>"
        "<li><b>Make agreements.</b> If it cannot be settled now: what you will do, by when, and when you will contact "
        "the customer again, even without news. Never ask the customer to call back: make a callback note instead.</li>"
        "<li><b>Close the call.</b> The agreements are read back in plain sentences; check how to reach the customer.</li>"
        "</ol>"
        "<p>Everything is saved as you type. You can go back, skip a step (it is recorded) or jump with Ctrl+L. "
        "A compliment takes a short path: listen, thank, pass it on.</p>"
        "<p>Afterwards the work queue keeps every promise in sight until it is kept, and the customer is asked, "
        "when the case closes, whether the relationship came out stronger.</p>"));
    return text;
}

} // namespace rd
