"""The PySide6 desktop app. Everything Qt lives here, above quotedesk.core."""
