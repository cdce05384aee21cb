#include "exchange/sqlite/BundleCheck.h"

#include "base/TextRules.h"
#include "cases/CustomerStore.h"
#include "storage/Database.h"
#include "storage/HistorySeal.h"
#include "safety/Privacy.h"
#include "exchange/sqlite/RowRules.h"
#include "storage/Schema.h"
#include "storage/sqlite/SqliteFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QTemporaryDir>

#include <limits>

namespace rd {

namespace {

// Columns added after data format 1, with the format that added them (SqliteMigrations.cpp).
const QHash<QString, int> kColumnSince = {
    {QStringLiteral("case_record.decision_kind"), 2}, {QStringLiteral("case_record.resolution"), 2},
    {QStringLiteral("case_record.compliment_for"), 2}, {QStringLiteral("promised_action.next_contact"), 2},
    {QStringLiteral("case_record.note"), 3},           {QStringLiteral("case_record.customer_name"), 4},
    {QStringLiteral("case_record.open_promises"), 4},  {QStringLiteral("case_record.next_due_at"), 4},
    {QStringLiteral("case_event.workstation"), 6},     {QStringLiteral("case_event.salt"), 6},
    {QStringLiteral("case_event.data_hash"), 6},       {QStringLiteral("case_event.prev_hash"), 6},
    {QStringLiteral("case_event.hash"), 6},            {QStringLiteral("case_record.origin_customer_id"), 11},
    {QStringLiteral("customer.address"), 12},          {QStringLiteral("customer.language"), 12},
};
// Tables added after data format 1, with the format that added them.
const QHash<QString, int> kTableSince = {
    {QStringLiteral("improvement_item"), 5}, {QStringLiteral("improvement_case"), 5}, {QStringLiteral("reflection"), 5},
    {QStringLiteral("customer_merge"), 11}, {QStringLiteral("recognition"), 13},
};

bool isTextRule(ColumnRule::Kind kind)
{
    using K = ColumnRule::Kind;
    switch (kind) {
    case K::Stamp:
    case K::OptionalStamp:
    case K::DueTime:
    case K::OptionalDueTime:
    case K::Integer:
    case K::OptionalInteger: return false;
    default: return true;
    }
}

// The index statements a bundle writer makes in every bundle, as SQLite keeps them.
QStringList indexesOf(const QString &table)
{
    QStringList out{QStringLiteral("CREATE UNIQUE INDEX %1_id ON %1(id)").arg(table)};
    if (BundleCheck::columnsOf(table, BundleCheck::kFormat).contains(QStringLiteral("case_id")))
        out << QStringLiteral("CREATE INDEX %1_case ON %1(case_id)").arg(table);
    return out;
}

} // namespace

bool BundleCheck::introducedLater(const QString &table)
{
    return kTableSince.contains(table);
}

bool BundleCheck::isLocalColumn(const QString &column)
{
    // merged_into is worked out by each database from the merges it holds (CustomerMerges).
    return column == QLatin1String("seq") || column == QLatin1String("call_step") || column == QLatin1String("merged_into");
}

QStringList BundleCheck::tablesOf(int version)
{
    QStringList out;
    for (const QString &table : Schema::dataTables())
        if (kTableSince.value(table, 1) <= version)
            out << table;
    return out;
}

QStringList BundleCheck::columnsOf(const QString &table, int version)
{
    QStringList out;
    for (const ColumnSpec &c : Schema::table(table).columns) {
        if (isLocalColumn(c.name))
            continue;
        if (kColumnSince.value(table + QLatin1Char('.') + c.name, 1) > version)
            continue;
        out << c.name;
    }
    return out;
}

Result<QString> BundleCheck::privateCopy(const QString &path, const QTemporaryDir &dir)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return Error{Error::Code::NotFound, tr("The bundle %1 does not exist.").arg(shown)};
    if (!info.isFile())
        return Error{Error::Code::Foreign, tr("%1 is not a file; choose a case bundle (.rdbundle).").arg(shown)};
    if (info.size() > kMaxBytes)
        return Error{Error::Code::Foreign, tr("%1 is too large to be a case bundle (%2 MiB).").arg(shown).arg(info.size() >> 20)};
    if (!dir.isValid())
        return Error{Error::Code::Storage, tr("Could not make a temporary folder to check the bundle in.")};
    // By its plain name (QFile never reads "file:…" as an address), and only the file itself:
    // a -wal or -shm beside it is not part of what was sent.
    QFile source(info.absoluteFilePath());
    if (!source.open(QIODevice::ReadOnly))
        return Error{Error::Code::Storage, tr("Could not read %1: %2").arg(shown, source.errorString())};
    const QString copyPath = dir.filePath(QStringLiteral("incoming.rdbundle"));
    QFile copy(copyPath);
    if (!copy.open(QIODevice::ReadWrite | QIODevice::NewOnly))
        return Error{Error::Code::Storage, tr("Could not copy %1 to check it: %2").arg(shown, copy.errorString())};
    copy.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    qint64 total = 0;
    for (;;) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty()) {
            if (source.error() != QFileDevice::NoError)
                return Error{Error::Code::Storage, tr("Could not read %1: %2").arg(shown, source.errorString())};
            break;
        }
        total += chunk.size();
        if (total > kMaxBytes)
            return Error{Error::Code::Foreign, tr("%1 is too large to be a case bundle.").arg(shown)};
        if (copy.write(chunk) != chunk.size())
            return Error{Error::Code::Storage, tr("Could not copy %1 to check it: %2").arg(shown, copy.errorString())};
    }
    // A bundle is one file. If its header asks for a write-ahead log, the copy is read as the
    // plain file it is (bytes 18 and 19: the file format versions, 2 meaning WAL).
    if (total >= 100 && copy.seek(18)) {
        const QByteArray versions = copy.read(2);
        if (versions.contains('\x02') && (!copy.seek(18) || copy.write("\x01\x01", 2) != 2))
            return Error{Error::Code::Storage, tr("Could not copy %1 to check it: %2").arg(shown, copy.errorString())};
    }
    if (!copy.flush())
        return Error{Error::Code::Storage, tr("Could not copy %1 to check it: %2").arg(shown, copy.errorString())};
    copy.close();
    if (!SqliteFile::looksLikeSqlite(copyPath))
        return Error{Error::Code::Foreign, tr("%1 is not a Recovery Desk case bundle (not a SQLite file).").arg(shown)};
    return copyPath;
}

BundleCheck::BundleCheck(Database &db, QString shown, int version, QString incomingPrefix)
    : m_db(db), m_shown(std::move(shown)), m_version(version), m_in(std::move(incomingPrefix))
{
}

QString BundleCheck::incoming(const QString &sql) const
{
    return m_in == QLatin1String("bundle.") ? sql : QString(sql).replace(QLatin1String("bundle."), m_in);
}

Error BundleCheck::refuse(const QString &why) const
{
    return Error{Error::Code::Foreign, tr("%1 was refused: %2. Nothing was imported.").arg(m_shown, why)};
}

Status BundleCheck::integrity()
{
    auto result = m_db.selectAll(QStringLiteral("PRAGMA bundle.integrity_check"), {},
                                 [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!result) // (the driver's message would name the archive, which is fine)
        return refuse(tr("it is damaged or truncated"));
    if (result.value() != QStringList{QStringLiteral("ok")})
        return refuse(tr("it is damaged (%1)").arg(result->value(0).left(200)));
    return {};
}

Status BundleCheck::exactSchema()
{
    const QStringList tables = tablesOf(m_version);
    auto objects = m_db.selectAll(QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') FROM bundle.sqlite_master"), {},
                                  [](const QSqlQuery &q) {
                                      return QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                         q.value(3).toString()};
                                  });
    if (!objects)
        return refuse(tr("its contents cannot be read (%1)").arg(objects.message()));
    QSet<QString> seen;
    QHash<QString, QString> tableSql;
    for (const QStringList &o : objects.value()) {
        const QString &type = o[0], &name = o[1], &table = o[2], &sql = o[3];
        const bool ourTable = tables.contains(table) || table == QLatin1String("manifest");
        bool allowed = false;
        if (type == QLatin1String("table"))
            allowed = name == table && ourTable && !sql.contains(QLatin1String("VIRTUAL"), Qt::CaseInsensitive);
        else if (type == QLatin1String("index"))
            allowed = ourTable && ((name.startsWith(QLatin1String("sqlite_autoindex_")) && sql.isEmpty()) ||
                                   (tables.contains(table) && indexesOf(table).contains(sql) &&
                                    sql.section(QLatin1Char(' '), -3, -3) == name));
        if (!allowed)
            return refuse(tr("it holds a %1 \"%2\", which a case bundle never has").arg(type, name.left(60)));
        if (type == QLatin1String("table")) {
            seen.insert(name);
            tableSql.insert(name, sql);
        }
    }
    for (const QString &table : tables + QStringList{QStringLiteral("manifest")}) {
        if (!seen.contains(table))
            return refuse(tr("it lacks the table %1").arg(table));
        auto columns = m_db.selectAll(QStringLiteral("SELECT name, type, hidden FROM pragma_table_xinfo(?, 'bundle')"), {table},
                                      [](const QSqlQuery &q) {
                                          return QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
                                      });
        if (!columns)
            return refuse(tr("its table %1 cannot be read").arg(table));
        const TableSpec spec = Schema::table(table);
        QStringList names, declared;
        for (const QStringList &c : columns.value()) {
            if (c[2] != QLatin1String("0"))
                return refuse(tr("its table %1 has a hidden or computed column %2").arg(table, c[0].left(60)));
            bool integer = false;
            for (const ColumnSpec &s : spec.columns)
                if (s.name == c[0])
                    integer = s.type != ColumnType::Text;
            const bool typeOk = integer ? c[1] == QLatin1String("INT") || c[1] == QLatin1String("INTEGER") : c[1] == QLatin1String("TEXT");
            if (!typeOk)
                return refuse(tr("the column %1.%2 has the type \"%3\"").arg(table, c[0].left(60), c[1].left(30)));
            names << c[0];
            declared << c[0] + QLatin1Char(' ') + c[1];
        }
        QStringList expected =
            table == QLatin1String("manifest") ? QStringList{QStringLiteral("key"), QStringLiteral("value")} : columnsOf(table, m_version);
        std::sort(names.begin(), names.end());
        std::sort(expected.begin(), expected.end());
        if (names != expected)
            return refuse(tr("its table %1 does not have the columns of data format %2").arg(table).arg(m_version));
        // The table exactly as the exporter makes it (CREATE TABLE … AS SELECT): no collation,
        // default, check, generated column or WITHOUT ROWID that would change what a read returns.
        const QString expectedSql = table == QLatin1String("manifest")
                                        ? QStringLiteral("CREATE TABLE manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                                        : QStringLiteral("CREATE TABLE %1(\n  %2\n)").arg(table, declared.join(QStringLiteral(",\n  ")));
        if (tableSql.value(table) != expectedSql)
            return refuse(tr("its table %1 is not defined as a bundle's table is").arg(table));
    }
    // Indexes of our own on the private copy, so every later check stays O(N log N) even for a
    // bundle that was sent without them.
    for (const QString &sql : {QStringLiteral("CREATE INDEX IF NOT EXISTS bundle.rd_check_event_case ON case_event(case_id, at)"),
                               QStringLiteral("CREATE INDEX IF NOT EXISTS bundle.rd_check_event_customer ON case_event(customer_id, at)"),
                               QStringLiteral("CREATE INDEX IF NOT EXISTS bundle.rd_check_event_id ON case_event(id)")})
        if (auto r = m_db.execOnce(sql); !r)
            return refuse(r.message());
    return {};
}

Status BundleCheck::rows(qint64 nowMs)
{
    for (const QString &table : tablesOf(m_version))
        if (auto s = rowsOf(table, nowMs); !s)
            return s;
    auto orphan = m_db.scalar(QStringLiteral("SELECT id FROM bundle.case_event WHERE case_id IS NULL AND customer_id IS NULL LIMIT 1"));
    if (!orphan)
        return orphan.error();
    if (orphan->isValid() && !orphan->isNull())
        return refuse(tr("history event %1 belongs to no case and no customer").arg(orphan->toString()));
    const QStringList carried = tablesOf(m_version);
    if (carried.contains(QStringLiteral("customer_merge"))) {
        // A merge names two customers the bundle carries, never one twice; a moved case names
        // the customer it was opened for, carried too.
        auto stray = m_db.scalar(QStringLiteral(
            "SELECT m.id FROM bundle.customer_merge m LEFT JOIN bundle.customer a ON a.id = m.merged_id "
            "LEFT JOIN bundle.customer b ON b.id = m.survivor_id WHERE a.id IS NULL OR b.id IS NULL OR m.merged_id = m.survivor_id "
            "UNION ALL SELECT c.id FROM bundle.case_record c LEFT JOIN bundle.customer u ON u.id = c.origin_customer_id "
            "WHERE c.origin_customer_id IS NOT NULL AND (u.id IS NULL OR c.origin_customer_id = c.customer_id) LIMIT 1"));
        if (!stray)
            return stray.error();
        if (stray->isValid() && !stray->isNull())
            return refuse(tr("the record %1 refers to a customer it does not carry").arg(stray->toString()));
    }
    if (carried.contains(QStringLiteral("reflection"))) {
        auto link = m_db.scalar(QStringLiteral(
            "SELECT b.id FROM bundle.improvement_case b WHERE EXISTS (SELECT 1 FROM bundle.improvement_case o WHERE o.item_id = b.item_id "
            "AND o.case_id = b.case_id AND o.id <> b.id) OR EXISTS (SELECT 1 FROM main.improvement_case m WHERE m.item_id = b.item_id "
            "AND m.case_id = b.case_id AND m.id <> b.id) LIMIT 1"));
        if (!link)
            return link.error();
        if (link->isValid() && !link->isNull())
            return refuse(tr("the link %1 between a case and an improvement is there twice").arg(link->toString()));
    }
    auto twice = m_db.scalar(carried.contains(QStringLiteral("reflection"))
                                 ? QStringLiteral("SELECT employee || ' ' || month FROM bundle.reflection "
                                                  "GROUP BY employee, month HAVING count(*) > 1 LIMIT 1")
                                 : QStringLiteral("SELECT NULL"));
    if (!twice)
        return twice.error();
    if (!twice->isNull())
        return refuse(tr("it holds two reflections for %1").arg(twice->toString().left(80)));
    return {};
}

Status BundleCheck::rowsOf(const QString &table, qint64 nowMs)
{
    const QStringList present = columnsOf(table, m_version);
    QList<ColumnRule> rules;
    QStringList selected, wrongType;
    for (const ColumnRule &rule : RowRules::of(table)) {
        if (!present.contains(rule.column))
            continue;
        rules << rule;
        const bool text = isTextRule(rule.kind);
        selected << (text ? QStringLiteral("CAST(%1 AS BLOB)").arg(rule.column) : rule.column);
        wrongType << QStringLiteral("typeof(%1) NOT IN ('%2', 'null')").arg(rule.column, text ? QStringLiteral("text") : QStringLiteral("integer"));
    }
    auto dup = m_db.scalar(QStringLiteral("SELECT id FROM bundle.%1 GROUP BY id HAVING count(*) > 1 LIMIT 1").arg(table));
    if (!dup)
        return dup.error();
    if (!dup->isNull())
        return refuse(tr("the record %1 appears twice in %2").arg(dup->toString().left(64), table));
    auto typed = m_db.scalar(QStringLiteral("SELECT id FROM bundle.%1 WHERE %2 LIMIT 1").arg(table, wrongType.join(QStringLiteral(" OR "))));
    if (!typed)
        return typed.error();
    if (typed->isValid())
        return refuse(tr("the record %1 in %2 holds a value of the wrong type").arg(typed->toString().left(64), table));

    auto r = m_db.exec(QStringLiteral("SELECT %1 FROM bundle.%2").arg(selected.join(QStringLiteral(", ")), table));
    if (!r)
        return r.error();
    QSqlQuery *q = r.value();
    while (q->next()) {
        QString id;
        QString phoneText;
        for (int i = 0; i < rules.size(); ++i) {
            const QVariant v = q->value(i);
            const bool text = isTextRule(rules[i].kind);
            const QByteArray raw = text ? v.toByteArray() : QByteArray();
            const QVariant value = text ? (v.isNull() ? QVariant() : QVariant(QString())) : v;
            if (i == 0)
                id = QString::fromUtf8(raw).left(64);
            if (auto s = RowRules::check(rules[i], value, raw, nowMs); !s) {
                q->finish();
                return refuse(tr("the record %1 in %2 breaks a rule (%3)").arg(id, table, s.message()));
            }
            if (rules[i].column == QLatin1String("phone"))
                phoneText = QString::fromUtf8(raw);
            // A derived column must say what it is derived from (it is what the search finds).
            if (rules[i].column == QLatin1String("phone_digits") && QString::fromUtf8(raw) != TextRules::phoneDigits(phoneText)) {
                q->finish();
                return refuse(tr("the record %1 in %2 breaks a rule (%3)").arg(id, table, rules[i].column));
            }
        }
    }
    if (q->lastError().isValid())
        return refuse(tr("its table %1 cannot be read to the end (%2)").arg(table, q->lastError().text()));
    q->finish();
    return {};
}

Status BundleCheck::history()
{
    if (m_version < 6)
        return erasuresTravelWithRecords(); // written before history was sealed
    // The same event must be the same in both places: its hash covers every field and its data.
    auto differs = m_db.scalar(incoming(QStringLiteral("SELECT b.id FROM bundle.case_event b JOIN main.case_event m ON m.id = b.id "
                                                       "WHERE NOT (b.hash = m.hash OR (b.hash IS NULL AND m.hash IS NULL)) LIMIT 1")));
    if (!differs)
        return differs.error();
    if (differs->isValid())
        return refuse(tr("its copy of history event %1 differs from the archive's").arg(differs->toString()));
    // Erased data is not checked against its seal (it is gone): it must be exactly the mark of
    // an erasure, never other text slipped in under it.
    auto falseErasure = m_db.scalar(incoming(QStringLiteral("SELECT id FROM bundle.case_event WHERE salt IS NULL AND hash IS NOT NULL "
                                                            "AND data <> ? LIMIT 1")),
                                    {HistorySeal::erasedData()});
    if (!falseErasure)
        return falseErasure.error();
    if (falseErasure->isValid())
        return refuse(tr("history event %1 claims to be erased but holds data").arg(falseErasure->toString()));
    // Unsealed events are from before sealing began: never at or after the first sealed event
    // of their case or customer, in the bundle or in the archive. Once per chain, by index.
    for (const QString &sql :
         {QStringLiteral("SELECT u.id FROM (SELECT case_id, max(at) AS last, min(id) AS id FROM bundle.case_event "
                         "WHERE hash IS NULL AND case_id IS NOT NULL GROUP BY case_id) u "
                         "WHERE u.last >= coalesce((SELECT min(at) FROM bundle.case_event s WHERE s.case_id = u.case_id AND s.hash IS NOT NULL), %1) "
                         "OR u.last >= coalesce((SELECT min(at) FROM main.case_event m WHERE m.case_id = u.case_id AND m.hash IS NOT NULL), %1) "
                         "LIMIT 1"),
          QStringLiteral("SELECT u.id FROM (SELECT customer_id, max(at) AS last, min(id) AS id FROM bundle.case_event "
                         "WHERE hash IS NULL AND case_id IS NULL GROUP BY customer_id) u "
                         "WHERE u.last >= coalesce((SELECT min(at) FROM bundle.case_event s WHERE s.customer_id = u.customer_id "
                         "AND s.case_id IS NULL AND s.hash IS NOT NULL), %1) "
                         "OR u.last >= coalesce((SELECT min(at) FROM main.case_event m WHERE m.customer_id = u.customer_id "
                         "AND m.case_id IS NULL AND m.hash IS NOT NULL), %1) LIMIT 1"),
          QStringLiteral("SELECT id FROM bundle.case_event WHERE hash IS NULL AND kind IN ('customer.erased', 'case.anonymised') LIMIT 1")}) {
        auto late = m_db.scalar(incoming(sql.contains(QLatin1String("%1")) ? sql.arg(std::numeric_limits<qint64>::max()) : sql));
        if (!late)
            return late.error();
        if (late->isValid() && !late->isNull())
            return refuse(tr("history event %1 carries no seal").arg(late->toString()));
    }
    // Each chain the bundle touches, with what the archive already holds of it: one start, no
    // gap, no fork, every seal intact.
    const QString cols = HistorySeal::verifiedColumns(QStringLiteral("b"));
    const QString held = HistorySeal::verifiedColumns(QStringLiteral("m"));
    auto r = m_db.exec(incoming(QStringLiteral(
        "SELECT %1 FROM bundle.case_event b WHERE b.hash IS NOT NULL "
        "UNION ALL SELECT %2 FROM main.case_event m WHERE m.hash IS NOT NULL AND m.case_id IN "
        "(SELECT case_id FROM bundle.case_event WHERE case_id IS NOT NULL) "
        "AND NOT EXISTS (SELECT 1 FROM bundle.case_event x WHERE x.id = m.id) "
        "UNION ALL SELECT %2 FROM main.case_event m WHERE m.hash IS NOT NULL AND m.case_id IS NULL AND m.customer_id IN "
        "(SELECT customer_id FROM bundle.case_event WHERE case_id IS NULL) "
        "AND NOT EXISTS (SELECT 1 FROM bundle.case_event x WHERE x.id = m.id) "
        "ORDER BY chain, workstation").arg(cols, held)));
    if (!r)
        return r.error();
    auto report = HistorySeal::verifyRows(m_db, *r.value());
    r.value()->finish();
    if (!report)
        return refuse(report.message());
    if (!report->intact)
        return refuse(tr("its history does not hold at event %1: %2").arg(report->brokenEventId, report->problem));
    return erasuresTravelWithRecords();
}

Status BundleCheck::erasuresTravelWithRecords()
{
    // An erasure comes with the record it erased, in its erased form: a lone erasure event
    // would otherwise erase whatever the archive holds under that id.
    const QString erased = Privacy::erasedName();
    // A bundle of format 12 or later also carries the postal address, erased with the rest.
    const QString address = columnsOf(QStringLiteral("customer"), m_version).contains(QStringLiteral("address"))
                                ? QStringLiteral(" OR c.address <> ''")
                                : QString();
    const QStringList checks = {
        QStringLiteral("SELECT e.id FROM bundle.case_event e LEFT JOIN bundle.customer c ON c.id = e.customer_id "
                       "WHERE e.kind = 'customer.erased' AND (c.id IS NULL OR c.name <> ? OR c.phone <> '' OR c.email <> '' "
                       "OR c.organisation <> ''%1) LIMIT 1")
            .arg(address),
        QStringLiteral("SELECT e.id FROM bundle.case_event e LEFT JOIN bundle.case_record c ON c.id = e.case_id "
                       "WHERE e.kind = 'case.anonymised' AND (c.id IS NULL OR c.customer_name <> ? OR c.experience <> '' "
                       "OR c.expectation <> '' OR c.summary <> '' OR c.explanation <> '' OR c.decision <> '') LIMIT 1"),
    };
    for (const QString &check : checks) {
        auto lone = m_db.scalar(incoming(check), {erased});
        if (!lone)
            return lone.error();
        if (lone->isValid())
            return refuse(tr("it carries the erasure %1 without the erased record").arg(lone->toString()));
    }
    // Where the archive holds the record with its personal data, only the workstation that
    // created it (its sealed "created" or "opened" event here) may send its erasure: anyone can
    // write a bundle with an erasure and the record in erased form, but not that history.
    const struct
    {
        const char *sql;
    } foreign[] = {
        {"SELECT e.id FROM bundle.case_event e JOIN main.customer m ON m.id = e.customer_id AND m.name <> ? "
         "WHERE e.kind = 'customer.erased' AND NOT EXISTS (SELECT 1 FROM main.case_event c WHERE c.customer_id = e.customer_id "
         "AND c.case_id IS NULL AND c.kind = 'customer.created' AND c.hash IS NOT NULL AND c.workstation = e.workstation) "
         "%1 LIMIT 1"},
        {"SELECT e.id FROM bundle.case_event e JOIN main.case_record m ON m.id = e.case_id AND m.customer_name <> ? "
         "WHERE e.kind = 'case.anonymised' AND NOT EXISTS (SELECT 1 FROM main.case_event c WHERE c.case_id = e.case_id "
         "AND c.kind = 'case.opened' AND c.hash IS NOT NULL AND c.workstation = e.workstation) LIMIT 1"},
    };
    // A record merged (not undone) with one the sender created goes with that one's erasure: one
    // person, whichever PC entered each record. Only bundles that carry merges name them.
    const QString linkedToOwn = QStringLiteral(
        "AND NOT EXISTS (SELECT 1 FROM (SELECT merged_id AS a, survivor_id AS b FROM %1 WHERE undone_at IS NULL "
        "UNION ALL SELECT survivor_id, merged_id FROM %1 WHERE undone_at IS NULL "
        "UNION ALL SELECT merged_id, survivor_id FROM main.customer_merge WHERE undone_at IS NULL "
        "UNION ALL SELECT survivor_id, merged_id FROM main.customer_merge WHERE undone_at IS NULL) AS l "
        "WHERE l.a = e.customer_id AND (EXISTS (SELECT 1 FROM main.case_event c WHERE c.customer_id = l.b AND c.case_id IS NULL "
        "AND c.kind = 'customer.created' AND c.hash IS NOT NULL AND c.workstation = e.workstation) "
        "OR EXISTS (SELECT 1 FROM bundle.case_event c WHERE c.customer_id = l.b AND c.case_id IS NULL "
        "AND c.kind = 'customer.created' AND c.hash IS NOT NULL AND c.workstation = e.workstation)))")
            .arg(tablesOf(m_version).contains(QStringLiteral("customer_merge")) ? QStringLiteral("bundle.customer_merge")
                                                                                 : QStringLiteral("main.customer_merge"));
    for (const auto &check : foreign) {
        QString sql = QLatin1String(check.sql);
        if (sql.contains(QLatin1String("%1")))
            sql = sql.arg(linkedToOwn);
        auto stranger = m_db.scalar(incoming(sql), {erased});
        if (!stranger)
            return stranger.error();
        if (stranger->isValid() && !stranger->isNull())
            return refuse(tr("it carries the erasure %1 of a record that its sender did not create").arg(stranger->toString()));
    }
    return {};
}

} // namespace rd
