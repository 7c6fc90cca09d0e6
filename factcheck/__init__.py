"""factcheck: where news reports about one story agree, contradict each other, or stand alone."""

__version__ = "0.1.0"
EXTRACTOR_VERSION = "404"
"""Bumped whenever extraction changes what it finds; the ledger re-extracts on a change."""
