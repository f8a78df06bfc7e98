"""Partnerships: the people who meet again and again, each session one of their meetings."""

from __future__ import annotations

from pe_desktop.store.base import ArchiveBase, new_id, now_iso
from pe_desktop.store.errors import ValidationError
from pe_desktop.store.records import Partnership

_PARTNERSHIP = """SELECT p.*, (SELECT count(*) FROM sessions s WHERE s.partnership_id = p.id AND s.deleted_at IS NULL)
                      AS session_count FROM partnerships p"""
#: Partnerships not combined into another one (a combined one lives on as the other's history).
_LIVE = "p.id NOT IN (SELECT combined_id FROM partnership_combines WHERE undone_at IS NULL)"


class PartnershipStore(ArchiveBase):
    def create_partnership(self, name: str, description: str = "", id: str | None = None) -> str:
        name = (name or "").strip()
        if not name:
            raise ValidationError("partnership name: must not be empty")
        pid = id or new_id()
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO partnerships (id, name, description, created_at) VALUES (?, ?, ?, ?)",
                (pid, name, description or "", now_iso()),
            )
        return pid

    def find_partnership(self, name: str) -> Partnership | None:
        """The partnership of this name (the oldest if names repeat; not one combined into another)."""
        row = self._one(f"{_PARTNERSHIP} WHERE p.name = ? AND {_LIVE} ORDER BY p.created_at LIMIT 1", [name.strip()])
        return Partnership.from_row(row) if row else None

    def find_partnership_by_id_or_name(self, name_or_id: str) -> Partnership | None:
        """The partnership with this exact id, else with this name (the oldest if names repeat)."""
        row = self._one(f"{_PARTNERSHIP} WHERE p.id = ?", [name_or_id])
        return Partnership.from_row(row) if row else self.find_partnership(name_or_id)

    def partnership_id_for(self, name: str) -> str:
        found = self.find_partnership(name)
        return found.id if found else self.create_partnership(name)

    def partnerships(self) -> list[Partnership]:
        """Every partnership not combined into another, by name, with its number of sessions."""
        rows = self.query(f"{_PARTNERSHIP} WHERE {_LIVE} ORDER BY p.name COLLATE NOCASE")
        return [Partnership.from_row(row) for row in rows]

    def partnership(self, pid: str) -> Partnership:
        row = self._one(f"{_PARTNERSHIP} WHERE p.id = ?", [pid])
        if row is None:
            raise ValidationError(f"partnership: no partnership with id {pid!r}")
        return Partnership.from_row(row)

    def update_partnership(self, pid: str, name: str | None = None, description: str | None = None) -> None:
        self.partnership(pid)
        with self.transaction() as conn:
            if name is not None:
                if not name.strip():
                    raise ValidationError("partnership name: must not be empty")
                conn.execute("UPDATE partnerships SET name = ? WHERE id = ?", (name.strip(), pid))
            if description is not None:
                conn.execute("UPDATE partnerships SET description = ? WHERE id = ?", (description, pid))
