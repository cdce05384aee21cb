#include "Schema.h"

#include "Database.h"
#include "HistorySeal.h"
#include "SearchIndex.h"

namespace rd {

namespace {

// Version 1: the case store. Timestamps are INTEGER milliseconds since the epoch, UTC.
// Enum columns hold the stable keys of Vocabulary.
const QStringList kVersion1 = {
    QStringLiteral(R"(CREATE TABLE customer (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        phone TEXT NOT NULL DEFAULT '',
        phone_digits TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL))"),
    QStringLiteral("CREATE INDEX customer_name ON customer(name COLLATE NOCASE)"),
    QStringLiteral("CREATE INDEX customer_phone ON customer(phone_digits)"),
    QStringLiteral("CREATE INDEX customer_email ON customer(email COLLATE NOCASE)"),
    QStringLiteral(R"(CREATE TABLE case_record (
        id TEXT PRIMARY KEY NOT NULL,
        customer_id TEXT NOT NULL REFERENCES customer(id),
        owner TEXT NOT NULL,
        channel TEXT NOT NULL,
        kind TEXT NOT NULL,
        experience TEXT NOT NULL DEFAULT '',
        expectation TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',
        summary_confirmed INTEGER NOT NULL DEFAULT 0,
        explanation TEXT NOT NULL DEFAULT '',
        cause TEXT,
        decision TEXT NOT NULL DEFAULT '',
        emotion_start INTEGER CHECK (emotion_start BETWEEN 1 AND 5),
        emotion_end INTEGER CHECK (emotion_end BETWEEN 1 AND 5),
        status TEXT NOT NULL DEFAULT 'open',
        outcome TEXT,
        outcome_words TEXT NOT NULL DEFAULT '',
        opened_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        closed_at INTEGER))"),
    QStringLiteral("CREATE INDEX case_customer ON case_record(customer_id, opened_at)"),
    QStringLiteral("CREATE INDEX case_opened ON case_record(opened_at, id)"),
    QStringLiteral(R"(CREATE TABLE promised_action (
        id TEXT PRIMARY KEY NOT NULL,
        case_id TEXT NOT NULL REFERENCES case_record(id),
        what TEXT NOT NULL,
        owner TEXT NOT NULL,
        due_at INTEGER NOT NULL,
        original_due_at INTEGER NOT NULL,
        kind TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open',
        reason TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        done_at INTEGER))"),
    QStringLiteral("CREATE INDEX promise_case ON promised_action(case_id)"),
    QStringLiteral("CREATE INDEX promise_queue ON promised_action(owner, status, due_at)"),
    QStringLiteral(R"(CREATE TABLE callback_note (
        id TEXT PRIMARY KEY NOT NULL,
        case_id TEXT NOT NULL REFERENCES case_record(id),
        for_whom TEXT NOT NULL,
        phone TEXT NOT NULL,
        question TEXT NOT NULL,
        window_start INTEGER NOT NULL,
        window_end INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'open',
        result TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        done_at INTEGER))"),
    QStringLiteral("CREATE INDEX callback_case ON callback_note(case_id)"),
    QStringLiteral("CREATE INDEX callback_queue ON callback_note(for_whom, status, window_start)"),
    // The history. seq orders events of one workstation that share a millisecond.
    QStringLiteral(R"(CREATE TABLE case_event (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        case_id TEXT REFERENCES case_record(id),
        customer_id TEXT REFERENCES customer(id),
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        kind TEXT NOT NULL,
        data TEXT NOT NULL DEFAULT '{}',
        CHECK (case_id IS NOT NULL OR customer_id IS NOT NULL)))"),
    QStringLiteral("CREATE INDEX event_case ON case_event(case_id, at, seq)"),
    QStringLiteral("CREATE INDEX event_customer ON case_event(customer_id, at, seq)"),
    // Append-only at the database level too, so no code path (or stray tool) rewrites history.
    QStringLiteral(R"(CREATE TRIGGER case_event_no_update BEFORE UPDATE ON case_event
        BEGIN SELECT RAISE(ABORT, 'case history is append-only'); END)"),
    QStringLiteral(R"(CREATE TRIGGER case_event_no_delete BEFORE DELETE ON case_event
        BEGIN SELECT RAISE(ABORT, 'case history is append-only'); END)"),
};

// Version 2: the guided call. Where a call stands, how it ended, and which promise is the
// agreed next contact with the customer.
const QStringList kVersion2 = {
    QStringLiteral("ALTER TABLE case_record ADD COLUMN call_step TEXT"),
    QStringLiteral("ALTER TABLE case_record ADD COLUMN decision_kind TEXT"),
    QStringLiteral("ALTER TABLE case_record ADD COLUMN resolution TEXT"),
    QStringLiteral("ALTER TABLE case_record ADD COLUMN compliment_for TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE promised_action ADD COLUMN next_contact INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("CREATE INDEX case_open_call ON case_record(owner, call_step) WHERE call_step IS NOT NULL"),
};

// Version 3: follow-up calls. The latest "what happened since" note; earlier versions stay in the history.
const QStringList kVersion3 = {
    QStringLiteral("ALTER TABLE case_record ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
};

// Version 4: history at scale. Columns the case list sorts and filters on, kept by the stores,
// an index per sort order (with id, for paging by key), and the full-text index.
const QStringList kVersion4 = {
    QStringLiteral("ALTER TABLE case_record ADD COLUMN customer_name TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE case_record ADD COLUMN open_promises INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE case_record ADD COLUMN next_due_at INTEGER"),
    QStringLiteral("UPDATE case_record SET customer_name = (SELECT name FROM customer WHERE customer.id = case_record.customer_id)"),
    QStringLiteral("UPDATE case_record SET "
                   "open_promises = (SELECT count(*) FROM promised_action p WHERE p.case_id = case_record.id AND p.status = 'open'), "
                   "next_due_at = (SELECT min(d) FROM (SELECT due_at AS d FROM promised_action p WHERE p.case_id = case_record.id "
                   "AND p.status = 'open' UNION ALL SELECT window_end FROM callback_note n WHERE n.case_id = case_record.id "
                   "AND n.status = 'open'))"),
    QStringLiteral("CREATE INDEX case_by_customer_name ON case_record(customer_name COLLATE NOCASE, id)"),
    QStringLiteral("CREATE INDEX case_by_kind ON case_record(kind, id)"),
    QStringLiteral("CREATE INDEX case_by_status ON case_record(status, id)"),
    QStringLiteral("CREATE INDEX case_by_cause ON case_record(coalesce(cause, ''), id)"),
    QStringLiteral("CREATE INDEX case_by_owner ON case_record(owner, id)"),
    QStringLiteral("CREATE INDEX case_by_updated ON case_record(updated_at, id)"),
    QStringLiteral("CREATE INDEX case_by_open_promises ON case_record(open_promises, id)"),
    QStringLiteral("CREATE INDEX case_by_next_due ON case_record(next_due_at) WHERE next_due_at IS NOT NULL"),
    // Work left to do after an interrupted bulk load ("search_rebuild" = 1).
    QStringLiteral("CREATE TABLE maintenance (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
    // Diacritics-insensitive: "Muller" finds "Müller".
    QStringLiteral("CREATE VIRTUAL TABLE case_search USING fts5(name, phone, email, body, "
                   "tokenize = 'unicode61 remove_diacritics 2')"),
};

// Version 5: process recovery. Improvement items a team lead makes from the causes of cases,
// each linked to the cases that led to it.
const QStringList kVersion5 = {
    QStringLiteral(R"(CREATE TABLE improvement_item (
        id TEXT PRIMARY KEY NOT NULL,
        what TEXT NOT NULL,
        cause TEXT,
        owner TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE improvement_case (
        id TEXT PRIMARY KEY NOT NULL,
        item_id TEXT NOT NULL REFERENCES improvement_item(id),
        case_id TEXT NOT NULL REFERENCES case_record(id),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (item_id, case_id)))"),
    // Employee recovery: a monthly reflection on three questions, linked to cases.
    QStringLiteral(R"(CREATE TABLE reflection (
        id TEXT PRIMARY KEY NOT NULL,
        employee TEXT NOT NULL,
        month TEXT NOT NULL,
        best_experience TEXT NOT NULL DEFAULT '',
        meeting_delivered TEXT NOT NULL DEFAULT '',
        changed_behaviour TEXT NOT NULL DEFAULT '',
        case_ids TEXT NOT NULL DEFAULT '[]',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (employee, month)))"),
};

// Version 6: a history nobody edits unseen, and personal data that can be erased.
// Each event is sealed: a salted hash of its data, and a hash over its fields and the previous
// event of the same case from the same workstation, so a merged archive can check its history.
// The salt is erased with the data, so what is left cannot be matched against guesses.
const QStringList kVersion6 = {
    QStringLiteral("ALTER TABLE case_event ADD COLUMN workstation TEXT"),
    QStringLiteral("ALTER TABLE case_event ADD COLUMN salt TEXT"),
    QStringLiteral("ALTER TABLE case_event ADD COLUMN data_hash TEXT"),
    QStringLiteral("ALTER TABLE case_event ADD COLUMN prev_hash TEXT"),
    QStringLiteral("ALTER TABLE case_event ADD COLUMN hash TEXT"),
    // Updates only inside a privacy erase (which writes the "erasing" note in its own
    // transaction), and then only of the personal data itself.
    QStringLiteral("DROP TRIGGER case_event_no_update"),
    QStringLiteral(R"(CREATE TRIGGER case_event_no_update BEFORE UPDATE ON case_event
        WHEN NOT EXISTS (SELECT 1 FROM maintenance WHERE key = 'erasing')
        BEGIN SELECT RAISE(ABORT, 'case history is append-only'); END)"),
    QStringLiteral(R"(CREATE TRIGGER case_event_erase_data_only
        BEFORE UPDATE OF seq, id, case_id, customer_id, at, actor, kind, workstation, data_hash, prev_hash, hash
        ON case_event
        BEGIN SELECT RAISE(ABORT, 'case history is append-only: only personal data may be erased'); END)"),
    // Privacy and safety settings that belong to the data (retention), and this file's identity.
    QStringLiteral("CREATE TABLE setting (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
};

// The search index merges its pieces in the background (SearchIndex::tidy) instead of in the
// middle of a save: FTS5's automatic merging made every 32nd autosave wait ~20 ms at 1M cases.
// A case's events indexed by case and seq (the rowid): appending an event finds the newest one of
// its chain without sorting all of the case's history, and the index is smaller than (case, at, seq).
const QStringList kVersion7 = {
    QStringLiteral("INSERT INTO case_search (case_search, rank) VALUES ('automerge', 0)"),
    QStringLiteral("DROP INDEX IF EXISTS event_case"),
    QStringLiteral("CREATE INDEX event_case ON case_event(case_id)"),
};

} // namespace

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
          text("organisation"), required("created_at", T::Integer), required("updated_at", T::Integer)},
         id, {}},
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
          optional("next_due_at", T::Integer)},
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
        {QStringLiteral("setting"), {required("key", T::Text), required("value", T::Text)}, QStringLiteral("key"), {}},
    };
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
    using L = QStringList;
    return {
        index("customer_name", "customer", L{QStringLiteral("~name")}),
        index("customer_phone", "customer", L{QStringLiteral("phone_digits")}),
        index("customer_email", "customer", L{QStringLiteral("~email")}),
        index("case_customer", "case_record", L{QStringLiteral("customer_id"), QStringLiteral("opened_at")}),
        index("case_opened", "case_record", L{QStringLiteral("opened_at"), QStringLiteral("id")}),
        index("promise_case", "promised_action", L{QStringLiteral("case_id")}),
        index("promise_queue", "promised_action", L{QStringLiteral("owner"), QStringLiteral("status"), QStringLiteral("due_at")}),
        index("callback_case", "callback_note", L{QStringLiteral("case_id")}),
        index("callback_queue", "callback_note", L{QStringLiteral("for_whom"), QStringLiteral("status"), QStringLiteral("window_start")}),
        index("event_case", "case_event", L{QStringLiteral("case_id")}),
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
    };
}

QString Schema::createTable(const TableSpec &table, const SqlDialect &dialect)
{
    QStringList parts;
    for (const ColumnSpec &c : table.columns) {
        QString column = c.name + QLatin1Char(' ') + dialect.columnType(c.type);
        if (c.name == table.primaryKey)
            column += QStringLiteral(" PRIMARY KEY");
        if (c.notNull && c.type != ColumnType::Sequence)
            column += QStringLiteral(" NOT NULL");
        if (!c.defaultSql.isEmpty())
            column += QStringLiteral(" DEFAULT ") + c.defaultSql;
        if (!c.rest.isEmpty())
            column += QLatin1Char(' ') + c.rest;
        parts << column;
    }
    parts << table.constraints;
    return QStringLiteral("CREATE TABLE %1 (%2)").arg(table.name, parts.join(QStringLiteral(", ")));
}

QString Schema::createIndex(const IndexSpec &index, const SqlDialect &dialect)
{
    QStringList columns;
    for (const QString &c : index.columns)
        columns << (c.startsWith(QLatin1Char('~')) ? dialect.foldCase(c.mid(1)) : c);
    QString sql = QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2(%3)")
                      .arg(index.name, index.table, columns.join(QStringLiteral(", ")));
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
    return {QStringLiteral("customer"),      QStringLiteral("case_record"),      QStringLiteral("promised_action"),
            QStringLiteral("callback_note"), QStringLiteral("case_event"),       QStringLiteral("improvement_item"),
            QStringLiteral("improvement_case"), QStringLiteral("reflection")};
}

QString Schema::indexName(const QString &createStatement)
{
    // "CREATE INDEX IF NOT EXISTS <name> ON …"
    return createStatement.section(QLatin1Char(' '), 5, 5);
}

QStringList Schema::migration(int version)
{
    switch (version) {
    case 1: return kVersion1;
    case 2: return kVersion2;
    case 3: return kVersion3;
    case 4: return kVersion4;
    case 5: return kVersion5;
    case 6: return kVersion6;
    case 7: return kVersion7;
    default: return {};
    }
}

int Schema::latestVersion() { return 7; }

Status Schema::afterMigration(Database &db, int version)
{
    // Phone tokens need code, not SQL: the index is filled once the tables are in place.
    if (version == 4)
        return SearchIndex(db).rebuildAll();
    // Every file gets its own workstation identity for the seals of its history.
    if (version == 6) {
        auto r = db.exec(QStringLiteral("INSERT OR IGNORE INTO setting VALUES ('workstation', ?)"),
                         {HistorySeal::newWorkstationId()});
        return r ? Status() : Status(r.error());
    }
    return {};
}

} // namespace rd
