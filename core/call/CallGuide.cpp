#include "call/CallGuide.h"

namespace rd {

namespace {
CallStep step(const char *id, const QString &title, const QString &prompt, const QString &example,
              QList<CaseField> fields, bool skippable)
{
    return CallStep{QString::fromLatin1(id), title, prompt, example, std::move(fields), skippable};
}
} // namespace

QList<CallStep> CallGuide::steps(CaseKind kind, CallFlow flow)
{
    const CallStep identify =
        step("identify", tr("Who is calling?"),
             tr("Find the customer by name, phone number or e-mail, or add them as new. Glance at their earlier "
                "cases and open promises before you go on."),
             tr("\"Good morning, this is the service desk. May I have your name, so I can look you up?\""),
             {CaseField::Channel, CaseField::Kind}, false);
    const CallStep close =
        step("close", tr("Close the call"),
             tr("Read the agreements back in plain words, check how you can reach the customer, and thank them."),
             tr("\"So, to sum up what we agreed: … Can I reach you on this number? Thank you for calling us.\""),
             {CaseField::EmotionEnd}, false);

    if (flow == CallFlow::FollowUp) {
        return {
            step("recall", tr("What we promised"),
                 tr("Say who you are and remind the customer what we agreed last time. The agreements are listed "
                    "below."),
                 tr("\"Hello, this is … from the service desk. Last time I promised to … I am calling to tell you "
                    "where things stand.\""),
                 {}, false),
            step("happened", tr("What happened since"),
                 tr("Tell what happened since, openly — also if there is no result yet. Note what you told the "
                    "customer and how they reacted."),
                 tr("\"I have spoken to the carrier; they confirmed … / I have no answer yet, and this is what I am "
                    "doing about it.\""),
                 {CaseField::Note}, false),
            step("agree", tr("What next"),
                 tr("Agree on what happens next: resolved now, or a new process agreement with the next moment you "
                    "will contact the customer."),
                 tr("\"I will call you again on Tuesday at ten, whether or not I have news by then.\""),
                 {CaseField::Resolution}, true),
            close,
        };
    }

    if (kind == CaseKind::Compliment) {
        return {identify,
                step("listen", tr("Listen"),
                     tr("Let the customer tell what they appreciated. Note it in their own words."),
                     tr("\"How nice to hear. What was it that stood out for you?\""), {CaseField::Experience}, false),
                step("thank", tr("Thank them"),
                     tr("Thank the customer for taking the trouble to tell you. A compliment is feedback too."),
                     tr("\"Thank you for letting us know. I will make sure it reaches the right person.\""), {}, true),
                step("pass_on", tr("Pass it on"),
                     tr("Note who the compliment is about, so it reaches them and their team lead."),
                     tr("\"Do you remember the name of the colleague who helped you?\""), {CaseField::ComplimentFor},
                     true),
                close};
    }

    return {
        identify,
        step("listen", tr("Listen first"),
             tr("Let the customer tell the whole story, from the start. Do not interrupt and do not explain yet. "
                "Note what happened in their words, not your interpretation."),
             tr("\"Could you tell me what happened, from the beginning?\""), {CaseField::Experience}, false),
        step("expectations", tr("Ask what they expected"),
             tr("Ask what the customer had expected from us, and what a good solution would be for them."),
             tr("\"What had you expected from us? And what would be a good solution for you?\""),
             {CaseField::Expectation}, true),
        step("acknowledge", tr("Acknowledge"),
             tr("Thank the customer for telling you, and name the feeling you hear. Note how upset they are."),
             tr("\"Thank you for taking the time to tell me. I can hear how frustrating this has been.\""),
             {CaseField::EmotionStart}, true),
        step("summarize", tr("Summarise and check"),
             tr("Read the summary back. The customer confirms it, or corrects you: note the correction, it often "
                "changes the picture."),
             tr("\"Let me check that I have understood you: … Is that right?\""),
             {CaseField::Summary, CaseField::SummaryConfirmed}, true),
        step("explain", tr("Our side, openly"),
             tr("Only now explain what happened on our side. Be open and give the reasons, without excuses."),
             tr("\"Let me tell you what happened on our side, and why.\""), {CaseField::Explanation}, true),
        step("own", tr("Own it"),
             tr("Take responsibility for your part and become the customer's point of contact — without blaming "
                "the customer, a colleague or a supplier."),
             tr("\"I am your point of contact for this, and I will see it through.\""), {}, true),
        step("assess", tr("Assess the cause"),
             tr("Can we do something with this? Do we agree with the customer? Decide where the cause lies: an "
                "employee's behaviour, the process, the product, or the information we gave."),
             tr("\"You are right that this should not have happened.\""), {CaseField::Cause}, true),
        step("decide", tr("Decide and say so"),
             tr("Tell the customer what you will do. \"No\" is an answer too — then look for an alternative or a "
                "compromise together."),
             tr("\"What I can do for you is … / That is not possible, but what I can offer you is …\""),
             {CaseField::DecisionKind, CaseField::Decision}, true),
        step("agree", tr("Make agreements"),
             tr("Agree on a final solution if you can. If not, make process agreements: what you will do, by when, "
                "and when you will contact the customer again, news or not. A colleague must call back? Make a "
                "callback note."),
             tr("\"I will ask the carrier today, and I will call you on Friday at two either way, even if I have no "
                "news yet.\""),
             {CaseField::Resolution}, true),
        close,
    };
}

QString CallGuide::titleOf(const QString &id)
{
    for (CallFlow flow : {CallFlow::Intake, CallFlow::FollowUp})
        for (CaseKind kind : {CaseKind::Complaint, CaseKind::Compliment})
            for (const CallStep &s : steps(kind, flow))
                if (s.id == id)
                    return s.title;
    return id;
}

int CallGuide::indexOf(const QList<CallStep> &steps, const QString &id)
{
    for (int i = 0; i < steps.size(); ++i)
        if (steps.at(i).id == id)
            return i;
    return -1;
}

} // namespace rd
