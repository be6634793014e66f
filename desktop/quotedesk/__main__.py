from quotedesk.cli import main

raise SystemExit(main())
