"""The Store: one SQLite project file, the single source of truth.

Every edit is its own short transaction (WAL + synchronous=NORMAL keeps that
cheap); bulk work such as an import or a pretag batch is one transaction.
Reads return model objects; writes of analyst work go through `apply(edit)`.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from operator import itemgetter
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from . import schema
from .edits import Edit
from .errors import EditConflict, ProjectError
from .labels import LabelScheme
from .model import Article, Entity, Quote, Span, new_id
from .textnorm import text_hash

SQLITE_HEADER = b"SQLite format 3\x00"
TABLE_KEYS = {"articles": "id", "spans": "id", "quotes": "id", "entities": "id"}
BUSY_TIMEOUT_MS = 10_000


def _order_key(model) -> itemgetter:
    """(start, end, id) of a row selected in the model's field order."""
    names = [f.name for f in dataclasses.fields(model)]
    return itemgetter(names.index("start"), names.index("end"), names.index("id"))


_TEXT_ORDER = {"spans": _order_key(Span), "quotes": _order_key(Quote)}


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def default_annotator() -> str:
    name = os.environ.get("QUOTEDESK_ANNOTATOR")
    if name:
        return name
    import getpass  # only when no annotator is named

    try:
        return getpass.getuser()
    except Exception:  # no user database entry, e.g. in a bare container
        return "analyst"


@dataclass
class ImportResult:
    added: int = 0
    skipped: int = 0
    renamed: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class ArticleSummary:
    """What the article list needs, without loading the text."""

    id: str
    title: str | None
    status: str
    position: int
    suggestions_left: int
    spans: int
    quotes: int


class Store:
    """A QuoteDesk project file."""

    def __init__(self, path: str | os.PathLike, *, annotator: str | None = None, create: bool = True):
        self.path = Path(path)
        self.annotator = annotator or default_annotator()
        self._listeners: list[Callable[[Edit], None]] = []
        self._db = None
        self._search_index: bool | None = None  # whether this file has one (FTS5 may be missing)
        self._check_file(create)
        # A project in a folder this user cannot write to (a read-only share, a disc): SQLite
        # cannot create the WAL's index beside it, so it reads the file as it stands and every
        # write is refused (as for a read-only file).
        self.in_read_only_folder = self.path.exists() and not os.access(self.path.parent, os.W_OK)
        if self.in_read_only_folder:
            self._refuse_unmerged_wal()
        try:
            self.conn = sqlite3.connect(
                self.path.resolve().as_uri() + "?immutable=1" if self.in_read_only_folder else str(self.path),
                uri=self.in_read_only_folder, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                check_same_thread=False,
            )
        except sqlite3.Error as exc:
            raise ProjectError(f"Cannot open the project {self.path}: {exc}.") from exc
        try:
            self._refuse_newer()  # before anything else touches the file
            self._configure()
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
                raise ProjectError(f"{self.path} is not a QuoteDesk project (not an SQLite file).") from exc
            raise ProjectError(f"{self.path} is not a readable QuoteDesk project ({exc}).") from exc
        except ProjectError:
            self.conn.close()
            raise

    @property
    def db(self):
        """A sqlite_utils view of the connection, imported on first use: the
        library takes a few hundred milliseconds to import, which the app's
        start-up cannot afford."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    # -- opening -----------------------------------------------------------

    def _check_file(self, create: bool) -> None:
        if self.path.is_dir():
            raise ProjectError(f"{self.path} is a folder, not a project file.")
        if not self.path.exists():
            if not create:
                raise ProjectError(f"There is no project at {self.path}.")
            if not self.path.parent.exists():
                raise ProjectError(f"The folder {self.path.parent} does not exist.")
            return
        # The header is left to SQLite (SQLITE_NOTADB, below): opening and closing the file here
        # would drop the POSIX locks of this process's other connections to it, and another
        # process closing the project would then delete the WAL they still write to.

    def _refuse_unmerged_wal(self) -> None:
        wal = Path(f"{self.path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise ProjectError(
                f"{self.path} is in a folder you cannot write to and its latest changes are still in "
                f"{wal.name}; copy both files to a folder you can write to and open the copy there.")

    def _configure(self) -> None:
        self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self.conn.execute("PRAGMA foreign_keys = ON")
        if not self.in_read_only_folder and (os.access(self.path, os.W_OK) or not self.path.exists()):
            self.conn.execute("PRAGMA journal_mode = WAL")
        # NORMAL is durable across application crashes in WAL mode; only an OS
        # crash or power loss can drop the last commits.
        self.conn.execute("PRAGMA synchronous = NORMAL")

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def _refuse_newer(self) -> None:
        version = self.schema_version
        if version > schema.SCHEMA_VERSION:
            raise ProjectError(
                f"{self.path} was made by a newer QuoteDesk (schema {version}; this version "
                f"reads up to {schema.SCHEMA_VERSION}). The file was left untouched."
            )

    def _migrate(self) -> None:
        version = self.schema_version
        if version == schema.SCHEMA_VERSION:
            return
        if version == 0:
            tables = self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if tables:
                raise ProjectError(f"{self.path} is an SQLite file but not a QuoteDesk project.")
            self._run_migrations(0)  # a new project: nothing to back up
            return
        if self.in_read_only_folder:
            raise ProjectError(
                f"{self.path} was made by an older QuoteDesk and must be upgraded, which needs a folder you "
                "can write to; copy it to one and open the copy there.")
        backup = self.backup(self.path.with_name(f"{self.path.name}.v{version}.bak"))
        try:
            self._run_migrations(version)
        except (sqlite3.Error, ProjectError) as exc:
            raise ProjectError(
                f"Could not upgrade {self.path} from schema {version} to {schema.SCHEMA_VERSION} ({exc}); "
                f"the file is unchanged and a backup is at {backup}."
            ) from exc

    def _run_migrations(self, version: int) -> None:
        with self.transaction():
            for step in range(version, schema.SCHEMA_VERSION):
                schema.MIGRATIONS[step](self.conn)
            self.conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")

    def backup(self, target: Path) -> Path:
        """A consistent copy of the project, safe while it is in use."""
        partial = target.with_name(target.name + ".partial")
        with sqlite3.connect(str(partial)) as copy:
            self.conn.backup(copy)
        copy.close()
        shutil.move(str(partial), str(target))
        return target

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:
            pass

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions --------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit of work; nested calls become savepoints."""
        if self.conn.in_transaction:
            name = f"qd_{new_id('')}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        self._check_still_there()
        # IMMEDIATE takes the write lock up front, so two processes never
        # deadlock upgrading read locks; the busy timeout makes one wait.
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            else:
                self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            error = self._write_error(exc)
            if error is None:
                raise
            raise error from exc

    def _check_still_there(self) -> None:
        # On Unix an open file that was deleted or moved still takes writes,
        # which then vanish with the process: refuse instead.
        if not self.path.exists():
            raise ProjectError(
                f"The project file {self.path} was deleted or moved while open; nothing more can be saved to it. "
                "Restore it (or save a copy from a backup) and reopen the project."
            )

    def _write_error(self, exc: sqlite3.OperationalError) -> ProjectError | None:
        """The user's sentence for a failure of the file or disk; None for anything else."""
        message = str(exc).lower()
        if "readonly" in message or "read-only" in message:
            return ProjectError(f"The project {self.path} is read-only; your change was not saved.")
        if "full" in message or "disk i/o" in message or "too large" in message:
            return ProjectError(f"Could not save to {self.path}: the disk is full or refused the write "
                                f"({exc}). The project is unchanged; free some space and try again.")
        if "locked" in message or "busy" in message:
            return ProjectError(f"The project {self.path} is busy in another program; try again in a moment.")
        return None

    # -- plain reads -----------------------------------------------------------

    def rows(self, sql: str, params: Iterable[Any] | dict = ()) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def scalar(self, sql: str, params: Iterable[Any] | dict = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def get_row(self, table: str, key: Any) -> dict[str, Any] | None:
        found = self.rows(f"SELECT * FROM {table} WHERE {TABLE_KEYS[table]} = ?", (key,))
        return found[0] if found else None

    # -- settings --------------------------------------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        value = self.scalar("SELECT value FROM settings WHERE key = ?", (key,))
        return default if value is None else json.loads(value)

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )

    def label_scheme(self) -> LabelScheme:
        stored = self.get_setting("label_scheme")
        if not stored:
            return LabelScheme.default()
        return LabelScheme.from_json(json.dumps(stored), source=f"label scheme of {self.path.name}")

    def set_label_scheme(self, scheme: LabelScheme) -> None:
        self.set_setting("label_scheme", json.loads(scheme.to_json()))

    # -- articles ----------------------------------------------------------------

    @staticmethod
    def _article(row: dict[str, Any]) -> Article:
        return Article(
            id=row["id"], text=row["text"], title=row["title"], meta=json.loads(row["meta"]),
            status=row["status"], text_hash=row["text_hash"],
            pretagged_with=row["pretagged_with"], position=row["position"],
        )

    def article(self, article_id: str) -> Article:
        row = self.get_row("articles", article_id)
        if row is None:
            raise ProjectError(f"There is no article {article_id!r} in this project.")
        return self._article(row)

    def article_count(self, status: str | None = None, search: str | None = None) -> int:
        """How many articles (with this status, matching this search): counted once, kept by triggers."""
        if search:
            clause, params = self._filter(status, search)
            return self.scalar(f"SELECT count(*) FROM articles a {clause}", params)
        return self._tally(f"articles_{status}" if status else "articles")

    def _tally(self, name: str) -> int:
        found = self.scalar("SELECT n FROM tallies WHERE name = ?", (name,))
        return 0 if found is None else found  # an unknown status has no articles

    def article_ids(self, status: str | None = None, search: str | None = None,
                    offset: int = 0, limit: int | None = None) -> list[str]:
        """Ids in project order, optionally filtered, optionally one page of them.

        Reads an index only (never the texts), so it stays cheap for 100,000 articles.
        """
        clause, params = self._filter(status, search)
        page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else (
            f" LIMIT -1 OFFSET {int(offset)}" if offset else "")
        return [r[0] for r in self.conn.execute(
            f"SELECT a.id FROM articles a {clause} ORDER BY a.position{page}", params)]

    def article_row(self, article_id: str, status: str | None = None, search: str | None = None) -> int:
        """Where the article is in the filtered list (0-based), or -1 if the filter leaves it out."""
        position = self.scalar("SELECT position FROM articles WHERE id = ?", (article_id,))
        if position is None:
            return -1
        clause, params = self._filter(status, search)
        joiner = "AND" if clause else "WHERE"
        if clause and not self.scalar(f"SELECT 1 FROM articles a {clause} {joiner} a.id = ?", params + [article_id]):
            return -1
        return self.scalar(f"SELECT count(*) FROM articles a {clause} {joiner} a.position < ?", params + [position])

    def iter_articles(self) -> Iterator[Article]:
        cursor = self.conn.execute("SELECT * FROM articles ORDER BY position")
        names = [d[0] for d in cursor.description]
        for row in cursor:
            yield self._article(dict(zip(names, row)))

    def _filter(self, status: str | None, search: str | None) -> tuple[str, list]:
        where, params = [], []
        if status:
            where.append("a.status = ?")
            params.append(status)
        if search:
            candidates = self._search_candidates(search)
            if candidates is not None:
                where.append(f"a.position IN ({candidates[0]})")
                params += candidates[1]
            # The exact test, as ever: the index only narrows down where to look.
            where.append("(instr(lower(a.text), lower(?)) > 0 OR instr(lower(coalesce(a.title, '')), lower(?)) > 0)")
            params += [search, search]
        return (f"WHERE {' AND '.join(where)}" if where else ""), params

    # -- the search index ----------------------------------------------------------

    @property
    def has_search_index(self) -> bool:
        if self._search_index is None:
            self._search_index = bool(self.scalar(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles_search'"))
        return self._search_index

    def _search_candidates(self, search: str) -> tuple[str, list] | None:
        """SQL for the positions that may contain `search`: indexed hits, plus every article not yet indexed."""
        if not self.has_search_index or len(search) < 3 or "%" in search or "_" in search:
            return None  # the trigram index needs three characters; LIKE wildcards would not be literal
        pattern = f"%{search}%"
        return ("SELECT rowid FROM articles_search WHERE text LIKE ? "
                "UNION SELECT rowid FROM articles_search WHERE title LIKE ? "
                "UNION SELECT position FROM articles WHERE position > (SELECT upto FROM search_progress)",
                [pattern, pattern])

    def search_index_pending(self) -> int:
        """Articles the search index does not hold yet (0 when there is no index to build)."""
        if not self.has_search_index:
            return 0
        upto = self.scalar("SELECT upto FROM search_progress")
        return self.scalar("SELECT count(*) FROM articles WHERE position > ?", (upto,))

    def update_search_index(self, *, progress: Callable[[int, int, str], None] | None = None,
                            cancel=None, batch: int = 200) -> int:
        """Add every article not yet indexed, a batch per short transaction; returns how many.

        Safe to stop at any point (cancel, kill) and to run again; searches
        are exact meanwhile, they only scan the articles still waiting.
        """
        total, done = self.search_index_pending(), 0
        while total:
            if cancel is not None and cancel.cancelled:
                break
            with self.transaction():
                upto = self.scalar("SELECT upto FROM search_progress")
                last = self.scalar("SELECT max(position) FROM (SELECT position FROM articles WHERE position > ? "
                                   "ORDER BY position LIMIT ?)", (upto, batch))
                if last is None:
                    break
                added = self.conn.execute(
                    "INSERT INTO articles_search(rowid, title, text) SELECT position, title, text FROM articles "
                    "WHERE position > ? AND position <= ?", (upto, last)).rowcount
                self.conn.execute("UPDATE search_progress SET upto = ?", (last,))
            done += added
            if progress is not None:
                progress(done, total, f"Indexed {done} of {total} articles for search")
        return done

    _SUMMARY_COLUMNS = """
        SELECT a.id, a.title, a.status, a.position,
          (SELECT count(*) FROM spans s WHERE s.article_id = a.id AND s.status = 'suggested')
          + (SELECT count(*) FROM quotes q WHERE q.article_id = a.id AND q.status = 'suggested')
            AS suggestions_left,
          (SELECT count(*) FROM spans s WHERE s.article_id = a.id AND s.status != 'rejected') AS spans,
          (SELECT count(*) FROM quotes q WHERE q.article_id = a.id AND q.status != 'rejected') AS quotes
        FROM articles a"""

    def article_summaries(self, status: str | None = None, search: str | None = None) -> list[ArticleSummary]:
        clause, params = self._filter(status, search)
        sql = f"{self._SUMMARY_COLUMNS} {clause} ORDER BY a.position"
        return [ArticleSummary(**row) for row in self.rows(sql, params)]

    def summaries_for(self, ids: list[str]) -> dict[str, ArticleSummary]:
        """Summaries of a page of articles, for list views that load lazily."""
        found: dict[str, ArticleSummary] = {}
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start:chunk_start + 500]
            sql = f"{self._SUMMARY_COLUMNS} WHERE a.id IN ({', '.join('?' * len(chunk))})"
            found.update((row["id"], ArticleSummary(**row)) for row in self.rows(sql, chunk))
        return found

    def progress(self) -> dict[str, int]:
        """Articles done, and suggestions still waiting, across the project (kept by triggers)."""
        return {
            "articles": self._tally("articles"),
            "done": self._tally("articles_done"),
            "suggestions_left": self._tally("spans_suggested") + self._tally("quotes_suggested"),
        }

    def import_articles(
        self,
        items: Iterable[tuple[Article, list[Span], list[Quote], dict[str, tuple[str, str]]]],
    ) -> ImportResult:
        """Add articles with any annotations they bring, all in one transaction.

        Each item is (article, spans, quotes, entity_refs) where entity_refs
        maps a span or quote id to the (name, label) of the entity it points
        at. An article whose text is already in the project is skipped.
        """
        result = ImportResult()
        now = utc_now()
        items = list(items)
        digests = [text_hash(article.text) for article, *_ in items]
        with self.transaction():
            # Look up what the project already holds in a few set queries, then
            # write everything with executemany: per-row lookups and inserts
            # made an import several times slower than SQLite itself.
            position = self.scalar("SELECT coalesce(max(position), -1) FROM articles") + 1
            hashes = self._existing("articles", "text_hash", digests)
            article_ids = self._existing("articles", "id", [article.id for article, *_ in items])
            span_ids = self._existing("spans", "id", [s.id for _, spans, _, _ in items for s in spans if s.id])
            quote_ids = self._existing("quotes", "id", [q.id for _, _, quotes, _ in items for q in quotes if q.id])
            entities: dict[tuple[str, str], int] = {}
            rows, all_spans, all_quotes = [], [], []
            for (article, spans, quotes, entity_refs), digest in zip(items, digests):
                if digest in hashes:
                    result.skipped += 1
                    continue
                hashes.add(digest)
                article_id = self._free_article_id(article.id, article_ids)
                article_ids.add(article_id)
                if article_id != article.id:
                    result.renamed.append((article.id, article_id))
                rows.append((article_id, position, article.title, article.text, digest,
                             json.dumps(article.meta, ensure_ascii=False), article.status,
                             article.pretagged_with, now))
                position += 1
                for span in spans:
                    old_id = span.id
                    span.article_id = article_id
                    span.id = old_id if old_id and old_id not in span_ids else new_id("s")
                    span_ids.add(span.id)
                    ref = entity_refs.get(old_id)
                    span.entity_id = self._cached_entity(entities, ref) if ref else None
                all_spans += spans
                for quote in quotes:
                    old_id = quote.id
                    quote.article_id = article_id
                    quote.id = old_id if old_id and old_id not in quote_ids else new_id("q")
                    quote_ids.add(quote.id)
                    ref = entity_refs.get(old_id)
                    quote.speaker_entity_id = self._cached_entity(entities, ref) if ref else None
                all_quotes += quotes
                result.added += 1
            self.conn.executemany(
                "INSERT INTO articles(id, position, title, text, text_hash, meta, status, "
                "pretagged_with, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            self.insert_spans(all_spans)
            self.insert_quotes(all_quotes)
        return result

    def _existing(self, table: str, column: str, values: list[str]) -> set[str]:
        """Which of `values` the table already holds in `column` (an indexed column)."""
        found: set[str] = set()
        unique = list(dict.fromkeys(values))
        for start in range(0, len(unique), 500):
            chunk = unique[start:start + 500]
            found.update(r[0] for r in self.conn.execute(
                f"SELECT {column} FROM {table} WHERE {column} IN ({', '.join('?' * len(chunk))})", chunk))
        return found

    def _cached_entity(self, cache: dict[tuple[str, str], int], ref: tuple[str, str]) -> int:
        if ref not in cache:
            cache[ref] = self.ensure_entity(*ref)
        return cache[ref]

    def _free_article_id(self, wanted: str, taken: set[str] | None = None) -> str:
        """`wanted`, or `wanted-2`, `wanted-3`, ...: the first id neither in `taken` nor in the project."""
        if taken is not None and wanted not in taken:
            return wanted  # `taken` already holds every project id among the wanted ones
        candidate, n = wanted, 1
        while (taken is not None and candidate in taken) or self.scalar(
                "SELECT 1 FROM articles WHERE id = ?", (candidate,)):
            n += 1
            candidate = f"{wanted}-{n}"
        return candidate

    # -- spans, quotes, entities ---------------------------------------------------

    SPAN_COLUMNS = ("id", "article_id", "start", "end", "label", "origin", "status", "entity_id", "confidence")
    QUOTE_COLUMNS = (
        "id", "article_id", "start", "end", "kind", "origin", "status", "confidence",
        "cue_start", "cue_end", "speaker_start", "speaker_end", "speaker_entity_id",
    )

    # Columns in the order of the dataclasses' fields: rows become objects
    # positionally, about three times faster than through dicts (opening an
    # article with thousands of spans is on the app's critical path).
    _SPAN_FIELDS = ", ".join(f.name for f in dataclasses.fields(Span))
    _QUOTE_FIELDS = ", ".join(f.name for f in dataclasses.fields(Quote))

    def spans(self, article_id: str, start: int = 0, before: int | None = None) -> list[Span]:
        """The article's spans in text order; given `start` or `before`, only those starting in
        [start, before) (a range of the index on article and start: the article view reads the
        first screen's spans before the rest)."""
        return [Span(*row) for row in self._annotations("spans", self._SPAN_FIELDS, article_id, start, before)]

    def quotes(self, article_id: str, start: int = 0, before: int | None = None) -> list[Quote]:
        """The article's quotes in text order; only those starting in [start, before) if given."""
        return [Quote(*row) for row in self._annotations("quotes", self._QUOTE_FIELDS, article_id, start, before)]

    def _annotations(self, table: str, fields: str, article_id: str, start: int, before: int | None) -> list[tuple]:
        if start <= 0 and before is None:
            where, params = "article_id = ?", (article_id,)
        elif before is None:
            where, params = "article_id = ? AND start >= ?", (article_id, start)
        else:
            where, params = "article_id = ? AND start >= ? AND start < ?", (article_id, start, before)
        # The index on (article_id, start) gives the rows in start order without a sort in SQLite;
        # ties (rare) are put in (start, end, id) order here.
        rows = self.conn.execute(f"SELECT {fields} FROM {table} WHERE {where} ORDER BY start", params).fetchall()
        rows.sort(key=_TEXT_ORDER[table])
        return rows

    def span(self, span_id: str) -> Span | None:
        row = self.get_row("spans", span_id)
        return Span(**row) if row else None

    def quote(self, quote_id: str) -> Quote | None:
        row = self.get_row("quotes", quote_id)
        return Quote(**row) if row else None

    def insert_spans(self, spans: Iterable[Span]) -> None:
        cols = self.SPAN_COLUMNS
        self.conn.executemany(
            f"INSERT INTO spans({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [tuple(getattr(s, c) for c in cols) for s in spans],
        )

    def insert_quotes(self, quotes: Iterable[Quote]) -> None:
        cols = self.QUOTE_COLUMNS
        self.conn.executemany(
            f"INSERT INTO quotes({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [tuple(getattr(q, c) for c in cols) for q in quotes],
        )

    def entities(self) -> list[Entity]:
        return [Entity(**row) for row in self.rows("SELECT * FROM entities ORDER BY name")]

    def entity(self, entity_id: int) -> Entity | None:
        row = self.get_row("entities", entity_id)
        return Entity(**row) if row else None

    def entity_by_name(self, name: str) -> Entity | None:
        found = self.rows("SELECT * FROM entities WHERE name = ?", (name,))
        return Entity(**found[0]) if found else None

    def entity_names(self) -> dict[int, str]:
        return dict(self.conn.execute("SELECT id, name FROM entities").fetchall())

    def ensure_entity(self, name: str, label: str) -> int:
        """The id of the entity called `name`, created if new (bulk work only)."""
        found = self.scalar("SELECT id FROM entities WHERE name = ?", (name,))
        if found is not None:
            return found
        return self.conn.execute("INSERT INTO entities(name, label) VALUES (?, ?)", (name, label)).lastrowid

    def next_entity_id(self) -> int:
        return self.scalar("SELECT coalesce(max(id), 0) FROM entities") + 1

    # -- pretagging bookkeeping -----------------------------------------------------

    def unpretagged_article_ids(self) -> list[str]:
        # The partial index holds only the articles still waiting: opening a
        # pretagged project of 100,000 articles reads none of their rows.
        return [r[0] for r in self.conn.execute(
            "SELECT id FROM articles INDEXED BY articles_unpretagged WHERE pretagged_with IS NULL ORDER BY position")]

    def mark_pretagged(self, article_id: str, model_name: str) -> None:
        self.conn.execute("UPDATE articles SET pretagged_with = ? WHERE id = ?", (model_name, article_id))

    # -- edits -------------------------------------------------------------------------

    def apply(self, edit: Edit) -> None:
        """Apply one reversible edit in its own transaction and log it.

        Each change states the row as it expects to find it; if another window
        or process changed that row meanwhile, nothing is written and
        EditConflict says so, instead of silently losing their work.
        """
        if edit.is_empty:
            return  # nothing to write, nothing to log
        with self.transaction():
            for change in edit.changes:
                key_column = TABLE_KEYS[change.table]
                # Only the columns the change expects to find (an article's text is not read for its status).
                wanted = [key_column] + [c for c in (change.before or ()) if c != key_column]
                found = self.conn.execute(
                    f"SELECT {', '.join(wanted)} FROM {change.table} WHERE {key_column} = ?", (change.key,)).fetchone()
                current = None if found is None else dict(zip(wanted, found))
                if change.before is None:
                    if current is not None:
                        raise EditConflict(f"Cannot {edit.action.lower()}: the {change.table[:-1]} already exists.")
                elif current is None or any(current.get(k) != v for k, v in change.before.items()):
                    raise EditConflict(
                        f"Cannot {edit.action.lower()}: the {change.table[:-1]} was changed elsewhere; reload and try again."
                    )
                if change.after is None:
                    self.conn.execute(f"DELETE FROM {change.table} WHERE {key_column} = ?", (change.key,))
                elif change.before is None:
                    cols = list(change.after)
                    self.conn.execute(
                        f"INSERT INTO {change.table}({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                        [change.after[c] for c in cols],
                    )
                else:
                    cols = list(change.after)
                    self.conn.execute(
                        f"UPDATE {change.table} SET {', '.join(f'{c} = ?' for c in cols)} WHERE {key_column} = ?",
                        [change.after[c] for c in cols] + [change.key],
                    )
            self.conn.execute(
                "INSERT INTO edit_log(at, annotator, action, article_id, changes) VALUES (?, ?, ?, ?, ?)",
                (utc_now(), self.annotator, edit.action, edit.article_id, edit.changes_json()),
            )
        for listener in list(self._listeners):
            listener(edit)

    def add_listener(self, listener: Callable[[Edit], None]) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[Edit], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def edit_log(self, limit: int = 100) -> list[dict[str, Any]]:
        return self.rows("SELECT * FROM edit_log ORDER BY id DESC LIMIT ?", (limit,))

    # -- summary -----------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        def by(sql: str) -> dict[str, int]:
            return {k: v for k, v in self.conn.execute(sql).fetchall()}

        return {
            "articles": self.article_count(),
            "articles_by_status": by("SELECT status, count(*) FROM articles GROUP BY status"),
            "pretagged": self.scalar("SELECT count(*) FROM articles WHERE pretagged_with IS NOT NULL"),
            "spans": self.scalar("SELECT count(*) FROM spans"),
            "spans_by_status": by("SELECT status, count(*) FROM spans GROUP BY status"),
            "spans_by_label": by("SELECT label, count(*) FROM spans WHERE status != 'rejected' GROUP BY label"),
            "quotes": self.scalar("SELECT count(*) FROM quotes"),
            "quotes_by_status": by("SELECT status, count(*) FROM quotes GROUP BY status"),
            "quotes_by_kind": by("SELECT kind, count(*) FROM quotes WHERE status != 'rejected' GROUP BY kind"),
            "quotes_with_speaker": self.scalar(
                "SELECT count(*) FROM quotes WHERE status != 'rejected' AND speaker_start IS NOT NULL"),
            "entities": self.scalar("SELECT count(*) FROM entities"),
            "top_speakers": self.rows(
                "SELECT e.name AS name, count(*) AS quotes FROM quotes q JOIN entities e "
                "ON e.id = q.speaker_entity_id WHERE q.status != 'rejected' "
                "GROUP BY e.id ORDER BY quotes DESC, e.name LIMIT 10"),
            "edits": self.scalar("SELECT count(*) FROM edit_log"),
        }
