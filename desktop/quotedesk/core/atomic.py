"""Writing outputs so that a crash or a cancel never leaves half a file behind.

Everything is written to a temporary file or folder beside the target (same
file system, so the final rename is atomic) and renamed into place only once
complete. A folder is replaced only when it is empty or was written by
QuoteDesk before, so an export pointed at the wrong folder cannot wipe it.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from .errors import QuoteDeskError

# Left inside every folder QuoteDesk writes: a later export may replace it.
FOLDER_MARKER = ".quotedesk-export"


def _umask() -> int:
    # os.umask can only be read by setting it; put it straight back.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def atomic_file(target: Path, *, encoding: str | None = "utf-8", newline: str | None = "\n",
                binary: bool = False) -> Iterator[IO]:
    """Write to a temporary file beside `target`, renamed into place on success."""
    target = Path(target)
    _check_parent(target)
    if target.is_dir():
        raise QuoteDeskError(f"{target} is a folder; give a file name to write.")
    sweep_leftovers(target)
    fd, temp = tempfile.mkstemp(prefix=_temp_prefix(target), suffix=".part", dir=target.parent)
    try:
        # mkstemp makes a private file; an export should get the usual permissions.
        os.chmod(temp, 0o666 & ~_umask())
        mode = "wb" if binary else "w"
        options = {} if binary else {"encoding": encoding, "newline": newline}
        with os.fdopen(fd, mode, **options) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


@contextmanager
def atomic_dir(target: Path) -> Iterator[Path]:
    """Fill a temporary folder beside `target`; it replaces `target` on success.

    An existing `target` must be empty or carry FOLDER_MARKER (an earlier
    QuoteDesk export); anything else is refused before a byte is written.
    """
    target = Path(target)
    _check_parent(target)
    check_replaceable(target)
    sweep_leftovers(target)
    temp = Path(tempfile.mkdtemp(prefix=_temp_prefix(target), suffix=".part", dir=target.parent))
    try:
        os.chmod(temp, 0o777 & ~_umask())
        yield temp
        (temp / FOLDER_MARKER).write_text(
            "Written by QuoteDesk. The next export to this folder replaces all of it.\n", encoding="utf-8")
        _swap_in(temp, target)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise


def _temp_prefix(target: Path) -> str:
    # The writer's process id is in the name, so a later export can tell a dead writer's leftovers.
    return f".{target.name}.{os.getpid()}."


def sweep_leftovers(target: Path) -> list[Path]:
    """Remove temporary files and folders beside `target` left by an export that was killed.

    Only those whose writer process is gone: another export to the same place
    may be running right now. POSIX only (on Windows, probing a process id
    with os.kill would end it).
    """
    if os.name != "posix":
        return []
    removed = []
    head = f".{target.name}."
    for path in target.parent.glob(f".{glob.escape(target.name)}.*"):
        rest = path.name[len(head):]
        pid = rest.split(".", 1)[0]
        if not path.name.endswith((".part", ".old")) or not pid.isdigit() or _alive(int(pid)):
            continue
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def check_replaceable(target: Path) -> None:
    """Refuse to replace a file, or a folder holding things QuoteDesk did not write."""
    if not target.exists():
        return
    if not target.is_dir():
        raise QuoteDeskError(f"{target} exists and is not a folder; choose a folder name for this export.")
    if any(target.iterdir()) and not (target / FOLDER_MARKER).is_file():
        raise QuoteDeskError(
            f"{target} already holds files QuoteDesk did not write; choose a new or empty folder.")


def _swap_in(temp: Path, target: Path) -> None:
    if not target.exists():
        os.replace(temp, target)
        return
    old = Path(tempfile.mkdtemp(prefix=_temp_prefix(target), suffix=".old", dir=target.parent))
    os.rmdir(old)
    os.replace(target, old)
    try:
        os.replace(temp, target)
    except BaseException:
        os.replace(old, target)  # put the previous export back
        raise
    shutil.rmtree(old, ignore_errors=True)


def _check_parent(target: Path) -> None:
    if not target.parent.is_dir():
        raise QuoteDeskError(f"The folder {target.parent} does not exist.")


_UNSAFE = re.compile(r"[^\w.\-]+", re.UNICODE)
# Names Windows reserves for devices, whatever the extension.
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
MAX_NAME = 120
# File systems count a name's bytes (255 on ext4, APFS, NTFS in UTF-16 units): 120 characters of
# a non-Latin script can be 480 bytes. This leaves room for a clash suffix and the extension.
MAX_NAME_BYTES = 200


def safe_file_name(name: str, taken: set[str] | None = None) -> str:
    """A file name made from an article id that cannot leave its folder.

    Separators, '..' and other odd characters become '_'; leading dots go (no
    hidden files); device names get a '_' prefix; a clash with a name already
    in `taken` (compared without case, as on macOS and Windows) gets a suffix.
    """
    cleaned = _UNSAFE.sub("_", name).strip("._") or "article"
    cleaned = cleaned[:MAX_NAME].encode("utf-8")[:MAX_NAME_BYTES].decode("utf-8", "ignore")
    if cleaned.split(".")[0].upper() in _RESERVED:
        cleaned = "_" + cleaned
    if taken is None:
        return cleaned
    candidate, n = cleaned, 1
    while candidate.lower() in taken:
        n += 1
        candidate = f"{cleaned}_{n}"
    taken.add(candidate.lower())
    return candidate
