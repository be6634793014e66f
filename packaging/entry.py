"""Entry point of the PyInstaller bundle: the same CLI as the `quotedesk` script."""

import multiprocessing

if __name__ == "__main__":
    # spaCy's multi-process pretagging re-launches this executable in a frozen app.
    multiprocessing.freeze_support()
    from quotedesk.cli import main

    raise SystemExit(main())
