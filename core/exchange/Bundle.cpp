#include "exchange/Bundle.h"

#include "exchange/sqlite/BundleCheck.h"
#include "exchange/sqlite/RowRules.h"
#include "base/TextRules.h"

#include "lists/CasePager.h"
#include "cases/CaseStore.h"
#include "cases/CustomerMerges.h"
#include "storage/Database.h"
#include "safety/DatabaseCopy.h"
#include "base/ExportFile.h"
#include "storage/HistorySeal.h"
#include "safety/Privacy.h"
#include "storage/Schema.h"
#include "search/SearchIndex.h"
#include "exchange/SignedHistory.h"
#include "storage/sqlite/SqliteFile.h"
#include "storage/Transaction.h"
#include "exchange/WorkstationKey.h"
#include "exchange/WorkstationTrust.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QScopeGuard>
#include <QSqlRecord>
#include <QSysInfo>
#include <QTemporaryDir>

#include <atomic>
#include <chrono>
#include <functional>
#include <thread>

namespace rd {

namespace {

// Carried tables, parents first; events without their local sequence number.
const QStringList kTables = Schema::dataTables();

Result<QStringList> columns(Database &db, const QString &schema, const QString &table)
{
    auto cols = SqliteFile::columns(db, schema, table);
    if (!cols)
        return cols.error();
    QStringList out;
    for (const QString &c : cols.value())
        if (!BundleCheck::isLocalColumn(c))
            out << c;
    return out;
}

bool bundleHas(Database &db, const QString &table)
{
    auto cols = SqliteFile::columns(db, QStringLiteral("bundle"), table);
    return cols && !cols->isEmpty();
}

// Columns of a case that each database keeps from its own rows (the customer's name, the open
// promises): the stores and the merge write them, and a bundle's values are never taken.
bool isDerived(const QString &table, const QString &column)
{
    return table == QLatin1String("case_record") &&
           (column == QLatin1String("customer_name") || column == QLatin1String("open_promises") ||
            column == QLatin1String("next_due_at"));
}

// What checks stopped on request say.
Error checksStopped() { return Error{Error::Code::Stopped, QCoreApplication::translate("Bundle", "The checks were stopped.")}; }

// The SHA-256 of every carried row; the history's chains are gathered into @p chains on the way
// (one pass over the events serves both).
Result<QString> contentHash(Database &db, HistoryChains &chains, const std::atomic<bool> *stop = nullptr)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : kTables) {
        if (BundleCheck::introducedLater(table) && !bundleHas(db, table))
            continue;
        auto cols = columns(db, QStringLiteral("bundle"), table);
        if (!cols)
            return cols.error();
        auto r = db.exec(QStringLiteral("SELECT %1 FROM bundle.%2 ORDER BY id").arg(cols->join(QStringLiteral(", ")), table));
        if (!r)
            return r.error();
        QSqlQuery *q = r.value();
        // The column names too, in their order: renaming two columns into each other's place
        // must change the hash as surely as changing their values does.
        hash.addData(table.toUtf8() + '\x1d' + cols->join(QLatin1Char(',')).toUtf8() + '\x1d');
        // Where the chain columns are, for the history (none in a bundle from before sealing).
        const bool history = table == QLatin1String("case_event") && cols->contains(QStringLiteral("hash"));
        const qsizetype caseAt = cols->indexOf(QStringLiteral("case_id")), customerAt = cols->indexOf(QStringLiteral("customer_id")),
                        workstationAt = cols->indexOf(QStringLiteral("workstation")), hashAt = cols->indexOf(QStringLiteral("hash")),
                        prevAt = cols->indexOf(QStringLiteral("prev_hash"));
        QList<QByteArray> row(cols->size());
        for (qint64 n = 1; q->next(); ++n) {
            if (stop && n % 4096 == 0 && stop->load()) {
                q->finish();
                return checksStopped();
            }
            for (int i = 0; i < cols->size(); ++i) {
                const QVariant v = q->value(i);
                row[i] = v.isNull() ? QByteArray() : v.toString().toUtf8();
                hash.addData(v.isNull() ? QByteArrayLiteral("\\N") : row.at(i));
                hash.addData(QByteArrayLiteral("\x1f"));
            }
            hash.addData(QByteArrayLiteral("\x1e"));
            if (history && !q->isNull(int(hashAt)))
                chains.add(q->isNull(int(caseAt)) ? QByteArrayLiteral("customer:") + row.at(customerAt) : row.at(caseAt),
                           row.at(workstationAt), row.at(hashAt), row.at(prevAt));
        }
        if (auto failed = db.readError(*q, QCoreApplication::translate("Bundle", "read the bundle")); !failed)
            return failed.error();
        q->finish();
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<BundleManifest> readManifest(Database &db)
{
    auto rows = db.selectAll(QStringLiteral("SELECT key, value FROM bundle.manifest"), {},
                             [](const QSqlQuery &q) { return qMakePair(q.value(0).toString(), q.value(1).toString()); });
    if (!rows)
        return rows.error();
    BundleManifest m;
    QByteArray signature;
    for (const auto &kv : rows.value()) {
        if (kv.first == QLatin1String("workstation_key"))
            m.publicKey = QByteArray::fromBase64(kv.second.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        else if (kv.first == QLatin1String("signature"))
            signature = QByteArray::fromBase64(kv.second.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (kv.first == QLatin1String("exported_by")) m.exportedBy = kv.second;
        else if (kv.first == QLatin1String("team")) m.team = kv.second;
        else if (kv.first == QLatin1String("return_for")) m.returnFor = kv.second;
        else if (kv.first == QLatin1String("workstation")) m.workstation = kv.second;
        else if (kv.first == QLatin1String("exported_at")) m.exportedAt = kv.second.toLongLong();
        else if (kv.first == QLatin1String("schema_version")) m.schemaVersion = kv.second.toInt();
        else if (kv.first == QLatin1String("cases")) m.cases = kv.second.toInt();
        else if (kv.first == QLatin1String("customers")) m.customers = kv.second.toInt();
        else if (kv.first == QLatin1String("promises")) m.promises = kv.second.toInt();
        else if (kv.first == QLatin1String("callbacks")) m.callbacks = kv.second.toInt();
        else if (kv.first == QLatin1String("events")) m.events = kv.second.toInt();
        else if (kv.first == QLatin1String("content_sha256")) m.contentHash = kv.second;
        else if (kv.first == SignedHistory::chainsEntry()) m.chainsHash = kv.second;
    }
    m.signature = signature;
    for (const auto &kv : rows.value())
        if (kv.first != QLatin1String("signature"))
            m.entries << kv;
    // The period is written as a time or left empty (no bound); anything else is damage.
    for (const auto &[key, period] : {std::pair{QStringLiteral("opened_from"), &m.openedFrom},
                                      std::pair{QStringLiteral("opened_until"), &m.openedUntil}})
        for (const auto &kv : rows.value())
            if (kv.first == key && !kv.second.isEmpty()) {
                bool ok = false;
                *period = kv.second.toLongLong(&ok);
                if (!ok || **period < RowRules::kEarliest || **period > RowRules::kLatestDue)
                    m.periodHolds = false;
            }
    // The separators of the signed text never occur inside it: two manifests never read the same.
    // Each key once, and a key at all (the table's key may hold NULL more than once).
    QSet<QString> keys;
    bool plain = SignedHistory::entriesArePlain(rows.value());
    for (const auto &kv : rows.value()) {
        plain = plain && !kv.first.isEmpty() && !keys.contains(kv.first);
        keys.insert(kv.first);
    }
    m.signatureHolds = plain && !m.publicKey.isEmpty() && WorkstationKey::verify(m.publicKey, SignedHistory::signedText(rows.value()), signature);
    return m;
}

} // namespace

namespace {

// The ids of the cases @p selection chooses, as a query over the database's own cases.
DatabaseCopy::Cases casesChosenBy(const BundleSelection &selection, const SqlDialect &dialect)
{
    if (selection.returnFor) {
        // What reaches the employee: the compliments naming them, and the cases their team lead
        // recognised them in (everyone's, for the whole team).
        // Never a case whose personal data was erased here: its erasure is not this archive's to
        // send to the PCs (they accept one only from the PC that made the record), and the case
        // would take its personal data with it.
        // (NOT EXISTS: found through the history's partial indexes of erasures, on either backend.)
        const QString notErased = QStringLiteral(
            " AND NOT EXISTS (SELECT 1 FROM main.case_event e WHERE e.case_id = c.id AND e.kind = 'case.anonymised')"
            " AND NOT EXISTS (SELECT 1 FROM main.case_event e WHERE e.customer_id = c.customer_id AND e.kind = 'customer.erased')");
        if (*selection.returnFor == Bundle::kReturnToTeam)
            return {QStringLiteral("SELECT c.id FROM main.case_record c WHERE ((c.kind = 'compliment' AND c.compliment_for <> '') "
                                   "OR c.id IN (SELECT r.case_id FROM main.recognition r))") + notErased,
                    {}};
        const QString name = selection.returnFor->trimmed();
        return {QStringLiteral("SELECT c.id FROM main.case_record c WHERE ((c.kind = 'compliment' AND %1 = %2) "
                               "OR c.id IN (SELECT r.case_id FROM main.recognition r WHERE %3 = %2))")
                        .arg(dialect.foldCase(QStringLiteral("c.compliment_for")), dialect.foldCase(QStringLiteral("?")),
                             dialect.foldCase(QStringLiteral("r.employee"))) + notErased,
                {name, name}};
    }
    CaseListQuery query;
    query.openedFrom = selection.openedFrom;
    query.openedUntil = selection.openedUntil;
    query.owner = selection.owner;
    const CasePager::Condition condition = CasePager::conditionFor(query);
    return {QStringLiteral("SELECT c.id FROM main.case_record c WHERE ") + condition.sql, condition.params};
}

// Runs @p work with the private copy of the bundle at @p path attached as "bundle": everything
// happens on that copy, so the user's file is read once and never written.
template <typename Work>
auto onPrivateCopy(Database &db, const QString &path, Work work) -> decltype(work(QString()))
{
    QTemporaryDir scratch;
    auto copy = BundleCheck::privateCopy(path, scratch);
    if (!copy)
        return copy.error();
    SqliteFile::Attachment bundle(db, copy.value(), QStringLiteral("bundle"));
    if (!bundle.ok())
        return Error{Error::Code::Foreign, QCoreApplication::translate("Bundle", "%1 could not be read as a case bundle: it is damaged "
                                                                                 "or not a SQLite file.")
                                               .arg(QDir::toNativeSeparators(path))};
    return work(copy.value());
}

// Checks run on a thread of their own while the merge writes on this one: with a connection of
// their own to the database (read only: they see it as it was before the merge, which commits
// only once they pass) and the bundle's private copy attached as "bundle" there too.
class ChecksApart
{
public:
    using Work = std::function<Status(Database &db, const std::atomic<bool> &stop)>;

    ChecksApart(const QString &databasePath, const QString &copyPath, Work work)
        : m_thread([this, databasePath, copyPath, work = std::move(work)] {
              m_result = run(databasePath, copyPath, work);
              m_done = true;
          })
    {
    }
    ~ChecksApart() { stop(); }
    ChecksApart(const ChecksApart &) = delete;
    ChecksApart &operator=(const ChecksApart &) = delete;

    /// Waits for the checks to end, asking @p goOn every tenth of a second whether to: when it
    /// says no, the checks are stopped and its answer returned. Then their verdict.
    Status result(const std::function<Status()> &goOn)
    {
        while (!m_done) {
            if (auto going = goOn(); !going) {
                stop();
                return going;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        return result();
    }
    /// Waits for the checks to end; their verdict.
    Status result()
    {
        if (m_thread.joinable())
            m_thread.join();
        return m_result;
    }
    /// Asks them to end at their next check, and waits.
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    Status run(const QString &databasePath, const QString &copyPath, const Work &work)
    {
        auto db = Database::openReadOnly(databasePath);
        if (!db)
            return db.error();
        SqliteFile::Attachment bundle(*db.value(), copyPath, QStringLiteral("bundle"), true);
        return bundle.ok() ? work(*db.value(), m_stop) : Status(bundle.error());
    }

    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_done{false};
    Status m_result;
    std::thread m_thread; // last: it starts once the members it uses exist
};

// A bundle replaces only an earlier bundle: any other file at @p path is someone's work, and is
// refused before anything is written (QSaveFile would replace it whole, without a word).
Status replacesOnlyABundle(const QString &path, qint32 applicationId)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile() || info.size() == 0)
        return {}; // nothing there, or what ExportFile refuses with its own message
    if (info.size() >= 100 && SqliteFile::applicationIdOf(path) == applicationId) // a whole header, and ours
        return {};
    return Error{Error::Code::Refused, QCoreApplication::translate("Bundle", "Did not write %1: a file that is not a case bundle is "
                                                                             "there. Choose another name; a bundle replaces only an "
                                                                             "earlier bundle.")
                                           .arg(QDir::toNativeSeparators(path))};
}

// The step of an import that merges @p table's rows, where one begins.
std::optional<ImportSteps::Step> stepOf(const QString &table)
{
    if (table == QLatin1String("customer"))
        return ImportSteps::Step::Customers;
    if (table == QLatin1String("case_record"))
        return ImportSteps::Step::Cases;
    if (table == QLatin1String("promised_action"))
        return ImportSteps::Step::Promises;
    if (table == QLatin1String("case_event"))
        return ImportSteps::Step::History;
    return std::nullopt;
}

qint64 countOf(Database &db, const QString &sql)
{
    auto r = db.scalar(sql);
    return r ? r->toLongLong() : -1;
}

} // namespace

Result<std::unique_ptr<Database>> Bundle::scratchDatabase(const QTemporaryDir &dir, const QString &name)
{
    if (!dir.isValid())
        return Error{Error::Code::Storage, tr("Could not make a temporary folder to build the bundle in.")};
    return Database::open(dir.filePath(name));
}

Result<BundleManifest> Bundle::writeThroughCopy(Database &db, const QString &path, const BundleSelection &selection)
{
    // A bundle is built by attaching a new file to a file the connection may write: the chosen
    // cases of a team database or of a file opened read-only, with what belongs to them, are
    // copied into one first (as they are at one moment).
    QTemporaryDir scratch;
    auto copy = scratchDatabase(scratch, QStringLiteral("team.sqlite"));
    if (!copy)
        return copy.error();
    copy.value()->setActor(db.actor());
    copy.value()->setClock(db.sharedClock());
    if (auto copied = DatabaseCopy::copy(db, *copy.value(), casesChosenBy(selection, db.dialect())); !copied)
        return copied.error();
    // The copy holds the chosen cases alone, so the same selection chooses them all again (and
    // its period is the one the manifest names); the history's own id is the database's.
    BundleSelection same = selection;
    auto own = HistorySeal::workstationId(db);
    if (!own)
        return own.error();
    same.historyWorkstation = own.value();
    return write(*copy.value(), path, same);
}

Result<BundleManifest> Bundle::write(Database &db, const QString &path, const BundleSelection &selection)
{
    // The target is checked against the real database before any work (a copy made on the way
    // only knows its scratch file).
    if (auto s = ExportFile::checkTarget(path, db.path()); !s)
        return s.error();
    if (auto s = replacesOnlyABundle(path, kApplicationId); !s)
        return s.error();
    if (selection.returnFor && *selection.returnFor != kReturnToTeam)
        if (auto s = TextRules::checkRequired(tr("Whom the return bundle is for"), *selection.returnFor); !s)
            return s.error();
    if (db.backend() == Backend::PostgreSQL || db.isReadOnly())
        return writeThroughCopy(db, path, selection);
    const QString shown = QDir::toNativeSeparators(path);
    // Signed by this workstation: the key is there (or made) before any work is done.
    std::optional<WorkstationKey> ownKey;
    if (!selection.key) {
        auto loaded = WorkstationKey::loadOrCreate(WorkstationKey::defaultFolder());
        if (!loaded)
            return Error{loaded.error().code, tr("Did not write %1: %2").arg(shown, loaded.message())};
        ownKey = loaded.value();
    }
    const WorkstationKey *signer = selection.key ? selection.key : &ownKey.value();
    // The id this database writes its history under: declared, so an archive never counts
    // this PC's events as its own.
    QString historyWorkstation = selection.historyWorkstation;
    if (historyWorkstation.isEmpty()) {
        auto own = HistorySeal::workstationId(db);
        if (!own)
            return own.error();
        historyWorkstation = own.value();
    }
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error{Error::Code::Storage, tr("Could not make a temporary folder to build the bundle in.")};
    const QString temp = scratch.filePath(QStringLiteral("bundle.rdbundle"));

    BundleManifest m;
    {
        SqliteFile::Attachment bundle(db, temp, QStringLiteral("bundle"));
        if (!bundle.ok())
            return bundle.error();
        const DatabaseCopy::Cases chosen = casesChosenBy(selection, db.dialect());
        const Status s = Transaction::run(db, [&]() -> Status {
            if (auto r = SqliteFile::makeStandalone(db, QStringLiteral("bundle")); !r)
                return r.error();
            if (auto r = SqliteFile::stamp(db, QStringLiteral("bundle"), kApplicationId, kFormat); !r)
                return r.error();
            // Chosen once into a table of this connection, then taken from it for every table.
            if (auto r = db.execOnce(QStringLiteral("CREATE TEMP TABLE rd_chosen AS ") + chosen.select, chosen.params); !r)
                return r.error();
            const auto rows = DatabaseCopy::rowsOf({QStringLiteral("SELECT id FROM rd_chosen"), {}});
            for (const QString &table : kTables) {
                auto cols = columns(db, QStringLiteral("main"), table);
                if (!cols)
                    return cols.error();
                const QString list = cols->join(QStringLiteral(", "));
                // In id order, so the same selection gives the same file content.
                if (auto r = db.execOnce(QStringLiteral("CREATE TABLE bundle.%1 AS SELECT %2 FROM main.%1 WHERE %3 ORDER BY id")
                                         .arg(table, list, rows.value(table).sql));
                    !r)
                    return r.error();
            }
            if (auto r = db.execOnce(QStringLiteral("DROP TABLE rd_chosen")); !r)
                return r.error();
            if (selection.returnFor)
                if (auto kept = keepOnlyWhatReturns(db, *selection.returnFor); !kept)
                    return kept;
            // A history whose newest events were removed still links up: never sent on as whole.
            auto short_ = db.scalar(QStringLiteral("SELECT b.chain FROM (SELECT %1 AS chain, coalesce(e.workstation, '') AS ws, "
                                                   "count(*) AS n FROM bundle.case_event e WHERE e.hash IS NOT NULL GROUP BY 1, 2) b "
                                                   "LEFT JOIN main.history_chain h ON h.chain = b.chain AND h.workstation = b.ws "
                                                   "WHERE h.events IS NULL OR h.events <> b.n LIMIT 1")
                                        .arg(HistorySeal::chainOf(QStringLiteral("e"))));
            if (!short_)
                return short_.error();
            if (short_->isValid())
                return Error{Error::Code::Refused,
                             tr("Did not write %1: the history of %2 does not hold as many events as were written to it. "
                                "Run recoverydesk verify on the database, or restore it from a backup.")
                                 .arg(shown, short_->toString())};
            // Keys indexed inside the bundle, so checking and merging it stays linear.
            for (const QString &table : kTables) {
                if (auto r = db.execOnce(QStringLiteral("CREATE UNIQUE INDEX bundle.%1_id ON %1(id)").arg(table)); !r)
                    return r.error();
                auto cols = columns(db, QStringLiteral("bundle"), table);
                if (cols && cols->contains(QStringLiteral("case_id")))
                    if (auto r = db.execOnce(QStringLiteral("CREATE INDEX bundle.%1_case ON %1(case_id)").arg(table)); !r)
                        return r.error();
            }
            if (auto r = db.execOnce(QStringLiteral("CREATE TABLE bundle.manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL)")); !r)
                return r.error();
            HistoryChains history(HistoryChains::Keep::DigestOnly);
            auto hash = contentHash(db, history);
            if (!hash)
                return hash.error();
            // Every event's place in its chain: what an archive keeps to check its history by.
            const QString chains = history.digest();
            m.exportedBy = db.actor();
            m.team = selection.team;
            m.workstation = QSysInfo::machineHostName();
            m.exportedAt = db.clock().nowMs();
            m.schemaVersion = kFormat;
            m.cases = int(countOf(db, QStringLiteral("SELECT count(*) FROM bundle.case_record")));
            m.customers = int(countOf(db, QStringLiteral("SELECT count(*) FROM bundle.customer")));
            m.promises = int(countOf(db, QStringLiteral("SELECT count(*) FROM bundle.promised_action")));
            m.callbacks = int(countOf(db, QStringLiteral("SELECT count(*) FROM bundle.callback_note")));
            m.events = int(countOf(db, QStringLiteral("SELECT count(*) FROM bundle.case_event")));
            m.contentHash = hash.value();
            m.openedFrom = selection.openedFrom;
            m.openedUntil = selection.openedUntil;
            m.returnFor = selection.returnFor;
            const auto time = [](const std::optional<qint64> &t) { return t ? QString::number(*t) : QString(); };
            ManifestEntries entries = {
                {QStringLiteral("format"), QStringLiteral("Recovery Desk case bundle")},
                {QStringLiteral("exported_by"), m.exportedBy},
                {QStringLiteral("team"), m.team},
                {QStringLiteral("workstation"), m.workstation},
                {QStringLiteral("exported_at"), QString::number(m.exportedAt)},
                {QStringLiteral("schema_version"), QString::number(m.schemaVersion)},
                {QStringLiteral("cases"), QString::number(m.cases)},
                {QStringLiteral("customers"), QString::number(m.customers)},
                {QStringLiteral("promises"), QString::number(m.promises)},
                {QStringLiteral("callbacks"), QString::number(m.callbacks)},
                {QStringLiteral("events"), QString::number(m.events)},
                {QStringLiteral("content_sha256"), m.contentHash},
                {QStringLiteral("opened_from"), time(m.openedFrom)},
                {QStringLiteral("opened_until"), time(m.openedUntil)},
                {SignedHistory::chainsEntry(), chains},
                {QStringLiteral("history_workstation"), historyWorkstation},
                {QStringLiteral("workstation_key"), QString::fromLatin1(signer->publicKey().toBase64())},
            };
            if (m.returnFor)
                entries.append({QStringLiteral("return_for"), *m.returnFor});
            m.publicKey = signer->publicKey();
            m.signatureHolds = true;
            m.signature = signer->sign(SignedHistory::signedText(entries));
            m.entries = entries;
            m.chainsHash = chains;
            entries.append({QStringLiteral("signature"), QString::fromLatin1(m.signature.toBase64())});
            for (const auto &e : entries)
                if (auto r = db.execOnce(QStringLiteral("INSERT INTO bundle.manifest VALUES (?, ?)"), {e.first, e.second}); !r)
                    return r.error();
            return {};
        });
        if (!s)
            return s.error();
    }
    // Copied into place whole, owner-only, and never over the database or through a link.
    QFile built(temp);
    if (!built.open(QIODevice::ReadOnly))
        return Error{Error::Code::Storage, tr("Could not write the bundle %1: %2").arg(shown, built.errorString())};
    ExportFile target(path, db.path());
    if (auto opened = target.open(); !opened)
        return opened.error();
    while (!built.atEnd())
        if (auto written = target.write(built.read(1 << 20)); !written)
            return written.error();
    if (auto committed = target.commit(); !committed)
        return committed.error();
    return m;
}

Result<BundleManifest> Bundle::inspect(Database &db, const QString &path)
{
    if (db.backend() == Backend::PostgreSQL) { // checked as a file would check it
        QTemporaryDir scratch;
        auto staging = scratchDatabase(scratch, QStringLiteral("check.sqlite"));
        if (!staging)
            return staging.error();
        return inspect(*staging.value(), path);
    }
    return onPrivateCopy(db, path, [&](const QString &) { return inspectAttached(db, QDir::toNativeSeparators(path)); });
}

Result<BundleManifest> Bundle::inspectAttached(Database &db, const QString &shown, HistoryChains *chains)
{
    auto manifest = inspectFile(db, shown);
    if (!manifest)
        return manifest.error();
    HistoryChains ownChains(HistoryChains::Keep::DigestOnly);
    HistoryChains &history = chains ? *chains : ownChains;
    if (auto s = inspectContent(db, shown, manifest.value(), history, db.clock().nowMs()); !s)
        return s.error();
    if (!chains && history.digest() != manifest->chainsHash)
        return Error{Error::Code::Foreign, tr("%1 was refused: the history it carries is not the history its manifest signs. "
                                              "Nothing was imported.")
                                               .arg(shown)};
    return manifest;
}

Result<BundleManifest> Bundle::inspectFile(Database &db, const QString &shown)
{
    auto header = SqliteFile::header(db, QStringLiteral("bundle"));
    if (!header)
        return Error{Error::Code::Foreign, tr("%1 is damaged or truncated: it cannot be read.").arg(shown)};
    const int version = header->version;
    if (header->applicationId != kApplicationId)
        return Error{Error::Code::Foreign, tr("%1 is not a Recovery Desk case bundle.").arg(shown)};
    if (version > kFormat || version < 1)
        return Error{Error::Code::TooNew,
                     tr("%1 was made by a newer version of Recovery Desk (data format %2; this version reads bundles up to "
                        "format %3). Update Recovery Desk to import it.")
                         .arg(shown)
                         .arg(version)
                         .arg(kFormat)};
    BundleCheck check(db, shown, version);
    // Nothing of the bundle is queried before SQLite vouches for the file and the schema is ours.
    if (auto s = check.integrity(); !s)
        return s.error();
    if (auto s = check.exactSchema(); !s)
        return s.error();
    auto manifest = readManifest(db);
    if (!manifest)
        return Error{Error::Code::Foreign, tr("%1 has no readable manifest; it is damaged or not a bundle.").arg(shown)};
    const qint64 now = db.clock().nowMs();
    for (const QString &text : {manifest->exportedBy, manifest->team, manifest->workstation, manifest->returnFor.value_or(QString())})
        if (auto s = TextRules::check(tr("The bundle's sender"), text, TextRules::Lines::Single); !s)
            return Error{Error::Code::Foreign, tr("%1 has a damaged manifest: %2").arg(shown, s.message())};
    if (manifest->exportedAt < RowRules::kEarliest || manifest->exportedAt > now + RowRules::kSlackMs)
        return Error{Error::Code::Foreign, tr("%1 has a damaged manifest: its export time is impossible.").arg(shown)};
    manifest->schemaVersion = version; // the format its tables are checked by, whatever the manifest says
    return manifest;
}

Status Bundle::inspectContent(Database &db, const QString &shown, const BundleManifest &manifest, HistoryChains &history, qint64 now,
                              const std::atomic<bool> *stop)
{
    const auto going = [stop]() -> Status {
        return stop && stop->load() ? Status(checksStopped()) : Status();
    };
    BundleCheck check(db, shown, manifest.schemaVersion);
    // Every reference must point inside the bundle; a bundle is refused whole otherwise.
    // As joins, so SQLite can index a bundle that carries no indexes of its own on the fly.
    const QStringList orphans = {
        QStringLiteral("SELECT count(*) FROM bundle.case_record c LEFT JOIN bundle.customer u ON u.id = c.customer_id "
                       "WHERE u.id IS NULL"),
        QStringLiteral("SELECT count(*) FROM bundle.promised_action p LEFT JOIN bundle.case_record c ON c.id = p.case_id "
                       "WHERE c.id IS NULL"),
        QStringLiteral("SELECT count(*) FROM bundle.callback_note n LEFT JOIN bundle.case_record c ON c.id = n.case_id "
                       "WHERE c.id IS NULL"),
        QStringLiteral("SELECT count(*) FROM bundle.case_event e LEFT JOIN bundle.case_record c ON c.id = e.case_id "
                       "WHERE e.case_id IS NOT NULL AND c.id IS NULL"),
        QStringLiteral("SELECT count(*) FROM bundle.case_event e LEFT JOIN bundle.customer u ON u.id = e.customer_id "
                       "WHERE e.customer_id IS NOT NULL AND u.id IS NULL"),
    };
    QStringList linkChecks;
    if (manifest.schemaVersion >= 5)
        linkChecks << QStringLiteral("SELECT count(*) FROM bundle.improvement_case l LEFT JOIN bundle.case_record c "
                                     "ON c.id = l.case_id LEFT JOIN bundle.improvement_item i ON i.id = l.item_id "
                                     "WHERE c.id IS NULL OR i.id IS NULL");
    if (manifest.schemaVersion >= 13)
        linkChecks << QStringLiteral("SELECT count(*) FROM bundle.recognition r LEFT JOIN bundle.case_record c ON c.id = r.case_id "
                                     "WHERE c.id IS NULL");
    for (const QString &sql : orphans + linkChecks) {
        const qint64 n = countOf(db, sql);
        if (n != 0)
            return Error{Error::Code::Foreign,
                         tr("%1 is inconsistent: some records refer to cases or customers it does not contain. "
                            "Export it again.")
                             .arg(shown)};
    }
    if (auto s = going(); !s)
        return s;
    auto hash = contentHash(db, history, stop);
    if (!hash && hash.error().code == Error::Code::Stopped)
        return hash.error();
    if (!hash || hash.value() != manifest.contentHash)
        return Error{Error::Code::Foreign, tr("%1 does not match its own manifest: it was changed or damaged after export.").arg(shown)};
    // The manifest names the content by its hash, and the sender's key signs the manifest.
    if (manifest.publicKey.isEmpty())
        return Error{Error::Code::Foreign, tr("%1 carries no signature: it was made by an older version of Recovery Desk. "
                                              "Export it again with this version.")
                                               .arg(shown)};
    if (!manifest.signatureHolds)
        return Error{Error::Code::Foreign, tr("%1 was refused: its signature does not hold, so it was changed after "
                                              "\"%2\" signed it. Nothing was imported.")
                                               .arg(shown, manifest.workstation)};
    if (manifest.chainsHash.isEmpty())
        return Error{Error::Code::Foreign, tr("%1 carries no signed history: it was made by an earlier version of Recovery Desk. "
                                              "Export it again with this version.")
                                               .arg(shown)};
    if (!manifest.periodHolds)
        return Error{Error::Code::Foreign, tr("%1 has a damaged manifest: its period is not a time.").arg(shown)};
    // Nothing in a bundle happened after it was made (nor after now, whatever its manifest says).
    if (auto s = going(); !s)
        return s;
    if (auto s = check.rows(qMin(now, manifest.exportedAt)); !s)
        return s;
    if (auto s = going(); !s)
        return s;
    return check.history();
}

Result<ImportStats> Bundle::merge(Database &db, const QString &path, const MergeOptions &options)
{
    if (db.backend() == Backend::PostgreSQL)
        return mergeIntoServer(db, path, options);
    ImportSteps steps(options.progress);
    if (auto s = steps.begin(ImportSteps::Step::Copying); !s)
        return s.error();
    return onPrivateCopy(db, path,
                         [&](const QString &copy) { return mergeAttached(db, QDir::toNativeSeparators(path), copy, options, steps); });
}

Result<bool> Bundle::senderIsNew(Database &db, BundleManifest &manifest, const QString &shown, const MergeOptions &options)
{
    WorkstationTrust trust(db);
    auto standing = trust.standingOf(manifest.workstation, manifest.publicKey);
    if (!standing)
        return standing.error();
    // A known key is named as it was trusted, whatever name the bundle gives itself.
    auto known = trust.knownName(manifest.publicKey);
    if (!known)
        return known.error();
    if (!known->isEmpty())
        manifest.workstation = known.value();
    if (standing.value() == WorkstationTrust::Standing::Trusted)
        return false;
    if (standing.value() == WorkstationTrust::Standing::Unknown && options.trustNew)
        return true;
    return Error{standing.value() == WorkstationTrust::Standing::Unknown ? Error::Code::Untrusted : Error::Code::Refused,
                 tr("%1 was refused: %2. Nothing was imported.")
                     .arg(shown, WorkstationTrust::refusal(standing.value(), manifest.workstation, manifest.publicKey))};
}

const QString Bundle::kReturnToTeam = QStringLiteral("*");

Status Bundle::keepOnlyWhatReturns(Database &db, const QString &returnFor)
{
    // A return bundle brings what was said about its employee, with the cases it is about: not
    // the cases' owners' reflections, their improvement items, or what was said to colleagues.
    for (const char *table : {"reflection", "improvement_case", "improvement_item"})
        if (auto r = db.execOnce(QStringLiteral("DELETE FROM bundle.%1").arg(QLatin1String(table))); !r)
            return r;
    if (returnFor == kReturnToTeam)
        return {};
    const SqlDialect &d = db.dialect();
    return db.execOnce(QStringLiteral("DELETE FROM bundle.recognition WHERE %1 <> %2")
                           .arg(d.foldCase(QStringLiteral("employee")), d.foldCase(QStringLiteral("?"))),
                       {returnFor.trimmed()});
}

Status Bundle::meantForThisPC(const BundleManifest &manifest, const QString &shown, const MergeOptions &options)
{
    // Compliments and recognition reach the person they are about, not a colleague's PC.
    if (!manifest.returnFor || *manifest.returnFor == kReturnToTeam || options.employee.trimmed().isEmpty() ||
        manifest.returnFor->trimmed().compare(options.employee.trimmed(), Qt::CaseInsensitive) == 0)
        return {};
    return Error{Error::Code::Refused, tr("%1 was refused: it brings compliments and recognition for %2, and this PC is %3's. "
                                          "Nothing was imported.")
                                           .arg(shown, manifest.returnFor->left(80), options.employee.trimmed())};
}

Result<ImportStats> Bundle::mergeAttached(Database &db, const QString &shown, const QString &copy, const MergeOptions &options,
                                          ImportSteps &steps)
{
    if (auto s = steps.begin(ImportSteps::Step::CheckingFile); !s)
        return s.error();
    auto manifest = inspectFile(db, shown);
    if (!manifest)
        return manifest.error();
    if (auto s = meantForThisPC(*manifest, shown, options); !s)
        return s.error();
    // Every row and the history are checked on a thread of their own while the rows are copied
    // here: what is derived from them (open counts, merges of customers, erasures, the search
    // index) waits for the checks' verdict, and nothing commits unless they pass.
    HistoryChains chains(HistoryChains::Keep::Chains);
    const BundleManifest asSent = manifest.value();
    const qint64 now = db.clock().nowMs();
    ChecksApart checks(db.path(), copy, [&](Database &other, const std::atomic<bool> &stop) {
        return inspectContent(other, shown, asSent, chains, now, &stop);
    });
    // Known senders only: refused before anything is written (a damaged bundle is refused as
    // damaged first); a new one is trusted inside the merge.
    auto isNew = senderIsNew(db, *manifest, shown, options);
    if (!isNew) {
        if (auto checked = checks.result(); !checked)
            return checked.error();
        return isNew.error();
    }
    ImportStats stats;
    stats.exportedBy = manifest->exportedBy;
    stats.team = manifest->team;
    stats.workstation = manifest->workstation;
    stats.fingerprint = WorkstationKey::fingerprintOf(manifest->publicKey);
    stats.publicKey = manifest->publicKey;
    stats.newlyTrusted = isNew.value();
    stats.format = manifest->schemaVersion;
    QList<MergedTable> tables;
    for (const QString &table : kTables) {
        if (BundleCheck::introducedLater(table) && !bundleHas(db, table))
            continue;
        auto mainCols = columns(db, QStringLiteral("main"), table);
        auto bundleCols = columns(db, QStringLiteral("bundle"), table);
        if (!mainCols || !bundleCols)
            return Error{Error::Code::Storage, tr("Could not read the tables of the bundle.")};
        // An older bundle may lack newer columns: those keep their defaults.
        QStringList common;
        for (const QString &c : mainCols.value())
            if (bundleCols->contains(c))
                common << c;
        tables.append({table, QStringLiteral("bundle.") + table, common});
    }
    // Erasures held here or brought along are applied again by the merge: then as every erase
    // is, leaving no word behind (freed pages overwritten, search index merged, log truncated).
    const auto merge = [&]() -> Status {
        return Transaction::run(db, [&]() -> Status {
            if (isNew.value())
                if (auto s = WorkstationTrust(db).trust(manifest->workstation, manifest->publicKey); !s)
                    return s;
            const auto checked = [&]() -> Status {
                // Stop is asked while waiting too.
                if (auto verdict = checks.result([&] { return steps.begin(ImportSteps::Step::Checking); }); !verdict)
                    return verdict;
                // Kept as signed, chains and all, for verify; refused here if the chains are not the signed ones.
                return SignedHistory::record(db, manifest->entries, manifest->signature, chains, shown);
            };
            if (auto s = mergeRows(db, tables, stats, steps, checked); !s) {
                // Ended here before the erase's tidying reads the file again (it would wait for
                // the checks' reads). A bundle the checks refuse may break the merge first: the
                // checks then say why.
                if (s.error().code == Error::Code::Stopped)
                    checks.stop();
                else if (auto verdict = checks.result(); !verdict)
                    return verdict;
                return s;
            }
            return steps.begin(ImportSteps::Step::Saving); // the last moment to stop: the commit follows
        });
    };
    auto erasing = Privacy(db).bundleMeetsErasures();
    if (!erasing)
        return erasing.error();
    if (auto r = db.execEach(db.dialect().largeWrite(true)); !r)
        return r.error();
    const Status s = erasing.value() ? Privacy(db).scrubbing(merge) : merge();
    if (auto r = db.execEach(db.dialect().largeWrite(false)); !r && s)
        return r.error();
    if (!s)
        return s.error();
    return stats;
}

Result<ImportStats> Bundle::mergeIntoServer(Database &db, const QString &path, const MergeOptions &options)
{
    // The bundle is checked and read into an empty file first, as into any archive; its rows
    // then go to the server in temporary tables and are merged there by the same rules.
    QTemporaryDir scratch;
    auto staging = scratchDatabase(scratch, QStringLiteral("incoming.sqlite"));
    if (!staging)
        return staging.error();
    staging.value()->setActor(db.actor()); // what it keeps of the signed manifest says who imported it
    MergeOptions stagingOptions;
    stagingOptions.trustNew = true; // the scratch file trusts nobody; the team database decides below
    stagingOptions.employee = options.employee;
    stagingOptions.progress = ImportSteps::scaled(options.progress, 0, 500); // the server's part follows
    ImportSteps steps(options.progress, 500, 1000);
    auto staged = merge(*staging.value(), path, stagingOptions);
    if (!staged)
        return staged.error();
    const QString shown = QDir::toNativeSeparators(path);
    BundleManifest sender;
    sender.workstation = staged->workstation;
    sender.publicKey = staged->publicKey;
    auto isNew = senderIsNew(db, sender, shown, options);
    if (!isNew)
        return isNew.error();
    ImportStats stats = staged.value();
    // The bundle's data format, from the scratch file's check of its header.
    const int format = stats.format > 0 ? stats.format : kFormat;
    stats.workstation = sender.workstation;
    stats.newlyTrusted = isNew.value();
    stats.newCustomers = stats.newCases = stats.updatedCases = stats.newPromises = stats.newCallbacks = stats.newEvents = 0;
    QList<MergedTable> tables;
    // Long work: the history is checked here on this PC while the transaction waits.
    if (auto r = db.execEach(db.dialect().largeWrite(true)); !r)
        return r.error();
    const auto usual = qScopeGuard([&] { static_cast<void>(db.execEach(db.dialect().largeWrite(false))); });
    const Status s = Transaction::run(db, [&]() -> Status {
        if (auto going = steps.begin(ImportSteps::Step::Copying); !going)
            return going;
        if (isNew.value())
            if (auto trusted = WorkstationTrust(db).trust(sender.workstation, sender.publicKey); !trusted)
                return trusted;
        // The staged rows in temporary tables of the server's own types.
        const auto stage = [&](const TableSpec &spec, const QString &order) -> Result<MergedTable> {
            QStringList columns, declared;
            // What the bundle's format carries: a column it lacks keeps the value held here, as
            // in a file (the scratch file filled it with its default).
            const QStringList carried = BundleCheck::columnsOf(spec.name, format);
            for (const ColumnSpec &c : spec.columns) {
                if (!carried.contains(c.name))
                    continue;
                columns << c.name;
                declared << c.name + QLatin1Char(' ') + db.dialect().columnType(c.type);
            }
            const QString incoming = QStringLiteral("rd_incoming_") + spec.name;
            if (auto r = db.execOnce(QStringLiteral("CREATE TEMP TABLE %1 (%2) ON COMMIT DROP").arg(incoming, declared.join(QStringLiteral(", "))));
                !r)
                return r.error();
            auto copied = DatabaseCopy::copyRows(*staging.value(), spec.name, db, incoming, columns, spec.name, order);
            if (!copied)
                return copied.error();
            return MergedTable{spec.name, incoming, columns};
        };
        for (const QString &table : kTables) { // parents before the rows that refer to them
            auto incoming = stage(Schema::table(table), QStringLiteral("id"));
            if (!incoming)
                return incoming.error();
            tables.append(incoming.value());
        }
        // The signed manifest and its chains, kept as the staging file kept them (checked there).
        for (const auto &[table, order] : {std::pair{QStringLiteral("signed_bundle"), QStringLiteral("id")},
                                           std::pair{QStringLiteral("signed_chain"), QStringLiteral("bundle, chain, workstation")}}) {
            auto signedRows = stage(Schema::table(table), order);
            if (!signedRows)
                return signedRows.error();
            const QString list = signedRows->columns.join(QStringLiteral(", "));
            // The same bundle again: kept already, with its chains.
            const QString fresh = table == QLatin1String("signed_bundle")
                                      ? QStringLiteral("ON CONFLICT DO NOTHING")
                                      : QStringLiteral("WHERE NOT EXISTS (SELECT 1 FROM signed_chain s WHERE s.bundle = i.bundle)");
            if (auto r = db.execOnce(QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3 AS i %4").arg(table, list, signedRows->source, fresh));
                !r)
                return r;
        }
        // The staging file had no history to continue: the bundle's history is checked again
        // against what this team database holds (chains, unsealed events, erasures' senders).
        for (const QString &sql : {QStringLiteral("CREATE INDEX rd_incoming_event_case ON rd_incoming_case_event (case_id, at)"),
                                   QStringLiteral("CREATE INDEX rd_incoming_event_customer ON rd_incoming_case_event (customer_id, at)"),
                                   QStringLiteral("CREATE INDEX rd_incoming_event_id ON rd_incoming_case_event (id)")})
            if (auto r = db.execOnce(sql); !r)
                return r;
        if (auto going = steps.begin(ImportSteps::Step::CheckingFile); !going) // against what the server holds
            return going;
        if (auto checked = BundleCheck(db, QDir::toNativeSeparators(path), format, QStringLiteral("rd_incoming_")).history();
            !checked)
            return checked;
        if (auto merged = mergeRows(db, tables, stats, steps); !merged)
            return merged;
        return steps.begin(ImportSteps::Step::Saving);
    });
    if (!s)
        return s.error();
    return stats;
}

Status Bundle::mergeRows(Database &db, const QList<MergedTable> &tables, ImportStats &stats, ImportSteps &steps,
                         const std::function<Status()> &rowsCopied)
{
    const auto before = [&](const char *table) { return countOf(db, QStringLiteral("SELECT count(*) FROM main.%1").arg(QLatin1String(table))); };
    const qint64 customers = before("customer"), cases = before("case_record"), promises = before("promised_action"),
                 callbacks = before("callback_note"), events = before("case_event");
    QString incomingCases, incomingCustomers;
    for (const MergedTable &t : tables) {
        const QString &table = t.table;
        const QString &source = t.source;
        if (table == QLatin1String("case_record"))
            incomingCases = source;
        if (table == QLatin1String("customer"))
            incomingCustomers = source;
        if (auto step = stepOf(table))
            if (auto going = steps.begin(*step); !going)
                return going;
        const QString list = t.columns.join(QStringLiteral(", "));
        // Known records: the most recently updated version wins; a tie is broken by content,
        // so every archive ends up the same whatever the order of import. The content is
        // compared as one text, byte by byte, written the same way in a file and on a server.
        QStringList values;
        for (const QString &c : t.columns)
            if (!isDerived(table, c)) // kept by each archive itself: never a difference between versions
                values << QStringLiteral("CASE WHEN %1.%2 IS NULL THEN 'N' ELSE 'V' || CAST(%1.%2 AS TEXT) END").arg(QStringLiteral("%1"), c);
        const QString canonical = db.dialect().bytewise(values.join(QStringLiteral(" || '|' || ")));
        const QString wins = QStringLiteral("(b.updated_at > m.updated_at OR (b.updated_at = m.updated_at AND (%1) > (%2)))")
                                 .arg(canonical.arg(QStringLiteral("b")), canonical.arg(QStringLiteral("m")));
        if (table == QLatin1String("reflection")) {
            // One reflection per employee and month, whatever its id (two PCs may each have
            // made one): the same rule decides, so the order of import does not matter.
            if (auto r = db.execOnce(QStringLiteral("DELETE FROM main.reflection WHERE id IN (SELECT m.id FROM main.reflection m "
                                                    "JOIN %1 b ON b.employee = m.employee AND b.month = m.month AND b.id <> m.id "
                                                    "WHERE %2)")
                                         .arg(source, wins));
                !r)
                return r;
        }
        // Each column as it is written here: the customer's name on a case is this archive's.
        const auto valueOf = [&table](const QString &alias, const QString &column) {
            if (table == QLatin1String("case_record") && column == QLatin1String("customer_name"))
                return QStringLiteral("(SELECT u.name FROM main.customer u WHERE u.id = %1.customer_id)").arg(alias);
            return alias + QLatin1Char('.') + column;
        };
        QStringList fromBundle;
        for (const QString &c : t.columns)
            fromBundle << valueOf(QStringLiteral("b"), c);
        // Records already here first, so the rule compares only what was here before: the
        // bundle's new records are not in the archive yet (new ones are added below).
        // Recognition is written once and never edited: a bundle adds it, never rewrites one here
        // (an erasure scrubs it where it lands, from the erasure's own event).
        if (table != QLatin1String("case_event") && table != QLatin1String("recognition") &&
            t.columns.contains(QStringLiteral("updated_at"))) {
            const QString newer = QStringLiteral("SELECT b.id FROM %1 b JOIN main.%2 m ON m.id = b.id WHERE %3").arg(source, table, wins);
            if (table == QLatin1String("case_record")) {
                auto changed = db.scalar(QStringLiteral("SELECT count(*) FROM (%1) AS newer").arg(newer));
                if (changed)
                    stats.updatedCases = changed->toInt();
            }
            // UPDATE … FROM: one pass over the bundle, each row found in the archive by its key.
            if (auto r = db.execOnce(QStringLiteral("UPDATE main.%1 AS m SET (%2) = (%3) FROM %4 AS b WHERE b.id = m.id AND %5")
                                         .arg(table, list, fromBundle.join(QStringLiteral(", ")), source, wins));
                !r)
                return r;
        }
        // New records are added; a record already here (by id) was left to the rule above.
        if (auto r = db.execOnce(QStringLiteral("INSERT INTO main.%1 (%2) SELECT %3 FROM %4 AS b WHERE 1 = 1 ORDER BY %5 "
                                                "ON CONFLICT DO NOTHING")
                                     .arg(table, list, fromBundle.join(QStringLiteral(", ")), source,
                                          table == QLatin1String("case_event") ? QStringLiteral("b.at, b.id") : QStringLiteral("b.id")));
            !r)
            return r;
    }
    if (rowsCopied)
        if (auto s = rowsCopied(); !s)
            return s;
    // Columns kept by this workstation, and the search index, for every case the bundle touched.
    const QString touched = QStringLiteral("id IN (SELECT id FROM %1)").arg(incomingCases);
    // A customer renamed by the bundle: the name on their other cases here follows (erased
    // ones are put back in erased form below).
    const QString nameHere = QStringLiteral("(SELECT u.name FROM main.customer u WHERE u.id = c.customer_id)");
    for (const QString &sql :
         {QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS rd_renamed (id TEXT PRIMARY KEY)"), QStringLiteral("DELETE FROM rd_renamed"),
          QStringLiteral("INSERT INTO rd_renamed SELECT c.id FROM main.case_record c WHERE c.customer_id IN (SELECT id FROM %2) "
                         "AND c.customer_name <> %1 AND c.customer_name <> '%3'")
              .arg(nameHere, incomingCustomers, Privacy::erasedName()),
          QStringLiteral("UPDATE main.case_record SET customer_name = (SELECT u.name FROM main.customer u WHERE "
                         "u.id = case_record.customer_id) WHERE id IN (SELECT id FROM rd_renamed)")})
        if (auto r = db.execOnce(sql); !r)
            return r;
    if (auto counts = CaseStore(db).refreshOpenCountsWhere(touched); !counts)
        return counts;
    // Merges of customers, brought or held here, decide again whose each case is.
    auto moved = CustomerMerges(db).apply();
    if (!moved)
        return moved.error();
    // Whatever was erased here stays erased, even if a bundle brings an older copy: applied
    // before the search index sees the bundle's words, so they never enter it.
    if (auto erased = Privacy(db).reapplyErasures(); !erased)
        return erased;
    if (auto going = steps.begin(ImportSteps::Step::Search); !going)
        return going;
    if (auto idx = SearchIndex(db).indexCasesWhere(QStringLiteral("c.") + touched); !idx)
        return idx;
    // and the renamed customer's other cases, found by the new name (and no longer by the old).
    if (auto idx = SearchIndex(db).indexCasesWhere(QStringLiteral("c.id IN (SELECT id FROM rd_renamed)")); !idx)
        return idx;
    for (const QString &customer : moved.value())
        if (auto idx = SearchIndex(db).indexCustomerCases(customer); !idx)
            return idx;
    stats.newCustomers = int(before("customer") - customers);
    stats.newCases = int(before("case_record") - cases);
    stats.newPromises = int(before("promised_action") - promises);
    stats.newCallbacks = int(before("callback_note") - callbacks);
    stats.newEvents = int(before("case_event") - events);
    return {};
}

} // namespace rd
