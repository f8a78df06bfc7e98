"""The archive's schema as a chain of migrations (sqlite-utils Migrations).

Each migration runs in its own transaction; ``PRAGMA user_version`` is set to
the number of migrations applied, so an older pe_desktop can recognise (and
refuse) an archive written by a newer one without reading any table.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("pe_desktop")


@migrations()
def m001_initial(db: Database) -> None:
    """The data model of docs/design.md §4."""
    db.executescript(
        """
        CREATE TABLE partnerships (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE TABLE instruments (
            id TEXT PRIMARY KEY,
            key TEXT NOT NULL,
            version INTEGER NOT NULL,
            title TEXT NOT NULL,
            language TEXT NOT NULL,
            definition_json TEXT NOT NULL,
            content_hash TEXT NOT NULL UNIQUE
        );
        CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            partnership_id TEXT NOT NULL REFERENCES partnerships(id),
            title TEXT NOT NULL,
            held_on TEXT,
            location TEXT NOT NULL DEFAULT '',
            facilitator TEXT NOT NULL DEFAULT '',
            stage TEXT CHECK (stage IS NULL OR stage IN ('advise', 'acclimate', 'activate', 'accelerate')),
            instrument_id TEXT NOT NULL REFERENCES instruments(id),
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
            min_group_size INTEGER NOT NULL DEFAULT 3 CHECK (min_group_size >= 1),
            rounds INTEGER NOT NULL DEFAULT 1 CHECK (rounds IN (1, 2)),
            current_round INTEGER NOT NULL DEFAULT 1 CHECK (current_round IN (1, 2)),
            deleted_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX sessions_partnership ON sessions(partnership_id, held_on);
        CREATE TABLE groups (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            position TEXT NOT NULL CHECK (position IN ('community', 'institution', 'other')),
            sort INTEGER NOT NULL DEFAULT 0,
            UNIQUE (session_id, name)
        );
        CREATE TABLE participants (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            group_id TEXT REFERENCES groups(id) ON DELETE SET NULL,
            channel TEXT NOT NULL CHECK (channel IN ('phone', 'paper', 'laptop', 'tally', 'import')),
            language TEXT,
            created_at TEXT NOT NULL,
            UNIQUE (session_id, code)
        );
        CREATE TABLE ratings (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            round INTEGER NOT NULL CHECK (round IN (1, 2)),
            participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            item_key TEXT NOT NULL,
            value INTEGER,
            source TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            UNIQUE (session_id, round, participant_id, item_key)
        );
        CREATE INDEX ratings_participant ON ratings(participant_id);
        CREATE TABLE rating_events (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            round INTEGER NOT NULL,
            participant_id TEXT NOT NULL,
            item_key TEXT NOT NULL,
            value INTEGER,
            action TEXT NOT NULL DEFAULT 'set' CHECK (action IN ('set', 'delete')),
            source TEXT NOT NULL,
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX rating_events_session ON rating_events(session_id, round, participant_id, item_key);
        CREATE TABLE item_states (
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            round INTEGER NOT NULL,
            item_key TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('pending', 'open', 'closed', 'revealed')),
            updated_at TEXT NOT NULL,
            PRIMARY KEY (session_id, round, item_key)
        );
        CREATE TABLE notes (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            item_key TEXT,
            round INTEGER NOT NULL DEFAULT 1,
            kind TEXT NOT NULL CHECK (kind IN ('note', 'quote', 'dissent')),
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX notes_session ON notes(session_id);
        CREATE TABLE actions (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            item_key TEXT,
            text TEXT NOT NULL,
            owner TEXT NOT NULL DEFAULT '',
            due_on TEXT,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
            carried_from TEXT REFERENCES actions(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX actions_session ON actions(session_id);
        """
    )


#: Tokenizer of the search indexes: Unicode-aware, and "reunion" finds
#: "reunión" (Spanish ships with the app; accents are often left off on a laptop).
SEARCH_TOKENIZE = "unicode61 remove_diacritics 2"

#: Tables with a full-text index (``<table>_fts``, kept in sync by triggers)
#: and the columns indexed. Datasette finds these indexes by their names.
SEARCH_COLUMNS = {
    "sessions": ("title",),
    "notes": ("text",),
    "actions": ("text", "owner"),
}


@migrations()
def m002_actions_carried_from_soft_link(db: Database) -> None:
    """``actions.carried_from`` becomes a plain column, not a foreign key.

    Why: a session file holds one session, so an action carried into it
    names an action of an earlier session that is not in the file; with a
    foreign key the file (or an archive it is merged into before the earlier
    session arrives) could not hold the link at all. As a soft link it
    resolves as soon as the earlier session is merged. The table is rebuilt
    (SQLite cannot drop a constraint), keeping every rowid.
    """
    db.executescript(
        """
        CREATE TABLE actions_new (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            item_key TEXT,
            text TEXT NOT NULL,
            owner TEXT NOT NULL DEFAULT '',
            due_on TEXT,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
            carried_from TEXT,
            created_at TEXT NOT NULL
        );
        INSERT INTO actions_new (rowid, id, session_id, item_key, text, owner, due_on, status, carried_from, created_at)
            SELECT rowid, id, session_id, item_key, text, owner, due_on, status, carried_from, created_at FROM actions;
        DROP TABLE actions;
        ALTER TABLE actions_new RENAME TO actions;
        CREATE INDEX actions_session ON actions(session_id);
        CREATE INDEX actions_carried_from ON actions(carried_from);
        """
    )


@migrations()
def m003_search_index(db: Database) -> None:
    """Full-text indexes (FTS5) of session titles, notes and actions.

    External-content tables made by sqlite-utils, filled from the rows
    already there and kept in sync by insert/update/delete triggers, so
    every writer (the Archive, a merge, a tool like Datasette) keeps them
    right without knowing they exist.
    """
    for table, columns in SEARCH_COLUMNS.items():
        db.table(table).enable_fts(list(columns), create_triggers=True, tokenize=SEARCH_TOKENIZE)


@migrations()
def m004_merge_conflicts(db: Database) -> None:
    """Where a merge keeps the other archive's version of a record it did not take.

    One row per (table, record, their version): merging the same file again
    finds the same conflict and adds nothing.
    """
    db.executescript(
        """
        CREATE TABLE merge_conflicts (
            id INTEGER PRIMARY KEY,
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            reason TEXT NOT NULL,
            theirs TEXT NOT NULL,
            ours TEXT,
            source TEXT NOT NULL,
            detected_at TEXT NOT NULL,
            UNIQUE (table_name, record_id, theirs)
        );
        """
    )


@migrations()
def m005_open_data_views(db: Database) -> None:
    """Views that make the archive readable in Datasette or any SQLite tool.

    They hold what plain SQL can compute. ``item_summary`` never breaks
    figures down by stakeholder group, so it cannot reveal a small group's
    ratings (docs/design.md §5); its agreement and band labels use the same
    thresholds as the app, compared in whole numbers so they match exactly.
    Its median and counts are correlated subqueries rather than CTEs so that
    ``WHERE session_id = ?`` reaches the ratings index instead of computing
    the whole archive first.
    """
    db.executescript(
        """
        CREATE VIEW item_summary AS
        SELECT partnership_id, session_id, session_title, held_on, round, item_key, n, unsure, counts,
               CASE WHEN n > 0 THEN s * 1.0 / n END AS mean,
               median,
               CASE WHEN n >= 2 THEN dev * 1.0 / den END AS variance,
               lo AS min, hi AS max,
               CASE WHEN n >= 2 THEN max(0.0, min(1.0, 1.0 - (dev * 12.0) / (den * (points * points - 1)))) END AS rwg,
               CASE
                   WHEN n < 3 THEN 'too few'
                   WHEN 40 * dev <= (points * points - 1) * den THEN 'agree'
                   WHEN 24 * dev <= (points * points - 1) * den THEN 'mixed'
                   ELSE 'split'
               END AS agreement,
               CASE
                   WHEN n = 0 THEN NULL
                   WHEN 4 * median >= 4 * scale_min + 3 * (scale_max - scale_min) THEN 'strength'
                   WHEN 2 * median >= 2 * scale_min + (scale_max - scale_min) THEN 'watch'
                   ELSE 'concern'
               END AS band
        FROM (
            SELECT s.partnership_id, a.session_id, s.title AS session_title, s.held_on, a.round, a.item_key,
                   a.n, a.unsure, a.s, a.lo, a.hi,
                   CASE WHEN a.n >= 2 THEN a.n * a.ss - a.s * a.s END AS dev,
                   CASE WHEN a.n >= 2 THEN a.n * (a.n - 1) END AS den,
                   json_extract(i.definition_json, '$.scale.min') AS scale_min,
                   json_extract(i.definition_json, '$.scale.max') AS scale_max,
                   json_extract(i.definition_json, '$.scale.max')
                       - json_extract(i.definition_json, '$.scale.min') + 1 AS points,
                   (SELECT avg(o.value) FROM (
                        SELECT r.value, row_number() OVER (ORDER BY r.value) AS pos FROM ratings r
                        WHERE r.session_id = a.session_id AND r.round = a.round AND r.item_key = a.item_key
                          AND r.value IS NOT NULL) o
                    WHERE o.pos IN ((a.n + 1) / 2, (a.n + 2) / 2)) AS median,
                   (SELECT json_group_object(c.value, c.k) FROM (
                        SELECT r.value, count(*) AS k FROM ratings r
                        WHERE r.session_id = a.session_id AND r.round = a.round AND r.item_key = a.item_key
                          AND r.value IS NOT NULL GROUP BY r.value ORDER BY r.value) c) AS counts
            FROM (
                SELECT session_id, round, item_key, count(value) AS n, count(*) - count(value) AS unsure,
                       sum(value) AS s, sum(value * value) AS ss, min(value) AS lo, max(value) AS hi
                FROM ratings GROUP BY session_id, round, item_key
            ) a
            JOIN sessions s ON s.id = a.session_id
            JOIN instruments i ON i.id = s.instrument_id
            WHERE s.deleted_at IS NULL
        );

        CREATE VIEW partnership_sessions AS
        SELECT p.id AS partnership_id, p.name AS partnership,
               row_number() OVER (
                   PARTITION BY p.id ORDER BY coalesce(s.held_on, substr(s.created_at, 1, 10)), s.created_at
               ) AS session_number,
               s.id AS session_id, s.title, s.held_on, s.stage, s.status, s.location, s.facilitator,
               i.key AS instrument_key, i.version AS instrument_version, s.rounds,
               (SELECT count(*) FROM participants pa WHERE pa.session_id = s.id) AS participants,
               (SELECT count(*) FROM ratings r WHERE r.session_id = s.id) AS ratings,
               (SELECT count(*) FROM notes n WHERE n.session_id = s.id) AS notes,
               (SELECT count(*) FROM actions a WHERE a.session_id = s.id) AS actions,
               (SELECT count(*) FROM actions a WHERE a.session_id = s.id AND a.status = 'open') AS open_actions
        FROM sessions s
        JOIN partnerships p ON p.id = s.partnership_id
        JOIN instruments i ON i.id = s.instrument_id
        WHERE s.deleted_at IS NULL;

        CREATE VIEW action_items AS
        SELECT p.name AS partnership, s.title AS session_title, s.held_on, a.id AS action_id, a.session_id,
               a.item_key, a.text, a.owner, a.due_on, a.status, a.carried_from,
               (SELECT count(*) FROM actions c WHERE c.carried_from = a.id) > 0 AS carried_forward,
               a.created_at
        FROM actions a
        JOIN sessions s ON s.id = a.session_id
        JOIN partnerships p ON p.id = s.partnership_id
        WHERE s.deleted_at IS NULL;
        """
    )


@migrations()
def m006_ratings_by_item_index(db: Database) -> None:
    """Index the ratings by session, round, item and value.

    It covers what trends and the ``item_summary`` view read (a round's
    values per item), so they are answered from the index alone, in value
    order: on 3 million ratings the view's first page takes a fraction of a
    second instead of seconds (bench/bench_archive.py). About 8 % of the file.
    """
    db.execute("CREATE INDEX ratings_item ON ratings(session_id, round, item_key, value)")


@migrations()
def m007_record_event_logs(db: Database) -> None:
    """Append-only logs of partnerships, sessions, groups, participants, notes and actions.

    Why: merges must converge (issue 12): the current version of a record is
    its latest logged event, so two laptops that exchanged their logs hold
    the same rows. Triggers write the log; every existing row is logged once
    as its first version (:mod:`pe_desktop.store.history`).
    """
    from pe_desktop.store import history

    history.install(db.conn)


@migrations()
def m008_phone_links(db: Database) -> None:
    """The phone join link of a session, kept with the session (issue 13).

    Token and cookie secret used to be new on every ``serve`` start, so a
    restart made every phone a new participant; the short code is the
    typable form of the link, and ``join_cap`` the most phones the
    facilitator lets join. One row per session, gone with the session.
    """
    db.executescript(
        """
        CREATE TABLE phone_links (
            session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
            token TEXT NOT NULL,
            secret BLOB NOT NULL,
            short_code TEXT NOT NULL UNIQUE,
            join_cap INTEGER NOT NULL DEFAULT 300 CHECK (join_cap >= 1),
            created_at TEXT NOT NULL
        );
        """
    )


@migrations()
def m009_session_language(db: Database) -> None:
    """The language the room is addressed in: a code like ``es``, or two for a mixed room (``en+es``).

    The projector, the console's item texts, the laptop ballot's start
    screen, the ballots and the PDF default to it. Sessions from before this
    version get English, the language every built-in form is written in.
    The sessions' change log (m007) learns the column too: its triggers are
    made again with it, and every session gets a logged version with its
    language, so each row is its latest logged version again (``check``);
    two laptops that migrate apart log the same content, which merges
    without a conflict.
    """
    from pe_desktop.store import history

    db.execute("ALTER TABLE sessions ADD COLUMN language TEXT NOT NULL DEFAULT 'en'")
    history.install_triggers(db.conn, "sessions")
    db.execute("UPDATE sessions SET language = language")


@migrations()
def m010_trash(db: Database) -> None:
    """A Trash for notes and action items (issue 11): ``deleted_at`` on both, as sessions have had from the start.

    Why: one keystroke (a Delete, an undo) must not lose what a room said;
    a deleted note or action stays in the archive, hidden, until a person
    empties the Trash (:mod:`pe_desktop.store.trash`). The change log (m007)
    learns the column as in m009: the triggers are made again and every row
    gets a logged version with it, so each row is its latest logged version
    (``check``) and moving to or from the Trash merges like any edit. The
    open-data views stop counting and listing what is in the Trash.
    """
    from pe_desktop.store import trash_schema

    trash_schema.migrate(db.conn)


#: The schema version this code writes: one per migration in the chain.
SCHEMA_VERSION = len(migrations._migrations)
