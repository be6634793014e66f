"""Where the shipped resources are: inside the installed package, or the source tree."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    # An installed wheel carries quotedesk/resources; a source checkout keeps
    # resources/ at the repository top, two levels above the package.
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent.parent / "resources"):
        if (candidate / "labels").is_dir():
            return candidate
    raise FileNotFoundError("QuoteDesk resources are missing from this installation.")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def seeds_dir() -> Path | None:
    """The bundled seed articles, when this is a source checkout or a bundle that has them."""
    for candidate in (_PACKAGE / "seeds", _PACKAGE.parent.parent / "seeds", resources_dir() / "seeds"):
        if candidate.is_dir() and any(candidate.glob("*.txt")):
            return candidate
    return None
