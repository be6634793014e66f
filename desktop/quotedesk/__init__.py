"""QuoteDesk: label who says what in the news."""

__version__ = "0.1.0"
