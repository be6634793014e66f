"""QuoteDesk benchmarks: each figure against a baseline measured in the same run on the same data.

Run with `make bench` (or `python -m bench`); see bench/__main__.py for options.
"""
