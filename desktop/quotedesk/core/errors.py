"""Errors the core raises on purpose. Each carries one sentence fit for a user."""


class QuoteDeskError(Exception):
    """Base class: the message is a complete sentence shown as is."""


class InputError(QuoteDeskError):
    """Input that cannot be imported (names the file and, where known, the line)."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        where = ""
        if path is not None:
            where = f"{path}"
            if line is not None:
                where += f", line {line}"
            where += ": "
        super().__init__(where + message)
        self.path = path
        self.line = line


class ProjectError(QuoteDeskError):
    """A project file that cannot be opened or written."""


class EditConflict(QuoteDeskError):
    """An edit whose rows changed underneath it (another window or process)."""


class Cancelled(QuoteDeskError):
    """Long work stopped at the user's request; nothing partial was kept."""

    def __init__(self, message: str = "Cancelled."):
        super().__init__(message)


def damaged_project_message(path, exc: Exception) -> str:
    """One sentence for an SQLite error met while reading a project that opened fine.

    A file damaged in the middle (a bad disc, a copy cut short) opens, and fails
    only when a damaged page is read; "locked" and "read-only" errors are not damage.
    """
    detail = str(exc).splitlines()[0].rstrip(".") if str(exc) else type(exc).__name__
    not_utf8 = isinstance(exc, UnicodeDecodeError) or "decode" in detail.lower()
    damaged = not_utf8 or any(word in detail.lower() for word in ("malformed", "corrupt", "not a database"))
    if not_utf8:
        detail = "a stored text is not UTF-8"  # SQLite quotes the whole bad cell: too long to show
    elif len(detail) > 120:
        detail = detail[:117] + "..."
    if damaged:
        return (f"{path} is damaged and part of it cannot be read ({detail}). Nothing was written to it; "
                f"open a backup copy or your last export (`sqlite3 FILE .recover` can save what is left).")
    return f"{path} could not be used ({detail})."
