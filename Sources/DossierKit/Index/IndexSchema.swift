// The index's tables (GRDB migrations) and the versions that decide whether an index can be reused.

import Foundation
import GRDB

public enum IndexSchema {
    /// Bump when the pipeline's output changes (cleaning, recognizer, linker, dater ...): an index
    /// written by another analysis version is rebuilt rather than mixed with new results.
    public static let analysisVersion = "52"
    /// The newest migration's name; an index whose last migration is unknown (newer program) or older
    /// than this is rebuilt.
    public static let schemaVersion = "v15"

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                -- One row per article file: its fingerprint and the per-file stage's output (JSON).
                CREATE TABLE files (
                    path TEXT PRIMARY KEY NOT NULL, ord INTEGER NOT NULL, size INTEGER NOT NULL,
                    mtime INTEGER NOT NULL, hash TEXT NOT NULL, articles INTEGER NOT NULL, analysis BLOB NOT NULL);
                CREATE TABLE articles (
                    id INTEGER PRIMARY KEY, source TEXT NOT NULL, title TEXT, display_title TEXT NOT NULL,
                    byline TEXT, publisher TEXT, url TEXT, date_value TEXT, date_granularity TEXT, date_expression TEXT,
                    date_basis TEXT, date_conflict TEXT, dateline TEXT,
                    text TEXT NOT NULL, captions TEXT NOT NULL, metadata TEXT NOT NULL,
                    word_count INTEGER NOT NULL, people INTEGER NOT NULL, organizations INTEGER NOT NULL,
                    places INTEGER NOT NULL);
                -- Paragraphs (kind 'p') and sentences (kind 's') of each article, as scalar offsets.
                CREATE TABLE spans (
                    article INTEGER NOT NULL, kind TEXT NOT NULL, ord INTEGER NOT NULL,
                    start INTEGER NOT NULL, "end" INTEGER NOT NULL, PRIMARY KEY (article, kind, ord)) WITHOUT ROWID;
                -- Linked mentions in entity order, then unlinked ones; seq keeps the analysis order.
                CREATE TABLE mentions (
                    seq INTEGER PRIMARY KEY, article INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                    text TEXT NOT NULL, kind TEXT NOT NULL, role TEXT, entity INTEGER, confidence REAL NOT NULL);
                CREATE INDEX mentions_article ON mentions(article, start);
                CREATE INDEX mentions_entity ON mentions(entity);
                CREATE TABLE entities (
                    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL,
                    mention_count INTEGER NOT NULL, article_count INTEGER NOT NULL);
                CREATE TABLE aliases (
                    entity INTEGER NOT NULL, ord INTEGER NOT NULL, name TEXT NOT NULL, reason TEXT NOT NULL,
                    PRIMARY KEY (entity, ord)) WITHOUT ROWID;
                CREATE TABLE roles (
                    entity INTEGER NOT NULL, ord INTEGER NOT NULL, title TEXT NOT NULL, article INTEGER NOT NULL,
                    date TEXT, PRIMARY KEY (entity, ord)) WITHOUT ROWID;
                CREATE TABLE links (
                    entity INTEGER NOT NULL, ord INTEGER NOT NULL, target INTEGER NOT NULL, relation TEXT NOT NULL,
                    evidence INTEGER NOT NULL, PRIMARY KEY (entity, ord)) WITHOUT ROWID;
                CREATE INDEX links_target ON links(target);
                CREATE TABLE events (
                    id INTEGER PRIMARY KEY, article INTEGER NOT NULL, sentence TEXT NOT NULL,
                    start INTEGER NOT NULL, "end" INTEGER NOT NULL, date_value TEXT, date_granularity TEXT,
                    date_expression TEXT, date_basis TEXT, date_conflict TEXT);
                CREATE INDEX events_article ON events(article);
                CREATE INDEX articles_date ON articles(date_value);
                CREATE TABLE event_participants (
                    event INTEGER NOT NULL, ord INTEGER NOT NULL, entity INTEGER NOT NULL,
                    PRIMARY KEY (event, ord)) WITHOUT ROWID;
                CREATE INDEX event_participants_entity ON event_participants(entity);
                CREATE TABLE event_sources (
                    event INTEGER NOT NULL, ord INTEGER NOT NULL, article INTEGER NOT NULL,
                    start INTEGER NOT NULL, "end" INTEGER NOT NULL, source_event INTEGER NOT NULL,
                    PRIMARY KEY (event, ord)) WITHOUT ROWID;
                -- Time expressions of each article, as JSON (read per article, never queried inside).
                CREATE TABLE timexes (article INTEGER PRIMARY KEY, json TEXT NOT NULL);
                CREATE TABLE diagnostics (ord INTEGER PRIMARY KEY, severity TEXT NOT NULL, file TEXT NOT NULL,
                    line INTEGER, message TEXT NOT NULL);
                -- Full text: article title and body (external content), entity names with their
                -- transliteration keys (NameKey.indexKeys) so that variants meet.
                CREATE VIRTUAL TABLE article_fts USING fts5(
                    title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
                CREATE VIRTUAL TABLE entity_fts USING fts5(names, keys, tokenize='unicode61 remove_diacritics 2');
                """)
        }
        // Keys for the lookups the name index cannot answer: substrings (trigrams of each plain name)
        // and one-letter typos (compact variant of each name and each variant word, with its length).
        m.registerMigration("v2") { db in
            try db.execute(sql: """
                CREATE VIRTUAL TABLE name_trigrams USING fts5(plain, tokenize='trigram');
                CREATE TABLE name_keys (entity INTEGER NOT NULL, key TEXT NOT NULL, length INTEGER NOT NULL);
                CREATE INDEX name_keys_length ON name_keys(length);
                """)
        }
        // The article list reads only the summary columns: keep them before the text, so that
        // listing 5,000 articles does not read every text's overflow pages.
        m.registerMigration("v3") { db in
            try recreateArticles(db, dateColumns: "date_basis TEXT, date_conflict TEXT")
        }
        // Events of export version 2: kind, trigger, summary, speaker, salience; participant roles;
        // why each source was joined.
        m.registerMigration("v4") { db in
            try db.execute(sql: """
                ALTER TABLE events ADD COLUMN kind TEXT NOT NULL DEFAULT 'event';
                ALTER TABLE events ADD COLUMN trigger_start INTEGER;
                ALTER TABLE events ADD COLUMN trigger_end INTEGER;
                ALTER TABLE events ADD COLUMN trigger_text TEXT NOT NULL DEFAULT '';
                ALTER TABLE events ADD COLUMN summary TEXT NOT NULL DEFAULT '';
                ALTER TABLE events ADD COLUMN speaker INTEGER;
                ALTER TABLE events ADD COLUMN salience REAL NOT NULL DEFAULT 0;
                ALTER TABLE event_participants ADD COLUMN role TEXT;
                ALTER TABLE event_sources ADD COLUMN why TEXT;
                CREATE INDEX events_speaker ON events(speaker);
                """)
        }
        // An article without a date may have a lower bound ("after 1951-02-20"), kept with the summary
        // columns before the text (see v3). Named v5 so that it sorts after the events' v4.
        m.registerMigration("v5") { db in
            try recreateArticles(db, dateColumns: "date_basis TEXT, date_conflict TEXT, date_after TEXT")
        }
        // Versions of one story (refiles, copies): each grouped article with the story's newest
        // version and its place among the versions (0 = newest).
        m.registerMigration("v6") { db in
            try db.execute(sql: """
                CREATE TABLE article_versions (
                    article INTEGER PRIMARY KEY, story INTEGER NOT NULL, ord INTEGER NOT NULL);
                """)
        }
        // The per-file cache (`files.analysis`) holds `FileCache`'s binary record, without the article
        // texts the model tables hold, instead of the whole per-file output as JSON (21.7 of 79 MiB
        // on the 4,677-story corpus). Older indexes are rebuilt, so their rows are never read.
        m.registerMigration("v7") { db in
            try db.execute(sql: "DELETE FROM files")
        }
        // Event drafts of each article by a digest of the extractor's input (`EventMemo`), so that an
        // update extracts events only from articles whose input changed.
        m.registerMigration("v8") { db in
            try db.execute(sql: "CREATE TABLE event_memo (source TEXT PRIMARY KEY NOT NULL, digest TEXT NOT NULL, drafts BLOB NOT NULL)")
        }
        // One table for every memoised step (`StageMemo`: dates per dating unit, event drafts per
        // article), keyed by step and unit.
        m.registerMigration("v9") { db in
            try db.execute(sql: """
                DROP TABLE event_memo;
                CREATE TABLE memo (stage TEXT NOT NULL, unit TEXT NOT NULL, digest TEXT NOT NULL, value BLOB NOT NULL,
                    PRIMARY KEY (stage, unit)) WITHOUT ROWID;
                """)
        }
        // Stories credited to an entity in a byline or publisher field (an agency), which no mention holds.
        m.registerMigration("v10") { db in
            try db.execute(sql: """
                CREATE TABLE credits (
                    entity INTEGER NOT NULL, ord INTEGER NOT NULL, article INTEGER NOT NULL, field TEXT NOT NULL,
                    text TEXT NOT NULL, PRIMARY KEY (entity, ord)) WITHOUT ROWID;
                """)
        }
        // The memo as a rowid table: a WITHOUT ROWID table keeps at most about a kilobyte of a row in
        // its page and moves the rest to overflow pages, which stood three-quarters empty (5.8 of the
        // memo's 16.8 MiB on the 4,677-story corpus); a rowid table keeps rows up to a page in place.
        m.registerMigration("v11") { db in
            try db.execute(sql: """
                CREATE TABLE memo_rows (stage TEXT NOT NULL, unit TEXT NOT NULL, digest TEXT NOT NULL, value BLOB NOT NULL);
                INSERT INTO memo_rows (stage, unit, digest, value) SELECT stage, unit, digest, value FROM memo;
                DROP TABLE memo;
                ALTER TABLE memo_rows RENAME TO memo;
                CREATE UNIQUE INDEX memo_unit ON memo(stage, unit);
                """)
        }
        // Why each entity has its kind (`Entity.kindReason`), shown by `dossier why`.
        m.registerMigration("v12") { db in
            try db.execute(sql: "ALTER TABLE entities ADD COLUMN kind_reason TEXT NOT NULL DEFAULT ''")
        }
        // An event's sentence is its article's text at its span: read from there, not stored again
        // (5.5 of 76 MiB on the 4,677-story corpus).
        m.registerMigration("v13") { db in
            try db.execute(sql: "ALTER TABLE events DROP COLUMN sentence")
        }
        // Time expressions as a binary record (`TimexRecord`) instead of JSON.
        m.registerMigration("v14") { db in
            try db.execute(sql: """
                DROP TABLE timexes;
                CREATE TABLE timexes (article INTEGER PRIMARY KEY, record BLOB NOT NULL);
                """)
        }
        // Rows are stored under ids that an update keeps (`StorageIDs`): an entity is found again by its
        // first mention (its anchor), and its place in the model's order is `ord`.
        m.registerMigration("v15") { db in
            try db.execute(sql: """
                ALTER TABLE entities ADD COLUMN anchor TEXT NOT NULL DEFAULT '';
                ALTER TABLE entities ADD COLUMN ord INTEGER NOT NULL DEFAULT 0;
                CREATE INDEX entities_ord ON entities(ord);
                """)
        }
        return m
    }

    /// Drops and recreates the articles table (empty) and its full-text index with the summary columns
    /// before the text (see v3); `dateColumns` are the date columns after value, granularity and
    /// expression, the only part that changed between versions.
    private static func recreateArticles(_ db: Database, dateColumns: String) throws {
        try db.execute(sql: """
            DROP TABLE article_fts;
            DROP TABLE articles;
            CREATE TABLE articles (
                id INTEGER PRIMARY KEY, source TEXT NOT NULL, title TEXT, display_title TEXT NOT NULL,
                byline TEXT, publisher TEXT, url TEXT, date_value TEXT, date_granularity TEXT, date_expression TEXT,
                \(dateColumns), word_count INTEGER NOT NULL, people INTEGER NOT NULL,
                organizations INTEGER NOT NULL, places INTEGER NOT NULL, dateline TEXT, captions TEXT NOT NULL,
                metadata TEXT NOT NULL, text TEXT NOT NULL);
            CREATE INDEX articles_date ON articles(date_value);
            CREATE VIRTUAL TABLE article_fts USING fts5(
                title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
            """)
    }
}
