#include "agreements/CallbackStore.h"
#include "agreements/PromiseStore.h"
#include "cases/CaseStore.h"
#include "cli/BatchCommands.h"
#include "lists/CasePager.h"
#include "review/PeriodComparison.h"
#include "review/ReviewFigures.h"
#include "TempDatabase.h"
#include "TestData.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTranslator>

#include <vector>

using namespace rd;
using rd::test::TempDatabase;

namespace {

void at(TempDatabase &t, const char *iso) { t.clock().set(QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate)); }
qint64 ms(const char *iso) { return TempDatabase::ms(iso); }

QString complaint(TempDatabase &t, const QString &customer, Cause cause)
{
    auto c = CaseStore(t.db()).create(customer, Channel::Phone, CaseKind::Complaint, QStringLiteral("anna"));
    REQUIRE(c.ok());
    REQUIRE(CaseStore(t.db()).setField(c->id, CaseField::Cause, Vocabulary::key(cause)).ok());
    return c->id;
}

QString promise(TempDatabase &t, const QString &caseId, const char *due)
{
    auto p = PromiseStore(t.db()).add(caseId, QStringLiteral("send the part"), QStringLiteral("anna"), ms(due), PromiseKind::Final);
    REQUIRE(p.ok());
    return p->id;
}

QString callback(TempDatabase &t, const QString &caseId, const char *from, const char *until)
{
    auto n = CallbackStore(t.db()).add(caseId, QStringLiteral("anna"), QStringLiteral("0612345678"), QStringLiteral("the part"),
                                       ms(from), ms(until));
    REQUIRE(n.ok());
    return n->id;
}

// Three months with known figures (local time is UTC in the tests: every case is opened mid-month
// but one, on the last evening of October, whose promise is kept in November).
struct Fixture
{
    TempDatabase t;
    Fixture()
    {
        const QString ria = rd::test::newCustomer(t.db(), QStringLiteral("Ria"));
        const QString jan = rd::test::newCustomer(t.db(), QStringLiteral("Jan"));
        const QString piet = rd::test::newCustomer(t.db(), QStringLiteral("Piet"));
        CaseStore cases(t.db());
        PromiseStore promises(t.db());
        CallbackStore callbacks(t.db());
        // September: Ria complains twice (a repeat complainant); a promise kept after 3 hours.
        at(t, "2026-09-15T09:00:00Z");
        const QString s1 = complaint(t, ria, Cause::Process);
        const QString p1 = promise(t, s1, "2026-09-16T12:00:00Z");
        at(t, "2026-09-15T10:00:00Z");
        complaint(t, ria, Cause::Behaviour);
        at(t, "2026-09-15T12:00:00Z");
        REQUIRE(promises.complete(p1, QStringLiteral("sent")).ok());
        REQUIRE(cases.close(s1, Outcome::Stronger, QString()).ok());
        // October: Jan's complaint, promise kept late, a callback within its window after 5 hours;
        // a compliment passed on to bram; a case on the month's last evening.
        at(t, "2026-10-15T09:00:00Z");
        const QString o1 = complaint(t, jan, Cause::Product);
        const QString p2 = promise(t, o1, "2026-10-16T12:00:00Z");
        const QString n1 = callback(t, o1, "2026-10-15T13:00:00Z", "2026-10-15T15:00:00Z");
        at(t, "2026-10-15T14:00:00Z");
        REQUIRE(callbacks.complete(n1, QStringLiteral("told him")).ok());
        at(t, "2026-10-17T09:00:00Z");
        REQUIRE(promises.complete(p2, QStringLiteral("sent")).ok());
        REQUIRE(cases.close(o1, Outcome::Weaker, QString()).ok());
        at(t, "2026-10-20T09:00:00Z");
        auto praise = cases.create(jan, Channel::Phone, CaseKind::Compliment, QStringLiteral("anna"));
        REQUIRE(cases.setField(praise->id, CaseField::ComplimentFor, QStringLiteral("bram")).ok());
        at(t, "2026-10-31T20:00:00Z");
        const QString late = complaint(t, piet, Cause::Information);
        at(t, "2026-11-02T10:00:00Z");
        const QString p3 = promise(t, late, "2026-11-03T10:00:00Z");
        REQUIRE(promises.complete(p3, QStringLiteral("done")).ok());
        // November: Piet's complaint, a promise broken, a callback outside its window.
        at(t, "2026-11-15T09:00:00Z");
        const QString n2 = complaint(t, piet, Cause::Process);
        const QString p4 = promise(t, n2, "2026-11-16T12:00:00Z");
        const QString n3 = callback(t, n2, "2026-11-15T13:00:00Z", "2026-11-15T15:00:00Z");
        at(t, "2026-11-16T07:00:00Z");
        REQUIRE(callbacks.complete(n3, QStringLiteral("called")).ok());
        REQUIRE(promises.breakPromise(p4, QStringLiteral("the supplier could not deliver")).ok());
        at(t, "2026-11-28T09:00:00Z");
    }
};

} // namespace

TEST_CASE("Trend months: the months of a period, clipped to it, or the 12 up to it", "[review][trend]")
{
    const QDate today(2026, 11, 28);
    const PeriodSplit year = PeriodSplit::months(ReportPeriod::parse(QStringLiteral("2026")).value(), today);
    REQUIRE(year.parts.size() == 11); // January to November: no month after today's
    CHECK(year.parts.first().label == QStringLiteral("2026-01"));
    CHECK(year.parts.last().label == QStringLiteral("2026-11"));
    const PeriodSplit all = PeriodSplit::months(ReportPeriod::parse(QStringLiteral("all")).value(), today);
    REQUIRE(all.parts.size() == 12);
    CHECK(all.parts.first().label == QStringLiteral("2025-12"));
    const PeriodSplit one = PeriodSplit::months(ReportPeriod::parse(QStringLiteral("2026-03")).value(), today);
    REQUIRE(one.parts.size() == 12);
    CHECK(one.parts.last().label == QStringLiteral("2026-03"));
    // A range from the middle of a month: its first and last month reach only as far as the range.
    const ReportPeriod range = ReportPeriod::parse(QStringLiteral("2026-02-10..2026-05-20")).value();
    const PeriodSplit clipped = PeriodSplit::months(range, today);
    REQUIRE(clipped.parts.size() == 4);
    CHECK(*clipped.parts.first().from == *range.from);
    CHECK(*clipped.parts.last().until == *range.until);
    CHECK(*clipped.whole.from == *range.from);
    for (int i = 0; i + 1 < clipped.parts.size(); ++i)
        CHECK(*clipped.parts.at(i).until == *clipped.parts.at(i + 1).from);
    // Early in a year: its one month so far, shown as the 12 months up to it; never a month to come.
    const QDate january(2027, 1, 15);
    const PeriodSplit early = PeriodSplit::months(ReportPeriod::parse(QStringLiteral("2027")).value(), january);
    REQUIRE(early.parts.size() == 12);
    CHECK(early.parts.last().label == QStringLiteral("2027-01"));
    const PeriodSplit future = PeriodSplit::months(ReportPeriod::parse(QStringLiteral("2028")).value(), january);
    CHECK(future.parts.last().label == QStringLiteral("2027-01"));
    // Never more than three years of months.
    CHECK(PeriodSplit::months(ReportPeriod::parse(QStringLiteral("2000-01-01..2026-11-28")).value(), today).parts.size() == 36);
}

TEST_CASE("The monthly series counts a hand-built history month by month", "[review][trend][any-backend]")
{
    Fixture f;
    const ReportPeriod period = ReportPeriod::parse(QStringLiteral("2026-09-01..2026-11-30")).value();
    auto trend = ReviewFigures(f.t.db()).trend(PeriodSplit::months(period, QDate(2026, 11, 28)));
    INFO(trend.message().toStdString());
    REQUIRE(trend.ok());
    REQUIRE(trend->months.size() == 3);
    const ReviewReport &sep = trend->months.at(0), &oct = trend->months.at(1), &nov = trend->months.at(2);
    CHECK(sep.period.label == QStringLiteral("2026-09"));
    CHECK(sep.cases == 2);
    CHECK(sep.byCause.value(QStringLiteral("process")) == 1);
    CHECK(sep.byCause.value(QStringLiteral("behaviour")) == 1);
    CHECK(sep.repeatComplainants == 1);
    CHECK(sep.promises.keptOnTime == 1);
    CHECK(sep.medianHoursToFirstContact == Approx(3.0));
    CHECK(*sep.strongerShare() == Approx(1.0));

    // October holds the case of its last evening, and the promise kept for it in November.
    CHECK(oct.cases == 3);
    CHECK(oct.byKind.value(QStringLiteral("compliment")) == 1);
    CHECK(oct.complimentsPassedOn == 1);
    CHECK(oct.byCause.value(QStringLiteral("product")) == 1);
    CHECK(oct.byCause.value(QStringLiteral("information")) == 1);
    CHECK(oct.repeatComplainants == 0);
    CHECK(oct.promises.keptLate == 1);
    CHECK(oct.promises.keptOnTime == 1);
    CHECK(oct.promises.callbacksDone == 1);
    CHECK(oct.promises.callbacksInWindow == 1);
    // Jan's first contact was the callback after 5 hours; the other case's, its promise after 38
    // hours: the median of two is their mean.
    CHECK(oct.medianHoursToFirstContact == Approx(21.5));
    CHECK(oct.outcomes.value(QStringLiteral("weaker")) == 1);

    CHECK(nov.cases == 1);
    CHECK(nov.promises.broken == 1);
    CHECK(nov.promises.callbacksDone == 1);
    CHECK(nov.promises.callbacksInWindow == 0);
    CHECK(nov.medianHoursToFirstContact == Approx(22.0));
    CHECK_FALSE(nov.strongerShare().has_value());

    // The months add up to the period's report, which counts by the same rule.
    auto whole = ReviewFigures(f.t.db()).compute(period);
    REQUIRE(whole.ok());
    int cases = 0, made = 0;
    for (const ReviewReport &m : trend->months) {
        cases += m.cases;
        made += m.promises.made;
    }
    CHECK(cases == whole->cases);
    CHECK(made == whole->promises.made);
    // Piet complained on October's last evening and in November: a repeat complainant of the
    // quarter, but of neither month.
    CHECK(whole->repeatComplainants == 2);
    CHECK(nov.repeatComplainants == 0);

    // One employee's series: bram owns nothing.
    auto brams = ReviewFigures(f.t.db()).trend(PeriodSplit::months(period, QDate(2026, 11, 28)), QStringLiteral("bram"));
    REQUIRE(brams.ok());
    for (const ReviewReport &m : brams->months)
        CHECK(m.cases == 0);
}

TEST_CASE("The cases behind a figure of a month are the ones it counted", "[review][trend][any-backend]")
{
    Fixture f;
    CasePager pager(f.t.db());
    const ReportPeriod october = ReportPeriod::parse(QStringLiteral("2026-10")).value();
    const ReportPeriod september = ReportPeriod::parse(QStringLiteral("2026-09")).value();
    const ReportPeriod november = ReportPeriod::parse(QStringLiteral("2026-11")).value();
    const auto behind = [&](TrendFigure figure, const ReportPeriod &p, std::optional<Cause> cause = {}) {
        return *pager.count(PeriodComparison::casesBehind(figure, cause, p, QString()));
    };
    CHECK(behind(TrendFigure::Cases, october) == 3);
    CHECK(behind(TrendFigure::KeptLate, october) == 1);
    CHECK(behind(TrendFigure::KeptOnTime, october) == 1);
    CHECK(behind(TrendFigure::Broken, november) == 1);
    CHECK(behind(TrendFigure::CallbacksInWindow, november) == 1); // the one outside its window, to learn from
    CHECK(behind(TrendFigure::CallbacksInWindow, october) == 0);
    CHECK(behind(TrendFigure::StrongerShare, september) == 1);
    CHECK(behind(TrendFigure::RepeatComplainants, september) == 2); // both of Ria's complaints
    CHECK(behind(TrendFigure::RepeatComplainants, october) == 0);
    CHECK(behind(TrendFigure::FirstContactHours, october) == 2);
    CHECK(behind(TrendFigure::ComplaintsByCause, september, Cause::Behaviour) == 1);
    // Pages of those lists load as well as their counts.
    auto rows = pager.pageAfter(PeriodComparison::casesBehind(TrendFigure::RepeatComplainants, {}, september, QString()), {}, 10);
    REQUIRE(rows.ok());
    CHECK(rows->size() == 2);
}

TEST_CASE("A promise or callback counts for its owner, also in the cases behind it", "[review][trend][any-backend]")
{
    TempDatabase t;
    at(t, "2026-11-10T09:00:00Z");
    const QString caseId = rd::test::newCase(t.db()); // anna's case
    auto p = PromiseStore(t.db()).add(caseId, QStringLiteral("check the invoice"), QStringLiteral("bram"),
                                      ms("2026-11-11T12:00:00Z"), PromiseKind::Final);
    REQUIRE(p.ok());
    const QString n = callback(t, caseId, "2026-11-10T13:00:00Z", "2026-11-10T15:00:00Z");
    REQUIRE(CallbackStore(t.db()).complete(n, QStringLiteral("done")).ok()); // made at 09:00, before the window
    at(t, "2026-11-10T11:00:00Z");
    REQUIRE(PromiseStore(t.db()).complete(p->id, QStringLiteral("done")).ok());
    at(t, "2026-11-28T09:00:00Z");
    const ReportPeriod november = ReportPeriod::parse(QStringLiteral("2026-11")).value();
    CasePager pager(t.db());
    for (const char *who : {"anna", "bram"}) {
        const QString owner = QString::fromLatin1(who);
        auto r = ReviewFigures(t.db()).compute(november, owner);
        REQUIRE(r.ok());
        const int kept = *pager.count(PeriodComparison::casesBehind(TrendFigure::KeptOnTime, {}, november, owner));
        const int missed = *pager.count(PeriodComparison::casesBehind(TrendFigure::CallbacksInWindow, {}, november, owner));
        CHECK(kept == r->promises.keptOnTime);
        CHECK(missed == r->promises.callbacksDone - r->promises.callbacksInWindow);
        CHECK(kept == (owner == QLatin1String("bram") ? 1 : 0));
        CHECK(missed == (owner == QLatin1String("anna") ? 1 : 0)); // anna's callback, made before its window
    }
}

TEST_CASE("A contact without a time, or before the case was opened, says nothing about the wait", "[review][trend][any-backend]")
{
    TempDatabase t;
    at(t, "2026-11-10T09:00:00Z");
    std::vector<QString> promises;
    for (int i = 0; i < 3; ++i)
        promises.push_back(promise(t, rd::test::newCase(t.db()), "2026-11-11T12:00:00Z"));
    at(t, "2026-11-10T12:00:00Z");
    for (const QString &id : promises)
        REQUIRE(PromiseStore(t.db()).complete(id, QStringLiteral("done")).ok());
    // Rows as a damaged or hand-edited archive might hold them.
    REQUIRE(t.db().exec(QStringLiteral("UPDATE promised_action SET done_at = NULL WHERE id = ?"), {promises[1]}).ok());
    REQUIRE(t.db().exec(QStringLiteral("UPDATE promised_action SET done_at = ? WHERE id = ?"),
                        {ms("2026-11-09T09:00:00Z"), promises[2]}).ok());
    auto r = ReviewFigures(t.db()).compute(ReportPeriod::parse(QStringLiteral("2026-11")).value());
    REQUIRE(r.ok());
    CHECK(r->medianHoursToFirstContact == Approx(3.0));
    CHECK(r->promises.keptOnTime == 3);
}

TEST_CASE("Two periods compared, the change said in words", "[review][trend]")
{
    ReviewReport later, earlier;
    later.cases = 120;
    earlier.cases = 100;
    later.promises.keptOnTime = 36;
    later.promises.keptLate = 10;
    later.promises.broken = 4;
    earlier.promises.keptOnTime = 30;
    earlier.promises.keptLate = 12;
    earlier.promises.broken = 8;
    later.medianHoursToFirstContact = 4.5;
    earlier.medianHoursToFirstContact = 8.0;
    later.repeatComplainants = 3;
    earlier.repeatComplainants = 5;
    later.outcomes.insert(QStringLiteral("stronger"), 4);
    later.outcomes.insert(QStringLiteral("same"), 6);
    later.byCause.insert(QStringLiteral("process"), 12);
    earlier.byCause.insert(QStringLiteral("process"), 12);
    later.byCause.insert(QStringLiteral("product"), 1);
    earlier.byCause.insert(QStringLiteral("product"), 2);

    const auto said = [](const QList<FigureChange> &changes, TrendFigure figure, std::optional<Cause> cause = {}) {
        for (const FigureChange &c : changes)
            if (c.figure == figure && c.cause == cause)
                return c;
        FAIL("no such figure");
        return FigureChange{};
    };
    QTranslator english;
    REQUIRE(english.load(QStringLiteral("recoverydesk_en"), QStringLiteral(RD_QM_DIR)));
    QCoreApplication::installTranslator(&english);
    QList<FigureChange> changes = PeriodComparison::compare(later, earlier);
    CHECK(said(changes, TrendFigure::Cases).change == QStringLiteral("20 more cases"));
    CHECK(said(changes, TrendFigure::KeptOnTime).change == QStringLiteral("12 points more kept on time"));
    CHECK(said(changes, TrendFigure::KeptOnTime).later == QStringLiteral("72% (36 of 50)"));
    CHECK(said(changes, TrendFigure::KeptOnTime).earlier == QStringLiteral("60% (30 of 50)"));
    CHECK(said(changes, TrendFigure::KeptLate).change == QStringLiteral("4 points fewer kept late"));
    CHECK(said(changes, TrendFigure::Broken).change == QStringLiteral("8 points fewer broken"));
    CHECK(said(changes, TrendFigure::FirstContactHours).change == QStringLiteral("3.5 hours faster to first contact"));
    CHECK(said(changes, TrendFigure::RepeatComplainants).change == QStringLiteral("2 fewer repeat complainants"));
    CHECK(said(changes, TrendFigure::StrongerShare).change == QStringLiteral("Cannot compare: none in one of the periods."));
    CHECK(said(changes, TrendFigure::StrongerShare).earlier == QStringLiteral("—"));
    CHECK(said(changes, TrendFigure::ComplaintsByCause, Cause::Process).change == QStringLiteral("As many complaints caused by process"));
    CHECK(said(changes, TrendFigure::ComplaintsByCause, Cause::Product).change == QStringLiteral("1 fewer complaint caused by product"));
    CHECK(said(changes, TrendFigure::CallbacksInWindow).change == QStringLiteral("Cannot compare: none in one of the periods."));
    QCoreApplication::removeTranslator(&english);

    QTranslator dutch;
    REQUIRE(dutch.load(QStringLiteral("recoverydesk_nl"), QStringLiteral(RD_QM_DIR)));
    QCoreApplication::installTranslator(&dutch);
    changes = PeriodComparison::compare(later, earlier);
    CHECK(said(changes, TrendFigure::KeptOnTime).change == QStringLiteral("12 procentpunten meer op tijd nagekomen"));
    CHECK(said(changes, TrendFigure::Cases).change == QStringLiteral("20 zaken meer"));
    CHECK(said(changes, TrendFigure::FirstContactHours).label == QStringLiteral("Tijd tot het eerste contact (mediaan)"));
    QCoreApplication::removeTranslator(&dutch);
}

TEST_CASE("report adds the months to its JSON and CSV", "[review][trend][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    REQUIRE(BatchCommands::run({QStringLiteral("demo"), QStringLiteral("--database"), path, QStringLiteral("--cases"),
                                QStringLiteral("400")},
                               out, err) == 0);
    outText.clear();
    REQUIRE(BatchCommands::run({QStringLiteral("report"), QStringLiteral("--database"), path, QStringLiteral("--period"),
                                QStringLiteral("all"), QStringLiteral("--format"), QStringLiteral("json")},
                               out, err) == 0);
    const QJsonObject json = QJsonDocument::fromJson(outText.toUtf8()).object();
    const QJsonArray months = json.value(QStringLiteral("months")).toArray();
    REQUIRE(months.size() == 12);
    const QDate thisMonth = QDate::currentDate();
    CHECK(months.last().toObject().value(QStringLiteral("period")).toString() == thisMonth.toString(QStringLiteral("yyyy-MM")));
    int inMonths = 0;
    for (const QJsonValue &m : months) {
        CHECK(m.toObject().contains(QStringLiteral("promises")));
        CHECK(m.toObject().contains(QStringLiteral("median_hours_to_first_contact")));
        inMonths += m.toObject().value(QStringLiteral("cases")).toInt();
    }
    CHECK(inMonths > 0);
    CHECK(inMonths <= json.value(QStringLiteral("cases")).toInt()); // the demo spans two years; the months, one

    outText.clear();
    REQUIRE(BatchCommands::run({QStringLiteral("report"), QStringLiteral("--database"), path, QStringLiteral("--period"),
                                thisMonth.toString(QStringLiteral("yyyy")), QStringLiteral("--format"), QStringLiteral("csv")},
                               out, err) == 0);
    const QString monthLabel = thisMonth.toString(QStringLiteral("yyyy-MM"));
    CHECK(outText.contains(QStringLiteral("month %1,promises.kept_on_time,").arg(monthLabel)));
    CHECK(outText.contains(QStringLiteral("month %1,cases.total,").arg(monthLabel)));
    CHECK(outText.contains(QStringLiteral("month %1-01,cases.total,").arg(thisMonth.year())));
    CHECK_FALSE(outText.contains(QStringLiteral("month %1-01,").arg(thisMonth.year() + 1)));
    CHECK(errText.isEmpty());
}
