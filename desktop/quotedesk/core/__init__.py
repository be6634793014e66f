"""The headless core of QuoteDesk. Nothing under this package imports Qt."""
