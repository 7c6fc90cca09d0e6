"""Pausing Python's cyclic garbage collector while a run builds its large, long-lived result.

A check at 10,000 articles builds about two million objects (claims, findings and their parts)
that live until the report is written and make no reference cycles. The collector walks every
young object at each collection, so it would walk them all at least once more, a tenth of a
warm check's time, and find nothing to free. ``paused()`` stops it for the duration and then
files the survivors with the oldest generation, which only a full collection walks, so the next
collection does not walk them either. Garbage is still freed as soon as nothing refers to it
(reference counting does not pause).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Stop the collector; afterwards move the objects that are still alive to the oldest
    generation and restore the collector as it was.

    The move is ``gc.freeze()`` then ``gc.unfreeze()`` (which puts frozen objects back into the
    oldest generation): it costs nothing per object. It is skipped when a caller has frozen objects
    of its own (a server about to fork), which unfreezing would thaw.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        if enabled:
            gc.enable()
