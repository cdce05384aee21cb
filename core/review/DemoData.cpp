#include "review/DemoData.h"

#include "storage/BulkInsert.h"
#include "cases/CaseStore.h"
#include "storage/Database.h"
#include "storage/HistorySeal.h"
#include "base/Ids.h"
#include "storage/Schema.h"
#include "search/SearchIndex.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cmath>
#include <iterator>

namespace rd {

namespace {

constexpr int kBatch = 5000; // cases per transaction
constexpr int kReturningPool = 2000;
constexpr qint64 kHour = 3600000;
constexpr qint64 kDay = 24 * kHour;

struct Texts
{
    QStringList first, last, owners, streets;
    // Per cause: experience, expectation, explanation, decision.
    QList<QStringList> stories;
    QStringList compliments, questions, promises, outcomes;
};

QStringList words(const char *const *list, int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << QString::fromUtf8(list[i]);
    return out;
}

#define LIST(...) []() { static const char *const items[] = {__VA_ARGS__}; return words(items, int(sizeof(items) / sizeof(*items))); }()

Texts english()
{
    Texts t;
    t.first = LIST("Emma", "Olivia", "James", "Liam", "Sophie", "Noah", "Mia", "Lucas", "Ava", "Oliver", "Grace", "Jack",
                   "Ella", "Harry", "Chloe", "Thomas", "Lily", "George", "Amelia", "Daniel", "Jürgen", "Zoë", "Chloé", "Mehmet");
    t.last = LIST("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Wright",
                  "Walker", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Müller", "Özdemir");
    t.owners = LIST("anna", "bram", "carla", "daan", "eva", "femke", "gijs", "hanna", "ilse", "joost");
    t.stories = {
        LIST("The engineer was rude on the phone and hung up on me.",
             "A friendly word and someone who listens.",
             "Our engineer was under time pressure and did not take the time he should have.",
             "I will discuss it with the engineer and his team lead today."),
        LIST("My parcel was not delivered twice although I stayed home all day.",
             "Delivery on the agreed day, or a message when it changes.",
             "The carrier received the wrong time slot from our planning system.",
             "A new delivery on Saturday morning, with a call half an hour before."),
        LIST("The washing machine I bought broke down after three weeks.",
             "A machine that works, and not having to chase you for it.",
             "This model has a known fault in the pump; the supplier is replacing it.",
             "A replacement machine, installed free of charge this week."),
        LIST("The website said the offer was valid until Sunday, but the shop refused it on Saturday.",
             "To get the price that was advertised.",
             "The website was not updated when the offer changed; that was our mistake.",
             "We honour the advertised price and refund the difference."),
        LIST("I have been charged twice for the same invoice.",
             "My money back, and an invoice that is right.",
             "A payment was processed twice after a system outage.",
             "The double payment is refunded within three working days."),
    };
    t.compliments = LIST("The engineer explained everything patiently and fixed it in no time.",
                         "Your colleague on the phone really took the time to help me.",
                         "The delivery driver carried the parcel all the way upstairs.");
    t.questions = LIST("Can I change the delivery address of my order?", "How do I cancel my subscription?",
                       "When will the new model be available?");
    t.promises = LIST("ask the carrier for a new delivery slot", "send the refund", "check the invoice with finance",
                      "arrange a replacement", "discuss the conversation with the team lead");
    t.outcomes = LIST("Thank you for calling back as promised.", "Fine, but it should not have happened.",
                      "I am still not happy about it.");
    return t;
}

Texts dutch()
{
    Texts t;
    t.first = LIST("Anna", "Daan", "Sanne", "Lars", "Emma", "Bram", "Fleur", "Thijs", "Lotte", "Sem", "Julia", "Ruben",
                   "Eva", "Jesse", "Noor", "Milan", "Iris", "Stijn", "Femke", "Joost", "Jürgen", "Zoë", "Chloé", "Mehmet");
    t.last = LIST("de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
                  "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Müller", "Özdemir");
    t.owners = LIST("anna", "bram", "carla", "daan", "eva", "femke", "gijs", "hanna", "ilse", "joost");
    t.stories = {
        LIST("De monteur was onvriendelijk aan de telefoon en hing zomaar op.",
             "Een vriendelijk woord en iemand die luistert.",
             "Onze monteur stond onder tijdsdruk en nam niet de tijd die nodig was.",
             "Ik bespreek het vandaag met de monteur en zijn teamleider."),
        LIST("Mijn pakket is twee keer niet bezorgd, terwijl ik de hele dag thuis was.",
             "Bezorging op de afgesproken dag, of een bericht als het verandert.",
             "De vervoerder kreeg een verkeerd tijdvak door uit ons planningssysteem.",
             "Een nieuwe bezorging op zaterdagochtend, met een belletje een halfuur vooraf."),
        LIST("De wasmachine die ik kocht ging na drie weken kapot.",
             "Een machine die het doet, zonder dat ik erachteraan moet.",
             "Dit model heeft een bekend probleem met de pomp; de leverancier vervangt die.",
             "Een vervangende machine, deze week kosteloos geïnstalleerd."),
        LIST("Op de website stond dat de aanbieding tot zondag gold, maar de winkel weigerde die op zaterdag.",
             "De prijs krijgen die werd geadverteerd.",
             "De website was niet bijgewerkt toen de aanbieding veranderde; dat was onze fout.",
             "We houden ons aan de geadverteerde prijs en betalen het verschil terug."),
        LIST("Ik heb dezelfde factuur twee keer betaald.",
             "Mijn geld terug, en een factuur die klopt.",
             "Na een storing is een betaling twee keer verwerkt.",
             "De dubbele betaling wordt binnen drie werkdagen teruggestort."),
    };
    t.compliments = LIST("De monteur legde alles geduldig uit en had het zo opgelost.",
                         "Uw collega aan de telefoon nam echt de tijd om me te helpen.",
                         "De bezorger droeg het pakket helemaal naar boven.");
    t.questions = LIST("Kan ik het bezorgadres van mijn bestelling wijzigen?", "Hoe zeg ik mijn abonnement op?",
                       "Wanneer komt het nieuwe model uit?");
    t.promises = LIST("bij de vervoerder een nieuw tijdvak vragen", "het geld terugstorten", "de factuur nakijken met financiën",
                      "een vervanging regelen", "het gesprek bespreken met de teamleider");
    t.outcomes = LIST("Fijn dat u terugbelde zoals beloofd.", "Goed, maar het had niet mogen gebeuren.",
                      "Ik ben er nog steeds niet blij mee.");
    return t;
}

#undef LIST

const char *const kCauses[] = {"behaviour", "process", "product", "information", "process"};
constexpr double kPi = 3.14159265358979323846;
constexpr int kRecent = 40; ///< the last customers, some of whom call again within days


QString json(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

// The steps a hurried call skips, most often first, with how often each is the one skipped.
const char *const kSkippable[] = {"expectations", "expectations", "expectations", "expectations", "summarize", "summarize",
                                  "summarize", "acknowledge", "acknowledge", "own", "own", "explain"};

/**
 * When a desk's calls come in: an hour's share of the phone traffic by local weekday and hour
 * (busy Monday mornings, quiet weekends, closed at night — mail still arrives), and by season
 * (busier in January, after the holidays, and in the autumn; quieter in summer). The cases are
 * laid out along the cumulative weight, so they stay in time order and the same seed gives the
 * same times.
 */
class Rhythm
{
public:
    Rhythm(qint64 from, qint64 until) : m_from(from)
    {
        const int hours = int((until - from) / kHour) + 1;
        m_cumulative.reserve(hours);
        double total = 0;
        for (int h = 0; h < hours; ++h) {
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(from + h * kHour).toLocalTime();
            total += weight(local);
            m_cumulative << total;
        }
    }

    /// The moment at @p share (0–1) of the period's traffic.
    qint64 at(double share)
    {
        const double target = share * m_cumulative.last();
        while (m_slot + 1 < m_cumulative.size() && m_cumulative.at(m_slot) < target)
            ++m_slot; // shares come in rising order: the walk never goes back
        const double before = m_slot == 0 ? 0 : m_cumulative.at(m_slot - 1);
        const double inSlot = m_cumulative.at(m_slot) - before;
        const double fraction = inSlot > 0 ? qBound(0.0, (target - before) / inSlot, 0.999) : 0.5;
        return m_from + m_slot * kHour + qint64(fraction * kHour);
    }

private:
    static double weight(const QDateTime &local)
    {
        static const double days[] = {1.35, 1.15, 1.0, 1.0, 0.9, 0.3, 0.1}; // Monday to Sunday
        static const double hours[] = {0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.05, 0.2, 0.9, 1.4, 1.4, 1.2,
                                       0.8,  1.0,  1.1,  1.1,  1.0,  0.7,  0.4,  0.3, 0.2, 0.05, 0.02, 0.02};
        const QDate d = local.date();
        const double season = 1.0 + 0.22 * std::cos(2 * kPi * (d.dayOfYear() - 15) / 365.25) +
                              0.08 * std::cos(4 * kPi * (d.dayOfYear() - 300) / 365.25);
        return days[d.dayOfWeek() - 1] * hours[local.time().hour()] * season;
    }

    qint64 m_from;
    QList<double> m_cumulative;
    int m_slot = 0;
};

} // namespace

Result<DemoStats> DemoData::generate(int cases, const std::function<bool(int)> &progress)
{
    if (cases < 0 || cases > 50'000'000)
        return Error{Error::Code::InvalidInput, QStringLiteral("cases must be between 0 and 50,000,000")};
    QElapsedTimer timer;
    timer.start();
    const Texts t = m_language == Language::Dutch ? dutch() : english();
    QRandomGenerator rng(m_seed);
    DemoStats stats;
    const qint64 now = m_db.clock().nowMs();
    const qint64 span = 2 * 365 * kDay;
    // Bulk load: each batch is one transaction, with the backend's settings for generated data.
    for (const QString &sql : m_db.dialect().bulkLoad(true))
        static_cast<void>(m_db.exec(sql)); // only speed: without them the load is slower, not wrong
    struct Restore
    {
        Database &db;
        ~Restore()
        {
            for (const QString &sql : db.dialect().bulkLoad(false))
                static_cast<void>(db.exec(sql)); // back to the defaults; a connection that fails here is failing anyway
        }
    } restore{m_db};

    // Into an empty file, indexes are built once at the end (sorting beats a million inserts).
    // Should the load be interrupted, the maintenance note makes the next open finish the job.
    auto existing = m_db.scalar(QStringLiteral("SELECT count(*) FROM case_record"));
    if (!existing)
        return existing.error();
    // (On a server the indexes stay: other clients may be reading.)
    const bool bulk = m_db.backend() == Backend::SQLite && existing->toLongLong() == 0;
    if (bulk) {
        const Status dropped = Transaction::run(m_db, [&]() -> Status {
            for (const QString &sql : Schema::secondaryIndexes())
                if (auto r = m_db.exec(QStringLiteral("DROP INDEX IF EXISTS ") + Schema::indexName(sql)); !r)
                    return r.error();
            auto r = m_db.exec(QStringLiteral("INSERT INTO maintenance VALUES ('search_rebuild', '1') ON CONFLICT (key) DO NOTHING"));
            return r ? Status() : Status(r.error());
        });
        if (!dropped)
            return dropped.error();
    }

    BulkInsert customers(m_db, QStringLiteral("customer"),
                         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("phone_digits"),
                          QStringLiteral("email"), QStringLiteral("created_at"), QStringLiteral("updated_at")});
    BulkInsert caseRows(m_db, QStringLiteral("case_record"),
                        {QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("customer_name"),
                         QStringLiteral("owner"), QStringLiteral("channel"), QStringLiteral("kind"), QStringLiteral("experience"),
                         QStringLiteral("expectation"), QStringLiteral("summary"), QStringLiteral("summary_confirmed"),
                         QStringLiteral("explanation"), QStringLiteral("cause"), QStringLiteral("decision"),
                         QStringLiteral("emotion_start"), QStringLiteral("emotion_end"), QStringLiteral("status"),
                         QStringLiteral("outcome"), QStringLiteral("outcome_words"), QStringLiteral("opened_at"),
                         QStringLiteral("updated_at"), QStringLiteral("closed_at"), QStringLiteral("decision_kind"),
                         QStringLiteral("resolution"), QStringLiteral("compliment_for"), QStringLiteral("open_promises"),
                         QStringLiteral("next_due_at")});
    BulkInsert events(m_db, QStringLiteral("case_event"),
                      {QStringLiteral("id"), QStringLiteral("case_id"), QStringLiteral("at"), QStringLiteral("actor"),
                       QStringLiteral("kind"), QStringLiteral("data"), QStringLiteral("workstation"),
                       QStringLiteral("salt"), QStringLiteral("data_hash"), QStringLiteral("prev_hash"),
                       QStringLiteral("hash")});
    auto workstation = HistorySeal::workstationId(m_db);
    if (!workstation)
        return workstation.error();
    QString chainCase, chainHash; // a case's events are made together: each seals onto the one before
    BulkInsert promises(m_db, QStringLiteral("promised_action"),
                        {QStringLiteral("id"), QStringLiteral("case_id"), QStringLiteral("what"), QStringLiteral("owner"),
                         QStringLiteral("due_at"), QStringLiteral("original_due_at"), QStringLiteral("kind"),
                         QStringLiteral("status"), QStringLiteral("reason"), QStringLiteral("created_at"),
                         QStringLiteral("updated_at"), QStringLiteral("done_at")});
    BulkInsert callbacks(m_db, QStringLiteral("callback_note"),
                         {QStringLiteral("id"), QStringLiteral("case_id"), QStringLiteral("for_whom"), QStringLiteral("phone"),
                          QStringLiteral("question"), QStringLiteral("window_start"), QStringLiteral("window_end"),
                          QStringLiteral("status"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                          QStringLiteral("done_at")});
    auto event = [&](const QString &caseId, qint64 at, const QString &actor, const char *kind, const QJsonObject &data) {
        ++stats.events;
        const QString id = newId(at, rng);
        const QString text = json(data);
        const QString kindText = QString::fromLatin1(kind);
        if (caseId != chainCase) {
            chainCase = caseId;
            chainHash.clear();
        }
        const EventSeal seal = HistorySeal::sealAfter(chainHash, workstation.value(), HistorySeal::newSalt(rng), id,
                                                      caseId, QString(), at, actor, kindText, text);
        chainHash = seal.hash;
        events.add({id, caseId, at, actor, kindText, text, seal.workstation, seal.salt, seal.dataHash, seal.prevHash,
                    seal.hash});
    };

    QString customerId, customerName, customerPhone, customerEmail;
    struct Returning
    {
        QString id, name, phone, email;
    };
    QList<Returning> recentCustomers; ///< who may call again
    QList<Returning> lastCustomers;   ///< who called in the last days: some call again about the same
    Rhythm rhythm(now - span, now - kDay);
    QStringList batchCases;
    const auto pick = [&rng](const auto &list) -> decltype(list.at(0)) { return list.at(int(rng.bounded(int(list.size())))); };
    for (int done = 0; done < cases;) {
        Transaction tx(m_db);
        if (!tx.ok())
            return tx.status().error();
        batchCases.clear();
        for (int i = 0; i < kBatch && done < cases; ++i, ++done) {
            const QString owner = pick(t.owners);
            const qint64 opened = rhythm.at((done + rng.generateDouble()) / cases);
            // How far along the two years: the desk gets better at keeping its promises over time.
            const double later = double(done) / qMax(1, cases);
            // A customer has about three cases over time; a third of the cases come from someone
            // who called before, and a few from someone who called days ago (repeat complainants).
            const int who = int(rng.bounded(100));
            const bool again = !lastCustomers.isEmpty() && who < 6;
            if (again || (!recentCustomers.isEmpty() && who < 33)) {
                const Returning &r = again ? pick(lastCustomers) : pick(recentCustomers);
                customerId = r.id;
                customerName = r.name;
                customerPhone = r.phone;
                customerEmail = r.email;
            } else {
                customerId = newId(opened, rng);
                customerName = pick(t.first) + QLatin1Char(' ') + pick(t.last);
                customerPhone = QStringLiteral("06 %1 %2").arg(rng.bounded(1000, 9999)).arg(rng.bounded(1000, 9999));
                customerEmail = QStringLiteral("%1.%2@example.org").arg(stats.customers).arg(rng.bounded(100));
                customers.add({customerId, customerName, customerPhone, QString(customerPhone).remove(QLatin1Char(' ')),
                               customerEmail, opened, opened});
                ++stats.customers;
                const Returning r{customerId, customerName, customerPhone, customerEmail};
                if (recentCustomers.size() < kReturningPool)
                    recentCustomers.append(r);
                else
                    recentCustomers[int(rng.bounded(kReturningPool))] = r;
                if (lastCustomers.size() == kRecent)
                    lastCustomers.removeFirst();
                lastCustomers.append(r);
            }
            const QString caseId = newId(opened, rng);
            batchCases << caseId;
            const int roll = int(rng.bounded(100));
            // Who calls again within days mostly calls to complain again.
            const char *kind = again || roll < 70 ? "complaint" : roll < 82 ? "question" : roll < 92 ? "compliment" : "suggestion";
            const bool complaint = qstrcmp(kind, "complaint") == 0;
            const bool byPhone = rng.bounded(4) != 0;
            const int storyIndex = int(rng.bounded(int(t.stories.size())));
            const QStringList &story = t.stories.at(storyIndex);
            // Nothing happens in the future: the last two weeks' cases are still open or waiting.
            const bool recent = now - opened < 21 * kDay;
            const bool closed = now - opened > 14 * kDay && (!recent || rng.bounded(3) == 0);
            // A hurried call skips a step (less often as the team learns); skipping the summary
            // leaves it unconfirmed.
            const bool skipped = complaint && byPhone && int(rng.bounded(1000)) < int(300 - 150 * later);
            const QString skippedStep = skipped ? QString::fromLatin1(kSkippable[rng.bounded(int(std::size(kSkippable)))]) : QString();
            QString experience, expectation, explanation, decision, complimentFor, outcomeWords;
            QVariant cause, outcome, resolution, closedAt;
            if (complaint) {
                experience = story.at(0);
                expectation = story.at(1);
                explanation = story.at(2);
                decision = story.at(3);
                cause = QString::fromLatin1(rng.bounded(100) < 4 ? "other" : kCauses[storyIndex]);
                resolution = rng.bounded(2) ? QStringLiteral("resolved") : QStringLiteral("pending");
            } else if (qstrcmp(kind, "compliment") == 0) {
                experience = pick(t.compliments);
                complimentFor = pick(t.owners);
            } else {
                experience = pick(t.questions);
            }
            // Promises: most complaints get one, due within hours or a day or two. Of those
            // settled, the share kept on time rises from about two in three to four in five.
            const bool promised = complaint && rng.bounded(100) < 60;
            const bool promiseOpen = promised && !closed;
            const qint64 due = opened + qint64(rng.bounded(4, 49)) * kHour;
            QString promiseStatus = QStringLiteral("open");
            qint64 doneAt = 0;
            if (promised && !promiseOpen) {
                const int p = int(rng.bounded(1000));
                if (p < int(660 + 140 * later)) {
                    promiseStatus = QStringLiteral("kept");
                    doneAt = opened + qint64(double(due - opened) * (0.15 + 0.8 * rng.generateDouble()));
                } else if (p < int(880 + 70 * later)) {
                    promiseStatus = QStringLiteral("late");
                    doneAt = due + qint64(rng.bounded(2, 49)) * kHour;
                } else {
                    promiseStatus = QStringLiteral("broken");
                    doneAt = due + qint64(rng.bounded(1, 4)) * kDay;
                }
            }
            if (closed) {
                // A promise kept on time makes a stronger relationship likelier; a broken one, rare.
                const int stronger = promiseStatus == QLatin1String("kept")     ? 50
                                     : promiseStatus == QLatin1String("late")   ? 25
                                     : promiseStatus == QLatin1String("broken") ? 5
                                                                                : 30;
                const int o = int(rng.bounded(100));
                const int which = o < stronger ? 0 : o < stronger + (100 - stronger) * 6 / 10 ? 1 : o < stronger + (100 - stronger) * 17 / 20 ? 2 : 3;
                static const char *const outcomes[] = {"stronger", "same", "weaker", "unknown"};
                outcome = QString::fromLatin1(outcomes[which]);
                outcomeWords = t.outcomes.at(qMin(which, 2));
                closedAt = opened + qint64(rng.bounded(1, 14)) * kDay;
            }
            // Callback notes: for some complaints and a few other calls, in a window of two hours
            // that is met more often as time goes on; a missed one is made hours late.
            const bool callback = complaint ? rng.bounded(100) < 15 : rng.bounded(10) == 0;
            const qint64 callbackFrom = opened + qint64(rng.bounded(2, 27)) * kHour;
            const bool callbackOpen = callback && !closed;
            const bool inWindow = int(rng.bounded(1000)) < int(780 + 140 * later);
            const qint64 calledAt = inWindow ? callbackFrom + qint64(rng.bounded(0, 120)) * 60000
                                             : callbackFrom + 2 * kHour + qint64(rng.bounded(1, 25)) * kHour;
            if (callback)
                ++stats.callbacks;
            // The soonest open item, as CaseStore keeps it for the lists.
            QVariant nextDue;
            if (promiseOpen)
                nextDue = due;
            if (callbackOpen && (nextDue.isNull() || callbackFrom + 2 * kHour < due))
                nextDue = callbackFrom + 2 * kHour;
            caseRows.add({caseId, customerId, customerName, owner,
                          byPhone ? QStringLiteral("phone") : QStringLiteral("email"), QString::fromLatin1(kind),
                          experience, expectation, complaint ? experience : QString(),
                          complaint && skippedStep != QLatin1String("summarize") ? 1 : 0, explanation, cause,
                          decision, complaint ? rng.bounded(3, 6) : rng.bounded(1, 3),
                          closed ? QVariant(rng.bounded(1, 4)) : QVariant(),
                          closed ? QStringLiteral("closed") : promiseOpen ? QStringLiteral("waiting") : QStringLiteral("open"),
                          outcome, outcomeWords, opened, closed ? closedAt : QVariant(opened + kHour), closedAt,
                          complaint ? QVariant(QStringLiteral("yes")) : QVariant(), resolution, complimentFor,
                          promiseOpen ? 1 : 0, nextDue});
            event(caseId, opened, owner, "case.opened",
                  {{QStringLiteral("owner"), owner}, {QStringLiteral("channel"), byPhone ? QStringLiteral("phone") : QStringLiteral("email")},
                   {QStringLiteral("kind"), QString::fromLatin1(kind)}});
            event(caseId, opened + 60000, owner, "field.set",
                  {{QStringLiteral("field"), QStringLiteral("experience")}, {QStringLiteral("value"), experience}});
            if (skipped)
                event(caseId, opened + 240000, owner, "step.skipped",
                      {{QStringLiteral("step"), skippedStep}, {QStringLiteral("reason"), QStringLiteral("call ended")}});
            if (byPhone)
                event(caseId, opened + 300000, owner, "call.ended",
                      {{QStringLiteral("resolution"), resolution.isNull() ? QStringLiteral("resolved") : resolution.toString()}});
            if (promised) {
                const QString what = pick(t.promises);
                const QString promiseId = newId(opened, rng);
                promises.add({promiseId, caseId, what, owner, due, due, QStringLiteral("process"), promiseStatus,
                              promiseStatus == QLatin1String("broken") ? QStringLiteral("supplier could not deliver") : QString(),
                              opened, promiseOpen ? opened : doneAt, promiseOpen ? QVariant() : QVariant(doneAt)});
                ++stats.promises;
                event(caseId, opened + 120000, owner, "promise.made",
                      {{QStringLiteral("promise"), promiseId}, {QStringLiteral("what"), what},
                       {QStringLiteral("owner"), owner}, {QStringLiteral("due"), QString::number(due)}});
                if (!promiseOpen)
                    event(caseId, doneAt, owner, qPrintable(QStringLiteral("promise.") + promiseStatus),
                          {{QStringLiteral("promise"), promiseId}, {QStringLiteral("what"), what}});
            }
            if (callback)
                callbacks.add({newId(opened, rng), caseId, pick(t.owners), customerPhone, experience, callbackFrom,
                               callbackFrom + 2 * kHour, callbackOpen ? QStringLiteral("open") : QStringLiteral("done"), opened,
                               callbackOpen ? opened : calledAt, callbackOpen ? QVariant() : QVariant(calledAt)});
            if (closed)
                event(caseId, closedAt.toLongLong(), owner, "case.closed",
                      {{QStringLiteral("outcome"), outcome.toString()}, {QStringLiteral("words"), outcomeWords}});
        }
        for (BulkInsert *rows : {&customers, &caseRows, &events, &promises, &callbacks})
            if (auto s = rows->flush(); !s)
                return s.error();
        if (!bulk)
            for (const QString &id : std::as_const(batchCases))
                if (auto s = SearchIndex(m_db).indexCase(id); !s)
                    return s.error();
        if (auto s = tx.commit(); !s)
            return s.error();
        stats.cases = done;
        if (progress && !progress(int(qint64(done) * 100 / qMax(1, cases))))
            break;
    }
    if (bulk)
        if (auto restored = m_db.ensureIndexes(); !restored)
            return restored.error();
    stats.seconds = double(timer.nsecsElapsed()) / 1e9;
    return stats;
}

Result<int> DemoData::addOpenItems(const QString &owner, int count)
{
    auto recent = m_db.selectAll(QStringLiteral("SELECT id FROM case_record ORDER BY opened_at DESC LIMIT ?"), {qMax(1, count)},
                                 [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!recent)
        return recent.error();
    if (recent->isEmpty())
        return 0;
    QRandomGenerator rng(m_seed ^ 0x5eed);
    const qint64 now = m_db.clock().nowMs();
    const Status s = Transaction::run(m_db, [&]() -> Status {
        for (int i = 0; i < count; ++i) {
            const QString caseId = recent->at(i % recent->size());
            const qint64 due = now + qint64(i - count / 4) * kHour; // a quarter of them overdue
            auto r = i % 4 == 0
                         ? m_db.exec(QStringLiteral("INSERT INTO callback_note (id, case_id, for_whom, phone, question, "
                                                    "window_start, window_end, created_at, updated_at) "
                                                    "VALUES (?, ?, ?, '06 1234 5678', ?, ?, ?, ?, ?)"),
                                     {newId(now, rng), caseId, owner, QStringLiteral("Question about the invoice"), due - kHour, due,
                                      now - kDay, now - kDay})
                         : m_db.exec(QStringLiteral("INSERT INTO promised_action (id, case_id, what, owner, due_at, "
                                                    "original_due_at, kind, created_at, updated_at) "
                                                    "VALUES (?, ?, 'send the refund', ?, ?, ?, 'process', ?, ?)"),
                                     {newId(now, rng), caseId, owner, due, due, now - kDay, now - kDay});
            if (!r)
                return r.error();
        }
        for (const QString &caseId : recent.value())
            if (auto counts = CaseStore(m_db).refreshOpenCounts(caseId); !counts)
                return counts;
        return {};
    });
    if (!s)
        return s.error();
    return count;
}

} // namespace rd
