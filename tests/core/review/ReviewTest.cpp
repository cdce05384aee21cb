#include "cli/BatchCommands.h"
#include "lists/CaseListExport.h"
#include "call/CallSession.h"
#include "cases/CaseStore.h"
#include "cases/CustomerStore.h"
#include "review/DemoData.h"
#include "safety/Privacy.h"
#include "agreements/PromiseStore.h"
#include "review/ReviewFigures.h"
#include "TempDatabase.h"
#include "TestData.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

using namespace rd;
using rd::test::TempDatabase;

TEST_CASE("Report periods are parsed from the command line's forms", "[review]")
{
    CHECK_FALSE(ReportPeriod::parse(QStringLiteral("all"))->from.has_value());
    auto year = ReportPeriod::parse(QStringLiteral("2026"));
    REQUIRE(year.ok());
    CHECK(*year->from == QDateTime(QDate(2026, 1, 1), QTime(0, 0)).toMSecsSinceEpoch());
    CHECK(*year->until == QDateTime(QDate(2027, 1, 1), QTime(0, 0)).toMSecsSinceEpoch());
    auto month = ReportPeriod::parse(QStringLiteral("2026-11"));
    CHECK(*month->until == QDateTime(QDate(2026, 12, 1), QTime(0, 0)).toMSecsSinceEpoch());
    auto range = ReportPeriod::parse(QStringLiteral("2026-01-01..2026-03-31"));
    CHECK(*range->until == QDateTime(QDate(2026, 4, 1), QTime(0, 0)).toMSecsSinceEpoch());
    for (const char *bad : {"", "last week", "2026-13", "2026-02-30..2026-03-01", "2026-03-01..2026-01-01", "20266"})
        CHECK_FALSE(ReportPeriod::parse(QString::fromLatin1(bad)).ok());
}

TEST_CASE("Review figures count a constructed history", "[review]")
{
    TempDatabase t;
    CaseStore cases(t.db());
    PromiseStore promises(t.db());
    const QString ria = rd::test::newCustomer(t.db(), QStringLiteral("Ria"));
    const QString jan = rd::test::newCustomer(t.db(), QStringLiteral("Jan"));
    auto c1 = cases.create(ria, Channel::Phone, CaseKind::Complaint, QStringLiteral("anna"));
    auto c2 = cases.create(ria, Channel::Phone, CaseKind::Complaint, QStringLiteral("anna"));
    auto c3 = cases.create(jan, Channel::Phone, CaseKind::Compliment, QStringLiteral("bram"));
    REQUIRE(cases.setField(c1->id, CaseField::Cause, Vocabulary::key(Cause::Process)).ok());
    REQUIRE(cases.setField(c2->id, CaseField::Cause, Vocabulary::key(Cause::Behaviour)).ok());
    REQUIRE(cases.setField(c3->id, CaseField::ComplimentFor, QStringLiteral("Bram")).ok());
    auto p = promises.add(c1->id, QStringLiteral("refund"), QStringLiteral("anna"), TempDatabase::ms("2026-11-26T12:00:00Z"),
                          PromiseKind::Final);
    // A call with a skipped step.
    auto call = CallSession::start(t.db(), c2->id);
    REQUIRE(call->completeStep().ok()); // listen
    REQUIRE(call->skipStep().ok());     // expectations
    t.clock().advanceSecs(3 * 3600);
    REQUIRE(promises.complete(p->id, QStringLiteral("done")).ok());
    REQUIRE(cases.close(c1->id, Outcome::Stronger, QString()).ok());
    REQUIRE(cases.close(c3->id, Outcome::Same, QString()).ok());

    auto r = ReviewFigures(t.db()).compute(ReportPeriod::parse(QStringLiteral("2026-11")).value());
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    CHECK(r->cases == 3);
    CHECK(r->byKind.value(QStringLiteral("complaint")) == 2);
    CHECK(r->byCause.value(QStringLiteral("process")) == 1);
    CHECK(r->byCause.value(QStringLiteral("behaviour")) == 1);
    CHECK(r->promises.made == 1);
    CHECK(r->promises.keptOnTime == 1);
    CHECK(r->medianHoursToFirstContact == Approx(3.0));
    CHECK(r->outcomes.value(QStringLiteral("stronger")) == 1);
    CHECK(*r->strongerShare() == Approx(0.5));
    CHECK(r->repeatComplainants == 1);
    CHECK(r->compliments == 1);
    CHECK(r->complimentsPassedOn == 1);

    auto annas = ReviewFigures(t.db()).compute(ReportPeriod::parse(QStringLiteral("all")).value(), QStringLiteral("anna"));
    CHECK(annas->cases == 2);
    auto none = ReviewFigures(t.db()).compute(ReportPeriod::parse(QStringLiteral("2025")).value());
    CHECK(none->cases == 0);
    CHECK_FALSE(none->strongerShare().has_value());

    const QByteArray csv = r->toCsv();
    CHECK(csv.startsWith("\xEF\xBB\xBF" "section,item,value\r\n"));
    CHECK(csv.contains("promises,kept_on_time,1\r\n"));
    CHECK(csv.contains("outcome,stronger_share,0.500\r\n"));
    const QJsonObject json = QJsonDocument::fromJson(r->toJson()).object();
    CHECK(json.value(QStringLiteral("cases")).toInt() == 3);
    CHECK(json.value(QStringLiteral("stronger_share")).toDouble() == Approx(0.5));
}

TEST_CASE("CSV fields with commas - quotes and line breaks are quoted", "[review]")
{
    ReviewReport r;
    r.period.label = QStringLiteral("a,b \"c\"\nd");
    const QString csv = QString::fromUtf8(r.toCsv());
    CHECK(csv.contains(QStringLiteral("period,label,\"a,b \"\"c\"\"\nd\"")));
}

TEST_CASE("export - import and report run from the command line", "[review][cli]")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("desk.sqlite"));
    const QString bundle = dir.filePath(QStringLiteral("desk.rdbundle"));
    const QString archive = dir.filePath(QStringLiteral("archive/review.sqlite"));
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    REQUIRE(BatchCommands::run({QStringLiteral("demo"), QStringLiteral("--database"), source, QStringLiteral("--cases"),
                                QStringLiteral("120")},
                               out, err) == 0);
    CHECK(BatchCommands::run({QStringLiteral("export"), QStringLiteral("--database"), source, QStringLiteral("--out"), bundle},
                             out, err) == 0);
    CHECK(outText.contains(QStringLiteral("Wrote 120 cases")));
    // A new archive: the first bundle of this PC is trusted in a scripted import.
    CHECK(BatchCommands::run({QStringLiteral("import"), QStringLiteral("--database"), archive, QStringLiteral("--trust-new"), bundle},
                             out, err) == 0);
    CHECK(outText.contains(QStringLiteral("120 new cases")));
    outText.clear();
    CHECK(BatchCommands::run({QStringLiteral("import"), QStringLiteral("--database"), archive, bundle}, out, err) == 0);
    CHECK(outText.contains(QStringLiteral("0 new cases, 0 updated, 0 new events")));
    outText.clear();
    CHECK(BatchCommands::run({QStringLiteral("report"), QStringLiteral("--database"), archive, QStringLiteral("--period"),
                              QStringLiteral("all"), QStringLiteral("--format"), QStringLiteral("json")},
                             out, err) == 0);
    CHECK(QJsonDocument::fromJson(outText.toUtf8()).object().value(QStringLiteral("cases")).toInt() == 120);
    CHECK(errText.isEmpty());

    // Each failure: exit code not 0 and one clear line on stderr.
    const QString junk = dir.filePath(QStringLiteral("junk.rdbundle"));
    {
        QFile f(junk);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("junk");
    }
    const QList<QStringList> failing = {
        {QStringLiteral("import"), QStringLiteral("--database"), archive, junk},
        {QStringLiteral("import"), QStringLiteral("--database"), archive},
        {QStringLiteral("export"), QStringLiteral("--database"), source},
        {QStringLiteral("export"), QStringLiteral("--database"), source, QStringLiteral("--out"), bundle, QStringLiteral("--since"), QStringLiteral("yesterday")},
        {QStringLiteral("report"), QStringLiteral("--database"), archive, QStringLiteral("--period"), QStringLiteral("soon")},
        {QStringLiteral("report"), QStringLiteral("--database"), archive, QStringLiteral("--format"), QStringLiteral("xml")},
        {QStringLiteral("report"), QStringLiteral("--database"), dir.filePath(QStringLiteral("none.sqlite"))},
    };
    for (const QStringList &args : failing) {
        CAPTURE(args.join(QLatin1Char(' ')).toStdString());
        errText.clear();
        CHECK(BatchCommands::run(args, out, err) != 0);
        CHECK(errText.trimmed().count(QLatin1Char('\n')) == 0);
        CHECK_FALSE(errText.trimmed().isEmpty());
    }
}

TEST_CASE("A case list exports to CSV whole - with the list's filters - or not at all", "[review][export]")
{
    TempDatabase t;
    REQUIRE(DemoData(t.db(), 21, DemoData::Language::English).generate(2500).ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.csv"));
    CaseListQuery complaints;
    complaints.kind = CaseKind::Complaint;
    auto written = CaseListExport::writeCsv(t.db(), complaints, path);
    REQUIRE(written.ok());
    const qint64 expected = t.db().scalar(QStringLiteral("SELECT count(*) FROM case_record WHERE kind = 'complaint'"))->toLongLong();
    CHECK(written.value() == expected);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray all = f.readAll();
    CHECK(all.startsWith("\xEF\xBB\xBF" "Customer,Kind,Status"));
    CHECK(all.count("\r\n") == expected + 1);
    f.close();

    // Stopped half-way: the earlier file is left as it was.
    auto stopped = CaseListExport::writeCsv(t.db(), CaseListQuery{}, path, [](qint64 rows) { return rows < 1000; });
    CHECK_FALSE(stopped.ok());
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == all);

    auto html = CaseListExport::html(t.db(), CaseListQuery{}, 100);
    REQUIRE(html.ok());
    CHECK(html->contains(QStringLiteral("The first 100 of 2,500 cases.")));
    CHECK(CaseListExport::csvField(QStringLiteral("a,\"b\"")) == QStringLiteral("\"a,\"\"b\"\"\""));
}

TEST_CASE("An event whose data is not JSON is named and left out of the report, and erasures still carry over", "[report][boundary]")
{
    TempDatabase t;
    const QString caseId = rd::test::newCase(t.db());
    const QString customer = rd::test::newCustomer(t.db(), QStringLiteral("Kees Damaged"));
    REQUIRE(Privacy(t.db()).eraseCustomer(customer, QStringLiteral("asked by phone")).ok());
    const qint64 at = t.clock().nowMs();
    t.close();
    // Appended as another program might (the history only forbids changes, not additions).
    rd::test::execRawSqlite(t.path(), {QStringLiteral("INSERT INTO case_event (id, case_id, at, actor, kind, data) VALUES "
                                                      "('damaged-1', '%1', %2, 'anna', 'step.skipped', 'not json {')")
                                           .arg(caseId)
                                           .arg(at),
                                       QStringLiteral("INSERT INTO maintenance VALUES ('erasing', '1')"),
                                       QStringLiteral("UPDATE case_event SET data = 'neither {' WHERE kind = 'customer.erased'"),
                                       QStringLiteral("DELETE FROM maintenance WHERE key = 'erasing'")});
    t.reopen();
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    CHECK(BatchCommands::run({QStringLiteral("report"), QStringLiteral("--database"), t.path(), QStringLiteral("--period"),
                              QStringLiteral("all"), QStringLiteral("--format"), QStringLiteral("json")},
                             out, err) == 0);
    const QJsonObject report = QJsonDocument::fromJson(outText.toUtf8()).object();
    CHECK(report.value(QStringLiteral("cases")).toInt() == 1);
    CHECK(report.value(QStringLiteral("damaged_events")).toArray().first().toString() == QStringLiteral("damaged-1"));
    CHECK(report.value(QStringLiteral("skipped_steps")).toObject().isEmpty());
    CHECK(errText.contains(QStringLiteral("damaged-1")));
    // What a restore carries over: the erased customer is still found, whatever its event's data.
    auto erased = Privacy(t.db()).erasedCustomers();
    REQUIRE(erased.ok());
    REQUIRE(erased->size() == 1);
    CHECK(erased->first().first == customer);
}
