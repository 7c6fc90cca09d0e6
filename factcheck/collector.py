"""Pausing Python's cyclic garbage collector while a run builds its large, long-lived result.

A check at 10,000 articles builds about two million objects (claims, findings and their parts)
that live until the report is written and make no reference cycles. The collector walks every
young object at each collection, so it would walk them all at least once more and find nothing to
free. ``paused()`` stops it while they are built. Garbage is still freed as soon as nothing refers
to it (reference counting does not pause); reference cycles made during the pause wait for the
next collection.

A program that runs one command and exits (``factcheck.cli``) may also call
``file_survivors_with_oldest()``: each pause then ends by moving every object still alive into the
oldest generation, which only a full collection walks, so no later collection of the run walks the
result either (at 10,000 articles: 0.2-0.8 s of collection per run down to 0.01 s, measured on
CPython 3.11; bench/RESULTS.md). The move takes whatever reference cycles are waiting with it, and
a full collection comes only after the oldest generation has grown by a quarter of what the
previous one found, so a library caller running check after check would keep their garbage for a
long time: that is why it is the program's choice, like ``gc.set_threshold``, and off by default.
On a free-threaded build (no generations) the move is never made. The setting is for the process;
like the collector itself, it is not per thread.
"""

from __future__ import annotations

import contextlib
import gc
import sysconfig
from collections.abc import Iterator

_file_survivors = False


def file_survivors_with_oldest(on: bool = True) -> None:
    """Let each pause end by filing what is still alive with the oldest generation (see the module
    docstring: for a process that runs one command and exits)."""
    global _file_survivors
    _file_survivors = on and not sysconfig.get_config_var("Py_GIL_DISABLED")


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Stop the collector, then restore it as it was.

    When ``file_survivors_with_oldest()`` is on, the objects still alive are first moved to the
    oldest generation by ``gc.freeze()`` then ``gc.unfreeze()`` (which puts frozen objects back
    into the oldest generation): it costs nothing per object. The move is skipped when a caller has
    frozen objects of its own (a server about to fork), which unfreezing would thaw.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if _file_survivors and gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        if enabled:
            gc.enable()
