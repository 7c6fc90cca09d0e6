"""Work off the main process: extraction over many articles on a process pool, and one call in a
process of its own (``Background``) while the main process works on.

Extraction is pure per article, so it parallelises cleanly: each worker gets an article and the
boilerplate patterns (as strings: compiled patterns are cached per worker) and sends back the
claims. Small corpora run in-process, where starting workers would cost more than it saves.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from factcheck.models import Article, Claim
from factcheck.patterns import Pattern, compile_pattern

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from factcheck.api import Options

MIN_PARALLEL = 24
"""Below this many articles extraction runs in-process."""

T = TypeVar("T")


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


@functools.cache
def _patterns(boilerplate: tuple[str, ...]) -> tuple[Pattern, ...]:
    """The configured patterns, compiled to run in bounded time (``factcheck.patterns``)."""
    return tuple(map(compile_pattern, boilerplate))


def extract_one(article: Article, options: Options) -> tuple[Claim, ...]:
    """Every claim of one article (what the ledger stores for it)."""
    from factcheck.api import extract_claims

    return extract_claims(article, _patterns(options.boilerplate), options)


def extract_many(articles: Sequence[Article], options: Options) -> list[tuple[Claim, ...]]:
    """Claims of each article, in the order given, on ``options.jobs`` worker processes
    (default: one per core); ``options.progress`` hears of each article done."""
    jobs = default_jobs() if options.jobs is None else max(1, options.jobs)
    progress = options.progress
    portable = replace(options, progress=None)  # what a worker gets: no callables
    total = len(articles)
    out: list[tuple[Claim, ...]] = []
    jobs = min(jobs, total)  # a worker per article at most (all are started at once when forked)
    if jobs == 1 or total < MIN_PARALLEL:
        for i, article in enumerate(articles):
            out.append(extract_one(article, portable))
            if progress:
                progress("extract", i + 1, total)
        return out
    chunk = max(1, min(64, total // (jobs * 8)))
    pool = worker_pool(jobs)
    try:
        work = functools.partial(extract_one, options=portable)
        for i, claims in enumerate(pool.map(work, articles, chunksize=chunk)):
            out.append(claims)
            if progress:
                progress("extract", i + 1, total)
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
    return out


PARENT_CHECK = 0.5
"""Seconds between a worker's looks at whether the process that started it is still there."""


def worker_pool(jobs: int) -> ProcessPoolExecutor:
    """A process pool whose workers collect garbage as this process does (the command line raises
    the thresholds; also where they are spawned rather than forked) and end when this process
    ends, even killed (SIGKILL): they would otherwise wait forever for work that will never come."""
    import gc
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(
        max_workers=jobs, initializer=_worker_started, initargs=(gc.get_threshold(), os.getpid())
    )


def _worker_started(thresholds: tuple[int, ...], parent: int) -> None:
    import gc

    gc.set_threshold(*thresholds)
    die_with(parent)


def die_with(parent: int) -> None:
    """End this process (at once, as SIGKILL would) when the process ``parent`` is gone: a thread
    of its own looks every ``PARENT_CHECK`` seconds whether this process was handed to another
    parent, which is what becomes of a process whose parent died."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK)
        os._exit(1)

    threading.Thread(target=watch, name="factcheck-parent-watch", daemon=True).start()


class Background(Generic[T]):
    """``fn(*args)`` computed in a process of its own while this one works on; with ``enabled``
    False (one job, or too little work to pay for a process), computed here when its result is
    asked for. Use as a context manager: leaving it before the result came (an error, Ctrl-C)
    stops the process at once, so that no one waits for work nobody will use."""

    def __init__(self, fn: Callable[..., T], *args: Any, enabled: bool) -> None:
        self.fn, self.args = fn, args
        self.process = self.pipe = None
        if enabled:
            import multiprocessing

            try:
                self.pipe, sender = multiprocessing.Pipe(duplex=False)
            except OSError:  # no pipes here (a sandbox): compute in this process
                return
            try:
                self.process = multiprocessing.Process(
                    target=_send_result, args=(sender, fn, args, os.getpid()), daemon=True
                )
                self.process.start()
            except Exception:  # no processes here (a sandbox, a daemonic worker): compute in this one
                self.pipe.close()
                self.process = self.pipe = None
            finally:
                sender.close()

    def result(self, **here: Any) -> T:
        """The call's result (its exception, raised here with the other process's traceback as a
        note); ``here`` are further arguments for an in-process call only (a progress callback
        cannot go to another process)."""
        if self.process is None or self.pipe is None:
            return self.fn(*self.args, **here)
        try:
            ok, value, trace = self.pipe.recv()
        except (EOFError, OSError):
            code = self._stop()
            raise RuntimeError(f"the process computing {self.fn.__name__} died (exit code {code})") from None
        except BaseException:  # Ctrl-C while waiting: stop the other process too
            self._stop()
            raise
        self._stop()
        if not ok:
            value.add_note(trace)
            raise value
        return value

    def _stop(self) -> int | None:
        """End the other process (at once, if it is still working); its exit code."""
        code = None
        if self.process is not None:
            if self.process.is_alive():
                self.process.terminate()
            self.process.join()
            code = self.process.exitcode
            self.process = None
        if self.pipe is not None:
            self.pipe.close()
            self.pipe = None
        return code

    def __enter__(self) -> Background[T]:
        return self

    def __exit__(self, *_: object) -> None:
        self._stop()  # left before the result came (an error, Ctrl-C): no one waits for it


def _send_result(pipe: Any, fn: Callable[..., Any], args: tuple[Any, ...], parent: int) -> None:
    """In the background process: send (True, result, ""), or (False, the exception, its traceback)."""
    die_with(parent)
    try:
        pipe.send((True, fn(*args), ""))
    except BaseException as e:  # whatever it is, the parent raises it
        import traceback

        pipe.send((False, e, "in the background process:\n" + traceback.format_exc()))
    finally:
        pipe.close()
