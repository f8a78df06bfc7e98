"""Errors the archive raises; their text is shown to people as it is."""


class ArchiveError(Exception):
    """The archive cannot be opened or used; nothing was changed."""


class ValidationError(ArchiveError):
    """Input was refused (a field or value is wrong); nothing was changed."""
