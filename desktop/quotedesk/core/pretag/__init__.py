"""Pre-tagging: spaCy entities, quotes and speakers as suggestions.

spaCy is imported lazily (inside `nlp.load_pipeline`), never when this package is.
"""
