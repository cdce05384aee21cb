// The migrations that brought a file from data format 1 to 7, in SQLite's SQL as they were
// written then; a file of any of these versions still opens through them. (A team database
// starts at format 7, made from Schema's description.)
#include "storage/Schema.h"

#include "storage/Database.h"
#include "storage/HistorySeal.h"
#include "search/SearchIndex.h"

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
    // The maintenance table was added to version 4's list after files of version 4 had been
    // written without it (found by a file frozen from that version's own code): made here if missing.
    QStringLiteral("CREATE TABLE IF NOT EXISTS maintenance (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
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
        auto r = db.exec(QStringLiteral("INSERT INTO setting VALUES ('workstation', ?) ON CONFLICT (key) DO NOTHING"),
                         {HistorySeal::newWorkstationId()});
        return r ? Status() : Status(r.error());
    }
    return {};
}

} // namespace rd
