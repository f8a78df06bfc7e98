"""The running session without Qt: what a user can change, and what each audience sees.

Why a layer of its own (DESIGN §3: ui > server, report > session > store):
the undo rules, the write paths and the room's anonymity rules used to live
inside widgets, twice. Here they are plain functions over an
:class:`~pe_desktop.store.Archive`:

- :mod:`.ops`: every write a user can make, as ``op(archive, ...) -> Change``;
  each commits one transaction and returns a :class:`.change.Change` that
  knows how to undo and redo itself;
- :mod:`.observer`: one thread-safe "the archive changed" channel that every
  op publishes to, whatever thread or window made the change;
- :mod:`.views`: what the projector, the console, the phone page and the PDF
  may show, decided once.

Nothing here imports PySide6; ``mypy --strict`` checks the package.
"""
