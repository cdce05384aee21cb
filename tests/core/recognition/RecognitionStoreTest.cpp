// Compliments and a team lead's recognition reach the employee they are about: on one database
// (a file, or a team database read from another PC at once), and through the archive and a return
// bundle back to the employee's own PC.
#include "cases/CaseStore.h"
#include "cli/BatchCommands.h"
#include "exchange/Bundle.h"
#include "recognition/RecognitionStore.h"
#include "review/ReflectionStore.h"
#include "safety/Privacy.h"
#include "storage/Database.h"
#include "storage/HistorySeal.h"
#include "TempDatabase.h"
#include "TestData.h"
#include "BundleForgery.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTextStream>

using namespace rd;
using rd::test::TempDatabase;
using rd::test::count;

namespace {

QStringList wordsOf(const QList<ForYouItem> &items)
{
    QStringList words;
    for (const ForYouItem &item : items)
        words << item.words;
    return words;
}

} // namespace

TEST_CASE("Compliments and recognition reach the employee they name, newest first, and are marked read once",
          "[recognition][any-backend]")
{
    TempDatabase t;
    const QString first = test::newCompliment(t.db(), QStringLiteral("Bram de Vries"), QStringLiteral("He called back exactly when he said."));
    t.clock().advanceSecs(60);
    test::newCompliment(t.db(), QStringLiteral("Anna"), QStringLiteral("Anna was so patient."));
    t.clock().advanceSecs(60);
    const QString worked = test::newCase(t.db());
    t.db().setActor(QStringLiteral("Lotte (team lead)"));
    auto praise = RecognitionStore(t.db()).recognise(
        QStringLiteral("bram de vries"), worked,
        QStringLiteral("You agreed a time to call back and called at that time, even without news."));
    INFO(praise.message().toStdString());
    REQUIRE(praise.ok());

    // The name as typed in "Pass it on" and by the team lead, in any case of letters.
    auto items = RecognitionStore(t.db()).forEmployee(QStringLiteral("Bram de Vries"));
    REQUIRE(items.ok());
    REQUIRE(items->size() == 2);
    CHECK(items->at(0).kind == ForYouItem::Kind::Recognition);
    CHECK(items->at(0).from == QStringLiteral("Lotte (team lead)"));
    CHECK(items->at(0).caseId == worked);
    CHECK(items->at(1).kind == ForYouItem::Kind::Compliment);
    CHECK(items->at(1).caseId == first);
    CHECK(items->at(1).words == QStringLiteral("He called back exactly when he said."));
    // Nothing of a colleague's.
    CHECK_FALSE(wordsOf(items.value()).contains(QStringLiteral("Anna was so patient.")));
    CHECK(wordsOf(RecognitionStore(t.db()).forEmployee(QStringLiteral("anna")).value()) ==
          QStringList{QStringLiteral("Anna was so patient.")});

    CHECK(RecognitionStore(t.db()).unreadCount(QStringLiteral("Bram de Vries")).value() == 2);
    REQUIRE(RecognitionStore(t.db()).markRead(items->at(1).id).ok());
    REQUIRE(RecognitionStore(t.db()).markRead(items->at(1).id).ok()); // again: nothing changes
    CHECK(RecognitionStore(t.db()).unreadCount(QStringLiteral("Bram de Vries")).value() == 1);
    CHECK(RecognitionStore(t.db()).forEmployee(QStringLiteral("Bram de Vries"))->at(1).read);

    // The recognition is in the case's history, sealed as every change.
    CHECK(count(t.db(), QStringLiteral("SELECT count(*) FROM case_event WHERE case_id = ? AND kind = 'recognition.written'"),
                {worked}) == 1);
    CHECK(HistorySeal::verify(t.db())->intact);

    // On a team database another PC reads it at once (on a file: a second window on the same file).
    auto colleaguePC = Database::open(t.path());
    REQUIRE(colleaguePC.ok());
    CHECK(RecognitionStore(*colleaguePC.value()).forEmployee(QStringLiteral("BRAM DE VRIES"))->size() == 2);
}

TEST_CASE("Recognition is checked as typed text, for a case that exists", "[recognition][any-backend][bad-input]")
{
    TempDatabase t;
    const QString caseId = test::newCase(t.db());
    RecognitionStore store(t.db());
    CHECK(store.recognise(QStringLiteral("Bram"), caseId, QStringLiteral("   ")).error().code == Error::Code::InvalidInput);
    CHECK(store.recognise(QString(), caseId, QStringLiteral("Well done")).error().code == Error::Code::InvalidInput);
    CHECK(store.recognise(QStringLiteral("Bram\nAnna"), caseId, QStringLiteral("Well done")).error().code ==
          Error::Code::InvalidInput);
    CHECK(store.recognise(QStringLiteral("Bram"), QStringLiteral("no-such-case"), QStringLiteral("Well done")).error().code ==
          Error::Code::NotFound);
    CHECK(store.recognise(QStringLiteral("Bram"), caseId, QString(200000, QLatin1Char('x'))).error().code ==
          Error::Code::InvalidInput);
    CHECK(count(t.db(), "SELECT count(*) FROM recognition") == 0);
    CHECK(store.forEmployee(QStringLiteral("  ")).value().isEmpty());
}

TEST_CASE("The names of colleagues are offered as they are typed", "[recognition][any-backend]")
{
    TempDatabase t;
    test::newCompliment(t.db(), QStringLiteral("Bram de Vries"), QStringLiteral("Helpful"));
    const QString caseId = test::newCase(t.db()); // owned by the test's actor
    REQUIRE(RecognitionStore(t.db()).recognise(QStringLiteral("Fatima"), caseId, QStringLiteral("Clear agreements")).ok());
    auto all = RecognitionStore(t.db()).colleagues();
    REQUIRE(all.ok());
    CHECK(all->contains(QStringLiteral("Bram de Vries")));
    CHECK(all->contains(QStringLiteral("Fatima")));
    CHECK(all->contains(t.db().actor()));
    CHECK(RecognitionStore(t.db()).colleagues(QStringLiteral("br")).value() == QStringList{QStringLiteral("Bram de Vries")});
    CHECK(RecognitionStore(t.db()).colleagues(QStringLiteral("%")).value().isEmpty()); // typed, not a pattern
}

TEST_CASE("A compliment noted on one PC reaches the colleague on another through the archive and a return bundle",
          "[recognition][bundle]")
{
    // Anna's PC notes a customer's compliment about Bram, and sends her cases to the archive.
    TempDatabase annasPC;
    const QString compliment =
        test::newCompliment(annasPC.db(), QStringLiteral("Bram"), QStringLiteral("Bram explained the bill so clearly."));
    const QString toArchive = annasPC.dir() + QStringLiteral("/anna.rdbundle");
    REQUIRE(Bundle::write(annasPC.db(), toArchive, {}).ok());
    TempDatabase archive;
    REQUIRE(Bundle::merge(archive.db(), toArchive).ok());
    // The team lead adds what exactly Bram did well in that case.
    archive.db().setActor(QStringLiteral("Lotte"));
    REQUIRE(RecognitionStore(archive.db())
                .recognise(QStringLiteral("Bram"), compliment, QStringLiteral("You took the time to go through every line."))
                .ok());
    const QString otherCase = test::newCase(archive.db());
    REQUIRE(RecognitionStore(archive.db()).recognise(QStringLiteral("Carla"), otherCase, QStringLiteral("Calm and kind.")).ok());
    // What stays in the archive: a colleague's recognition on Bram's case, and the case owner's reflection.
    REQUIRE(RecognitionStore(archive.db()).recognise(QStringLiteral("Anna"), compliment, QStringLiteral("You passed it on.")).ok());
    Reflection annas;
    annas.employee = QStringLiteral("anna");
    annas.month = QStringLiteral("2026-11");
    annas.bestExperience = QStringLiteral("private thoughts");
    REQUIRE(ReflectionStore(archive.db()).save(annas).ok());

    BundleSelection forBram;
    forBram.returnFor = QStringLiteral("Bram");
    const QString back = archive.dir() + QStringLiteral("/for-bram.rdbundle");
    auto written = Bundle::write(archive.db(), back, forBram);
    INFO(written.message().toStdString());
    REQUIRE(written.ok());
    CHECK(written->cases == 1); // Bram's compliment; Carla's case stays in the archive
    CHECK(written->returnFor == QStringLiteral("Bram"));

    // Bram's PC imports it: both reach him.
    TempDatabase bramsPC;
    MergeOptions asBram;
    asBram.employee = QStringLiteral("bram");
    auto imported = Bundle::merge(bramsPC.db(), back, asBram);
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    CHECK(test::count(bramsPC.db(), "SELECT count(*) FROM reflection") == 0);
    CHECK(test::count(bramsPC.db(), "SELECT count(*) FROM recognition WHERE employee <> 'Bram'") == 0);
    auto items = RecognitionStore(bramsPC.db()).forEmployee(QStringLiteral("Bram"));
    REQUIRE(items.ok());
    CHECK(wordsOf(items.value()) == QStringList{QStringLiteral("You took the time to go through every line."),
                                                 QStringLiteral("Bram explained the bill so clearly.")});
    REQUIRE(RecognitionStore(bramsPC.db()).markRead(items->at(0).id).ok());
    // A second import changes nothing, and what he read stays read.
    const QStringList once = test::dumpCarried(bramsPC.db());
    auto again = Bundle::merge(bramsPC.db(), back, asBram);
    REQUIRE(again.ok());
    CHECK(again->newCases == 0);
    CHECK(again->newEvents == 0);
    CHECK(test::dumpCarried(bramsPC.db()) == once);
    CHECK(RecognitionStore(bramsPC.db()).unreadCount(QStringLiteral("Bram")).value() == 1);

    // Carla's PC refuses Bram's return bundle and is left as it was.
    TempDatabase carlasPC;
    MergeOptions asCarla;
    asCarla.employee = QStringLiteral("Carla");
    const QStringList before = test::dumpCarried(carlasPC.db());
    auto refused = Bundle::merge(carlasPC.db(), back, asCarla);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Refused);
    CHECK(refused.message().contains(QStringLiteral("Bram")));
    CHECK(test::dumpCarried(carlasPC.db()) == before);

    // The whole team's return bundle is taken everywhere, and each sees only their own.
    BundleSelection forTeam;
    forTeam.returnFor = Bundle::kReturnToTeam;
    const QString team = archive.dir() + QStringLiteral("/for-team.rdbundle");
    REQUIRE(Bundle::write(archive.db(), team, forTeam)->cases == 2);
    REQUIRE(Bundle::merge(carlasPC.db(), team, asCarla).ok());
    CHECK(wordsOf(RecognitionStore(carlasPC.db()).forEmployee(QStringLiteral("Carla")).value()) ==
          QStringList{QStringLiteral("Calm and kind.")});
    REQUIRE(Bundle::merge(bramsPC.db(), team, asBram).ok());
    CHECK(RecognitionStore(bramsPC.db()).forEmployee(QStringLiteral("Bram"))->size() == 2);
}

TEST_CASE("A bundle whose recognition names a case it does not carry is refused", "[recognition][bundle][bad-input]")
{
    TempDatabase source;
    const QString caseId = test::newCase(source.db());
    REQUIRE(RecognitionStore(source.db()).recognise(QStringLiteral("Bram"), caseId, QStringLiteral("Good")).ok());
    const QString file = source.dir() + QStringLiteral("/b.rdbundle");
    REQUIRE(Bundle::write(source.db(), file, {}).ok());
    // Forged: the recognition points elsewhere, with the content hash and signature made anew.
    {
        test::BundleForgery f(file);
        REQUIRE(f.ok());
        REQUIRE(f.exec(QStringLiteral("UPDATE recognition SET case_id = 'elsewhere'")));
        REQUIRE(f.resealContent());
    }
    TempDatabase archive;
    const QStringList before = test::dumpCarried(archive.db());
    auto merged = Bundle::merge(archive.db(), file);
    REQUIRE_FALSE(merged.ok());
    CHECK(merged.message().contains(QStringLiteral("inconsistent")));
    CHECK(test::dumpCarried(archive.db()) == before);
}

TEST_CASE("A bundle cannot rewrite recognition already here, and an erasure scrubs it", "[recognition][bundle][bad-input]")
{
    TempDatabase source;
    const QString caseId = test::newCase(source.db());
    REQUIRE(RecognitionStore(source.db()).recognise(QStringLiteral("Bram"), caseId, QStringLiteral("Calm and clear.")).ok());
    const QString file = source.dir() + QStringLiteral("/b.rdbundle");
    REQUIRE(Bundle::write(source.db(), file, {}).ok());
    TempDatabase archive;
    REQUIRE(Bundle::merge(archive.db(), file).ok());
    // A later bundle, made to look newer, with other words for the same recognition.
    const QString forged = source.dir() + QStringLiteral("/forged.rdbundle");
    REQUIRE(QFile::copy(file, forged));
    {
        test::BundleForgery f(forged);
        REQUIRE(f.ok());
        REQUIRE(f.exec(QStringLiteral("UPDATE recognition SET words = 'You were useless.', updated_at = updated_at + 60000")));
        REQUIRE(f.resealContent());
    }
    REQUIRE(Bundle::merge(archive.db(), forged).ok());
    CHECK(RecognitionStore(archive.db()).forEmployee(QStringLiteral("Bram"))->at(0).words == QStringLiteral("Calm and clear."));

    // Erasing the customer's personal data takes the words about their case too.
    const QString customer = CaseStore(archive.db()).get(caseId)->customerId;
    REQUIRE(Privacy(archive.db()).eraseCustomer(customer, QStringLiteral("asked to be forgotten")).ok());
    CHECK(RecognitionStore(archive.db()).forEmployee(QStringLiteral("Bram"))->at(0).words == Privacy::erasedName());
    // And a return bundle leaves the erased case in the archive (its erasure is not the archive's to send).
    BundleSelection forBram;
    forBram.returnFor = QStringLiteral("Bram");
    CHECK(Bundle::write(archive.db(), archive.dir() + QStringLiteral("/bram.rdbundle"), forBram)->cases == 0);
}

TEST_CASE("recoverydesk export --return-for writes a return bundle that import --employee takes only on its PC",
          "[recognition][bundle][cli]")
{
    TempDatabase archive;
    test::newCompliment(archive.db(), QStringLiteral("Bram"), QStringLiteral("Clear and kind."));
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    const QString back = archive.dir() + QStringLiteral("/bram.rdbundle");
    const auto run = [&](const QStringList &args) { return BatchCommands::run(args, out, err); };
    // Mistyped: both kinds at once, or an empty name.
    CHECK(run({QStringLiteral("export"), QStringLiteral("--database"), archive.path(), QStringLiteral("--out"), back,
               QStringLiteral("--return-for"), QStringLiteral("Bram"), QStringLiteral("--return-to-team")}) == 2);
    CHECK(run({QStringLiteral("export"), QStringLiteral("--database"), archive.path(), QStringLiteral("--out"), back,
               QStringLiteral("--return-for"), QStringLiteral(" ")}) == 2);
    CHECK(run({QStringLiteral("export"), QStringLiteral("--database"), archive.path(), QStringLiteral("--out"), back,
               QStringLiteral("--return-for"), QStringLiteral("*")}) == 2); // a name, never everyone by accident
    CHECK_FALSE(QFile::exists(back));
    REQUIRE(run({QStringLiteral("export"), QStringLiteral("--database"), archive.path(), QStringLiteral("--out"), back,
                 QStringLiteral("--return-for"), QStringLiteral("Bram")}) == 0);

    TempDatabase carlasPC, bramsPC;
    CHECK(run({QStringLiteral("import"), QStringLiteral("--database"), carlasPC.path(), QStringLiteral("--employee"),
               QStringLiteral("Carla"), back}) == 1);
    out.flush();
    err.flush();
    CHECK(errText.contains(QStringLiteral("Bram")));
    CHECK(RecognitionStore(carlasPC.db()).forEmployee(QStringLiteral("Bram"))->isEmpty());
    CHECK(run({QStringLiteral("import"), QStringLiteral("--database"), bramsPC.path(), QStringLiteral("--employee"),
               QStringLiteral("Bram"), back}) == 0);
    CHECK(RecognitionStore(bramsPC.db()).forEmployee(QStringLiteral("Bram"))->size() == 1);
}
