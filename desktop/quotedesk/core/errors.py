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
