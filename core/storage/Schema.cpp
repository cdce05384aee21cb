#include "storage/Schema.h"

#include "storage/Database.h"
#include "storage/HistorySeal.h"
#include "storage/Transaction.h"

#include <QCoreApplication>


namespace rd {

QList<TableSpec> Schema::tables()
{
    using T = ColumnType;
    const auto text = [](const char *name, const char *rest = "") {
        return ColumnSpec{QLatin1String(name), T::Text, true, QStringLiteral("''"), QLatin1String(rest)};
    };
    const auto required = [](const char *name, T type, const char *rest = "") {
        return ColumnSpec{QLatin1String(name), type, true, QString(), QLatin1String(rest)};
    };
    const auto optional = [](const char *name, T type, const char *rest = "") {
        return ColumnSpec{QLatin1String(name), type, false, QString(), QLatin1String(rest)};
    };
    const auto withDefault = [](const char *name, T type, const char *value) {
        return ColumnSpec{QLatin1String(name), type, true, QLatin1String(value), QString()};
    };
    const QString id = QStringLiteral("id");
    return {
        {QStringLiteral("customer"),
         {required("id", T::Text), required("name", T::Text), text("phone"), text("phone_digits"), text("email"),
          text("organisation"), required("created_at", T::Integer), required("updated_at", T::Integer),
          optional("merged_into", T::Text), text("address"), text("language")},
         id, {}},
        customerMergeTable(),
        {QStringLiteral("case_record"),
         {required("id", T::Text), required("customer_id", T::Text, "REFERENCES customer(id)"), required("owner", T::Text),
          required("channel", T::Text), required("kind", T::Text), text("experience"), text("expectation"), text("summary"),
          withDefault("summary_confirmed", T::Integer, "0"), text("explanation"), optional("cause", T::Text), text("decision"),
          optional("emotion_start", T::Integer, "CHECK (emotion_start BETWEEN 1 AND 5)"),
          optional("emotion_end", T::Integer, "CHECK (emotion_end BETWEEN 1 AND 5)"),
          withDefault("status", T::Text, "'open'"), optional("outcome", T::Text), text("outcome_words"),
          required("opened_at", T::Integer), required("updated_at", T::Integer), optional("closed_at", T::Integer),
          optional("call_step", T::Text), optional("decision_kind", T::Text), optional("resolution", T::Text),
          text("compliment_for"), text("note"), text("customer_name"), withDefault("open_promises", T::Integer, "0"),
          optional("next_due_at", T::Integer), optional("origin_customer_id", T::Text)},
         id, {}},
        {QStringLiteral("promised_action"),
         {required("id", T::Text), required("case_id", T::Text, "REFERENCES case_record(id)"), required("what", T::Text),
          required("owner", T::Text), required("due_at", T::Integer), required("original_due_at", T::Integer),
          required("kind", T::Text), withDefault("status", T::Text, "'open'"), text("reason"),
          required("created_at", T::Integer), required("updated_at", T::Integer), optional("done_at", T::Integer),
          withDefault("next_contact", T::Integer, "0")},
         id, {}},
        {QStringLiteral("callback_note"),
         {required("id", T::Text), required("case_id", T::Text, "REFERENCES case_record(id)"), required("for_whom", T::Text),
          required("phone", T::Text), required("question", T::Text), required("window_start", T::Integer),
          required("window_end", T::Integer), withDefault("status", T::Text, "'open'"), text("result"),
          required("created_at", T::Integer), required("updated_at", T::Integer), optional("done_at", T::Integer)},
         id, {}},
        {QStringLiteral("case_event"),
         {required("seq", T::Sequence), required("id", T::Text, "UNIQUE"),
          optional("case_id", T::Text, "REFERENCES case_record(id)"), optional("customer_id", T::Text, "REFERENCES customer(id)"),
          required("at", T::Integer), required("actor", T::Text), required("kind", T::Text),
          withDefault("data", T::Text, "'{}'"), optional("workstation", T::Text), optional("salt", T::Text),
          optional("data_hash", T::Text), optional("prev_hash", T::Text), optional("hash", T::Text)},
         QString(), {QStringLiteral("CHECK (case_id IS NOT NULL OR customer_id IS NOT NULL)")}},
        {QStringLiteral("maintenance"), {required("key", T::Text), required("value", T::Text)}, QStringLiteral("key"), {}},
        {QStringLiteral("improvement_item"),
         {required("id", T::Text), required("what", T::Text), optional("cause", T::Text), required("owner", T::Text),
          withDefault("status", T::Text, "'open'"), required("created_at", T::Integer), required("updated_at", T::Integer)},
         id, {}},
        {QStringLiteral("improvement_case"),
         {required("id", T::Text), required("item_id", T::Text, "REFERENCES improvement_item(id)"),
          required("case_id", T::Text, "REFERENCES case_record(id)"), required("created_at", T::Integer),
          required("updated_at", T::Integer)},
         id, {QStringLiteral("UNIQUE (item_id, case_id)")}},
        {QStringLiteral("reflection"),
         {required("id", T::Text), required("employee", T::Text), required("month", T::Text), text("best_experience"),
          text("meeting_delivered"), text("changed_behaviour"), withDefault("case_ids", T::Text, "'[]'"),
          required("created_at", T::Integer), required("updated_at", T::Integer)},
         id, {QStringLiteral("UNIQUE (employee, month)")}},
        recognitionTable(),
        recognitionReadTable(),
        {QStringLiteral("setting"), {required("key", T::Text), required("value", T::Text)}, QStringLiteral("key"), {}},
        historyChainTable(),
        trustedWorkstationTable(),
        signedBundleTable(),
        signedChainTable(),
    };
}

TableSpec Schema::customerMergeTable()
{
    // One customer taken into another (CustomerMerges): a record of its own, never an edit of
    // either customer, so it travels in bundles beside their changes and wins by the usual rule.
    // It holds ids and times only: whatever personal data a merge changed is in the history.
    using T = ColumnType;
    const auto column = [](const char *name, T type, bool notNull, const char *defaultSql = "") {
        return ColumnSpec{QLatin1String(name), type, notNull, QLatin1String(defaultSql), QString()};
    };
    return {QStringLiteral("customer_merge"),
            {column("id", T::Text, true), column("merged_id", T::Text, true), column("survivor_id", T::Text, true),
             column("actor", T::Text, true), column("created_at", T::Integer, true), column("updated_at", T::Integer, true),
             column("undone_at", T::Integer, false), column("undone_by", T::Text, true, "''")},
            QStringLiteral("id"),
            {}};
}

TableSpec Schema::recognitionTable()
{
    // What a team lead wrote to an employee about what exactly they did well in a case: data of
    // the case, so it travels with it (to the archive, and back to the employee's PC).
    using T = ColumnType;
    const auto column = [](const char *name, T type, const char *rest = "") {
        return ColumnSpec{QLatin1String(name), type, true, QString(), QLatin1String(rest)};
    };
    return {QStringLiteral("recognition"),
            {column("id", T::Text), column("employee", T::Text), column("case_id", T::Text, "REFERENCES case_record(id)"),
             column("words", T::Text), column("written_by", T::Text), column("created_at", T::Integer),
             column("updated_at", T::Integer)},
            QStringLiteral("id"),
            {}};
}

TableSpec Schema::recognitionReadTable()
{
    // Which compliments and recognitions their employee has opened: this database's own, never
    // carried (a PC's reading is not the archive's business).
    return {QStringLiteral("recognition_read"),
            {ColumnSpec{QStringLiteral("item"), ColumnType::Text, true, QString(), QString()},
             ColumnSpec{QStringLiteral("read_at"), ColumnType::Integer, true, QString(), QString()}},
            QStringLiteral("item"),
            {}};
}

QList<IndexSpec> Schema::recognitionIndexes()
{
    // An employee's compliments and recognitions, found by their name without reading every
    // case: compliments are few among a million cases, so the index is partial.
    return {{QStringLiteral("case_compliment_for"), QStringLiteral("case_record"), {QStringLiteral("~compliment_for")},
             QStringLiteral("kind = 'compliment'")},
            {QStringLiteral("recognition_employee"), QStringLiteral("recognition"), {QStringLiteral("~employee")}, QString()},
            {QStringLiteral("recognition_case"), QStringLiteral("recognition"), {QStringLiteral("case_id")}, QString()}};
}

QList<IndexSpec> Schema::mergeIndexes()
{
    // The cases a merge moved (their own customer kept), and the customers merged into another:
    // both few, so partial indexes stay small on a million cases.
    return {{QStringLiteral("case_by_origin"), QStringLiteral("case_record"), {QStringLiteral("origin_customer_id")},
             QStringLiteral("origin_customer_id IS NOT NULL")},
            {QStringLiteral("customer_merged_into"), QStringLiteral("customer"), {QStringLiteral("merged_into")},
             QStringLiteral("merged_into IS NOT NULL")},
            {QStringLiteral("merge_by_merged"), QStringLiteral("customer_merge"), {QStringLiteral("merged_id")}, QString()},
            {QStringLiteral("merge_by_survivor"), QStringLiteral("customer_merge"), {QStringLiteral("survivor_id")}, QString()}};
}

TableSpec Schema::signedBundleTable()
{
    // Every signed manifest this archive imported, as it was signed (SignedHistory): with the
    // sender's public key alone, anyone can check it again later, without the bundle.
    using T = ColumnType;
    return {QStringLiteral("signed_bundle"),
            {{QStringLiteral("id"), T::Text, true, {}, {}},
             {QStringLiteral("public_key"), T::Text, true, {}, {}},
             {QStringLiteral("entries"), T::Text, true, {}, {}},
             {QStringLiteral("signature"), T::Text, true, {}, {}},
             {QStringLiteral("imported_at"), T::Integer, true, {}, {}},
             {QStringLiteral("imported_by"), T::Text, true, {}, {}}},
            QStringLiteral("id"),
            {}};
}

TableSpec Schema::signedChainTable()
{
    // For each history chain a signed bundle carried: the hashes of its events in order, the
    // newest (head) last. A manifest's signature covers a digest of its bundle's chains; a
    // bundle's rows are added once (SignedHistory::record), and verify finds any added twice.
    using T = ColumnType;
    return {QStringLiteral("signed_chain"),
            {{QStringLiteral("bundle"), T::Text, true, {}, QStringLiteral("REFERENCES signed_bundle(id)")},
             {QStringLiteral("chain"), T::Text, true, {}, {}},
             {QStringLiteral("workstation"), T::Text, true, {}, {}},
             {QStringLiteral("events"), T::Integer, true, {}, {}},
             {QStringLiteral("head"), T::Text, true, {}, {}},
             {QStringLiteral("hashes"), T::Text, true, {}, {}}},
            QString(),
            {}};
}

TableSpec Schema::trustedWorkstationTable()
{
    // The workstations whose signed bundles this archive accepts (WorkstationTrust).
    using T = ColumnType;
    return {QStringLiteral("trusted_workstation"),
            {{QStringLiteral("public_key"), T::Text, true, {}, {}},
             {QStringLiteral("name"), T::Text, true, {}, {}},
             {QStringLiteral("first_seen"), T::Integer, true, {}, {}},
             {QStringLiteral("trusted_by"), T::Text, true, {}, {}},
             {QStringLiteral("trusted_at"), T::Integer, true, {}, {}},
             {QStringLiteral("revoked_at"), T::Integer, false, {}, {}},
             {QStringLiteral("revoked_by"), T::Text, true, QStringLiteral("''"), {}}},
            QStringLiteral("public_key"),
            {}};
}

TableSpec Schema::historyChainTable()
{
    // How many sealed events each history chain (a case's or customer's events from one
    // workstation) has had: verify finds a chain whose newest events were removed, which its
    // links alone cannot show. Counted by a trigger, so no way of adding events can miss it.
    return {QStringLiteral("history_chain"),
            {{QStringLiteral("chain"), ColumnType::Text, true, {}, {}},
             {QStringLiteral("workstation"), ColumnType::Text, true, {}, {}},
             {QStringLiteral("events"), ColumnType::Integer, true, {}, {}}},
            QString(),
            {QStringLiteral("UNIQUE (chain, workstation)")}};
}

QList<TriggerSpec> Schema::triggers()
{
    return {{QStringLiteral("case_event_counted"), QStringLiteral("case_event"), QStringLiteral("NEW.hash IS NOT NULL"),
             QStringLiteral("INSERT INTO history_chain (chain, workstation, events) VALUES (%1, coalesce(NEW.workstation, ''), 1) "
                            "ON CONFLICT (chain, workstation) DO UPDATE SET events = history_chain.events + 1")
                 .arg(HistorySeal::chainOf(QStringLiteral("NEW")))}};
}

TableSpec Schema::table(const QString &name)
{
    for (const TableSpec &t : tables())
        if (t.name == name)
            return t;
    return {};
}

QList<IndexSpec> Schema::indexes()
{
    // Migrations create them; open re-creates any that a bulk load dropped and could not restore
    // (e.g. after a crash), so queries never lose their index.
    const auto index = [](const char *name, const char *table, const QStringList &columns, const char *where = "") {
        return IndexSpec{QLatin1String(name), QLatin1String(table), columns, QLatin1String(where)};
    };
    const auto sequenced = [](IndexSpec spec) {
        spec.inSequenceOrder = true;
        return spec;
    };
    using L = QStringList;
    QList<IndexSpec> out{
        index("customer_name", "customer", L{QStringLiteral("~name")}),
        index("customer_phone", "customer", L{QStringLiteral("phone_digits")}),
        index("customer_email", "customer", L{QStringLiteral("~email")}),
        index("case_customer", "case_record", L{QStringLiteral("customer_id"), QStringLiteral("opened_at")}),
        index("case_opened", "case_record", L{QStringLiteral("opened_at"), QStringLiteral("id")}),
        index("promise_case", "promised_action", L{QStringLiteral("case_id")}),
        index("promise_queue", "promised_action", L{QStringLiteral("owner"), QStringLiteral("status"), QStringLiteral("due_at")}),
        index("callback_case", "callback_note", L{QStringLiteral("case_id")}),
        index("callback_queue", "callback_note", L{QStringLiteral("for_whom"), QStringLiteral("status"), QStringLiteral("window_start")}),
        sequenced(index("event_case", "case_event", L{QStringLiteral("case_id")})),
        index("event_customer", "case_event", L{QStringLiteral("customer_id"), QStringLiteral("at"), QStringLiteral("seq")}),
        index("case_open_call", "case_record", L{QStringLiteral("owner"), QStringLiteral("call_step")}, "call_step IS NOT NULL"),
        index("case_by_customer_name", "case_record", L{QStringLiteral("~customer_name"), QStringLiteral("id")}),
        index("case_by_kind", "case_record", L{QStringLiteral("kind"), QStringLiteral("id")}),
        index("case_by_status", "case_record", L{QStringLiteral("status"), QStringLiteral("id")}),
        index("case_by_cause", "case_record", L{QStringLiteral("coalesce(cause, '')"), QStringLiteral("id")}),
        index("case_by_owner", "case_record", L{QStringLiteral("owner"), QStringLiteral("id")}),
        index("case_by_updated", "case_record", L{QStringLiteral("updated_at"), QStringLiteral("id")}),
        index("case_by_open_promises", "case_record", L{QStringLiteral("open_promises"), QStringLiteral("id")}),
        index("case_by_next_due", "case_record", L{QStringLiteral("next_due_at")}, "next_due_at IS NOT NULL"),
        index("improvement_by_case", "improvement_case", L{QStringLiteral("case_id")}),
        signedChainIndex(),
        confirmationIndex(),
    };
    return out + erasureIndexes() + mergeIndexes() + recognitionIndexes();
}

IndexSpec Schema::confirmationIndex()
{
    // The cases a written confirmation went out for: few events among millions, so a partial
    // index finds a case's (or its absence) without reading the case's whole history.
    return {QStringLiteral("event_confirmation"), QStringLiteral("case_event"), {QStringLiteral("case_id")},
            QStringLiteral("kind = 'confirmation.sent'")};
}

QList<IndexSpec> Schema::erasureIndexes()
{
    // Whether a file holds any erasure, and which, is asked after every import: without these the
    // answer "none" reads the whole history.
    return {{QStringLiteral("event_erasure"), QStringLiteral("case_event"), {QStringLiteral("customer_id")},
             QStringLiteral("kind = 'customer.erased'")},
            {QStringLiteral("event_anonymised"), QStringLiteral("case_event"), {QStringLiteral("case_id")},
             QStringLiteral("kind = 'case.anonymised'")}};
}

IndexSpec Schema::signedChainIndex()
{
    // By bundle only: a bundle's chains are added together, so the index only grows at its end
    // (an import of 100,000 cases adds as many rows). verify, which looks chains up by name, is
    // rare and lets the database build what it needs for that.
    return {QStringLiteral("signed_chain_by_bundle"), QStringLiteral("signed_chain"), {QStringLiteral("bundle")}, QString()};
}

QString Schema::columnDefinition(const ColumnSpec &c, const QString &primaryKey, const SqlDialect &dialect)
{
    QString column = c.name + QLatin1Char(' ') + dialect.columnType(c.type);
    if (c.name == primaryKey)
        column += QStringLiteral(" PRIMARY KEY");
    if (c.notNull && c.type != ColumnType::Sequence)
        column += QStringLiteral(" NOT NULL");
    if (!c.defaultSql.isEmpty())
        column += QStringLiteral(" DEFAULT ") + c.defaultSql;
    if (!c.rest.isEmpty())
        column += QLatin1Char(' ') + c.rest;
    return column;
}

QString Schema::createTable(const TableSpec &table, const SqlDialect &dialect)
{
    QStringList parts;
    for (const ColumnSpec &c : table.columns)
        parts << columnDefinition(c, table.primaryKey, dialect);
    parts << table.constraints;
    return QStringLiteral("CREATE TABLE %1 (%2)").arg(table.name, parts.join(QStringLiteral(", ")));
}

QString Schema::indexColumns(const IndexSpec &index, const SqlDialect &dialect)
{
    QStringList columns;
    for (const QString &c : index.columns)
        columns << (c.startsWith(QLatin1Char('~')) ? dialect.foldCase(c.mid(1)) : c);
    if (index.inSequenceOrder && !dialect.rowsInSequenceOrder())
        for (const ColumnSpec &c : table(index.table).columns)
            if (c.type == ColumnType::Sequence)
                columns << c.name;
    return columns.join(QStringLiteral(", "));
}

QString Schema::createIndex(const IndexSpec &index, const SqlDialect &dialect)
{
    QString sql = QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2(%3)").arg(index.name, index.table, indexColumns(index, dialect));
    if (!index.where.isEmpty())
        sql += QStringLiteral(" WHERE ") + index.where;
    return sql;
}

QStringList Schema::secondaryIndexes()
{
    QStringList out;
    for (const IndexSpec &index : indexes())
        out << createIndex(index, SqlDialect::sqlite());
    return out;
}

QStringList Schema::dataTables()
{
    return {QStringLiteral("customer"),      QStringLiteral("customer_merge"), QStringLiteral("case_record"),      QStringLiteral("promised_action"),
            QStringLiteral("callback_note"), QStringLiteral("case_event"),       QStringLiteral("improvement_item"),
            QStringLiteral("improvement_case"), QStringLiteral("reflection"), QStringLiteral("recognition")};
}

QString Schema::indexName(const QString &createStatement)
{
    // "CREATE INDEX IF NOT EXISTS <name> ON …"
    return createStatement.section(QLatin1Char(' '), 5, 5);
}

SchemaChange SchemaChange::addTable(const TableSpec &table)
{
    SchemaChange c;
    c.kind = Kind::AddTable;
    c.newTable = table;
    return c;
}

SchemaChange SchemaChange::addColumn(const QString &table, const ColumnSpec &column)
{
    SchemaChange c;
    c.kind = Kind::AddColumn;
    c.table = table;
    c.column = column;
    return c;
}

SchemaChange SchemaChange::addIndex(const IndexSpec &index)
{
    SchemaChange c;
    c.kind = Kind::AddIndex;
    c.index = index;
    return c;
}

SchemaChange SchemaChange::dropIndex(const QString &name)
{
    SchemaChange c;
    c.kind = Kind::DropIndex;
    c.index.name = name;
    return c;
}

SchemaChange SchemaChange::rebuildIndex(const IndexSpec &index)
{
    SchemaChange c;
    c.kind = Kind::RebuildIndex;
    c.index = index;
    return c;
}

SchemaChange SchemaChange::addTrigger(const TriggerSpec &trigger)
{
    SchemaChange c;
    c.kind = Kind::AddTrigger;
    c.trigger = trigger;
    return c;
}

SchemaChange SchemaChange::fillWith(const QString &statement)
{
    SchemaChange c;
    c.kind = Kind::Fill;
    c.fill = statement;
    return c;
}

QList<SchemaUpgrade> Schema::upgrades()
{
    const QString chain = HistorySeal::chainOf(QStringLiteral("e"));
    // As format 14 describes it, whatever later formats make of it.
    IndexSpec eventCaseInOrder{QStringLiteral("event_case"), QStringLiteral("case_event"), {QStringLiteral("case_id")}, {}};
    eventCaseInOrder.inSequenceOrder = true;
    return {
        // Format 8: the length of every history chain, counted from the events already there.
        {8,
         {SchemaChange::addTable(historyChainTable()), SchemaChange::addTrigger(triggers().at(0)),
          SchemaChange::fillWith(QStringLiteral("INSERT INTO history_chain (chain, workstation, events) "
                                                "SELECT %1, coalesce(e.workstation, ''), count(*) FROM case_event e "
                                                "WHERE e.hash IS NOT NULL GROUP BY %1, coalesce(e.workstation, '')")
                                     .arg(chain))}},
        // Format 9: the workstations whose signed bundles are accepted.
        {9, {SchemaChange::addTable(trustedWorkstationTable())}},
        // Format 10: the signed manifests and chain heads imported, for verify.
        {10, {SchemaChange::addTable(signedBundleTable()), SchemaChange::addTable(signedChainTable()),
              SchemaChange::addIndex(signedChainIndex())}},
        // Format 11: customers merged into another, and the cases a merge moved.
        {11, [] {
             QList<SchemaChange> changes{SchemaChange::addColumn(QStringLiteral("customer"), ColumnSpec{QStringLiteral("merged_into"), ColumnType::Text, false, {}, {}}),
                                         SchemaChange::addColumn(QStringLiteral("case_record"),
                                                                 ColumnSpec{QStringLiteral("origin_customer_id"), ColumnType::Text, false, {}, {}}),
                                         SchemaChange::addTable(customerMergeTable())};
             for (const IndexSpec &index : mergeIndexes())
                 changes << SchemaChange::addIndex(index);
             return changes;
         }()},
        // Format 12: where to send a letter, and in which language to write to the customer.
        {12, {SchemaChange::addColumn(QStringLiteral("customer"), ColumnSpec{QStringLiteral("address"), ColumnType::Text, true, QStringLiteral("''"), {}}),
              SchemaChange::addColumn(QStringLiteral("customer"), ColumnSpec{QStringLiteral("language"), ColumnType::Text, true, QStringLiteral("''"), {}}),
              SchemaChange::addIndex(confirmationIndex())}},
        // Format 13: the erasures in the history found by index. (Also the written confirmations'
        // index, which files first upgraded to format 12 by its earliest build did not get; where
        // it exists this changes nothing.)
        {13, {SchemaChange::addIndex(erasureIndexes().at(0)), SchemaChange::addIndex(erasureIndexes().at(1)),
              SchemaChange::addIndex(confirmationIndex())}},
        // Format 14: a case's history indexed in sequence order on team databases set up before
        // the index said so (format 7 as first written), where sealing each save otherwise reads
        // and sorts the case's whole history. Files keep that order by rowid: nothing changes there.
        {14, {SchemaChange::rebuildIndex(eventCaseInOrder)}},
        // Format 15: recognition from the team lead, and what each employee has read of it.
        {15, [] {
             QList<SchemaChange> changes{SchemaChange::addTable(recognitionTable()), SchemaChange::addTable(recognitionReadTable())};
             for (const IndexSpec &index : recognitionIndexes())
                 changes << SchemaChange::addIndex(index);
             return changes;
         }()},
    };
}

QStringList Schema::statements(const SchemaChange &change, const SqlDialect &dialect)
{
    switch (change.kind) {
    case SchemaChange::Kind::AddTable: return {createTable(change.newTable, dialect)};
    case SchemaChange::Kind::AddColumn:
        return {QStringLiteral("ALTER TABLE %1 ADD COLUMN %2").arg(change.table, columnDefinition(change.column, QString(), dialect))};
    case SchemaChange::Kind::AddIndex: return {createIndex(change.index, dialect)};
    case SchemaChange::Kind::DropIndex: return {QStringLiteral("DROP INDEX IF EXISTS ") + change.index.name};
    case SchemaChange::Kind::RebuildIndex:
        if (change.index.inSequenceOrder && dialect.rowsInSequenceOrder())
            return {}; // written as it always was: nothing to rebuild
        return dialect.rebuildIndex(change.index.name, indexColumns(change.index, dialect), createIndex(change.index, dialect));
    case SchemaChange::Kind::AddTrigger: return dialect.createTrigger(change.trigger);
    case SchemaChange::Kind::Fill: return {change.fill};
    }
    return {};
}

Result<int> Schema::storedVersion(Database &db)
{
    auto version = db.scalar(db.dialect().readVersion());
    if (!version)
        return version.error();
    return version->toInt();
}

Status Schema::upgrade(Database &db, const QList<SchemaUpgrade> &upgrades)
{
    for (const SchemaUpgrade &step : upgrades) {
        auto before = storedVersion(db);
        if (!before)
            return before.error();
        if (before.value() >= step.version)
            continue;
        const Status s = Transaction::run(db, [&]() -> Status {
            // Re-read under the write lock: another client may have upgraded meanwhile.
            auto now = storedVersion(db);
            if (!now)
                return now.error();
            if (now.value() >= step.version)
                return {};
            if (now.value() != step.version - 1)
                return Error{Error::Code::Storage,
                             QCoreApplication::translate("Schema", "%1 is in data format %2, which this version cannot bring up to "
                                                                   "format %3. Install the version that matches it, or ask for help.")
                                 .arg(db.path())
                                 .arg(now.value())
                                 .arg(step.version)};
            for (const SchemaChange &change : step.changes)
                for (const QString &sql : statements(change, db.dialect()))
                    if (auto r = db.execOnce(sql); !r)
                        return r;
            return db.execOnce(db.dialect().writeVersion(step.version));
        });
        if (!s)
            return s;
        db.forgetStatements(); // prepared against the old schema
    }
    return {};
}

} // namespace rd
