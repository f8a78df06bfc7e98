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
    """The data model of DESIGN §4."""
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


#: The schema version this code writes: one per migration in the chain.
SCHEMA_VERSION = len(migrations._migrations)
