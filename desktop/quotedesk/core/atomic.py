"""Writing outputs so that a crash or a cancel never leaves half a file behind."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .errors import QuoteDeskError


@contextmanager
def atomic_file(target: Path, *, encoding: str = "utf-8", newline: str | None = "\n") -> Iterator:
    """Write to a temporary file beside `target`, renamed into place on success."""
    target = Path(target)
    _check_parent(target)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


@contextmanager
def atomic_dir(target: Path) -> Iterator[Path]:
    """Fill a temporary folder beside `target`; it replaces `target` on success."""
    target = Path(target)
    _check_parent(target)
    if target.exists() and not target.is_dir():
        raise QuoteDeskError(f"{target} exists and is not a folder.")
    temp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent))
    try:
        yield temp
        if target.exists():
            old = target.with_name(f".{target.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            os.replace(target, old)
            os.replace(temp, target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(temp, target)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise


def _check_parent(target: Path) -> None:
    if not target.parent.exists():
        raise QuoteDeskError(f"The folder {target.parent} does not exist.")


_UNSAFE = re.compile(r"[^\w.\-]+", re.UNICODE)


def safe_file_name(name: str, taken: set[str] | None = None) -> str:
    """A file name made from an article id that cannot leave its folder.

    Separators, '..' and other odd characters become '_'; a clash with a
    name already used gets a numeric suffix.
    """
    cleaned = _UNSAFE.sub("_", name).strip("._") or "article"
    cleaned = cleaned[:120]
    if taken is None:
        return cleaned
    candidate, n = cleaned, 1
    while candidate.lower() in taken:
        n += 1
        candidate = f"{cleaned}_{n}"
    taken.add(candidate.lower())
    return candidate
