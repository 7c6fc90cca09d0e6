"""Bounded readers of the files a run is given: no input hangs or crashes a run.

- ``read_regular``: the bytes of a regular file; a named pipe, device or socket is refused by its
  type before it is opened for reading (opening a named pipe waits for a writer, reading a device
  may never end), and the file is opened without blocking and checked again once open (it may have
  been swapped meanwhile).
- ``load_toml``: ``tomllib.loads`` whose every failure is a ``tomllib.TOMLDecodeError``: nesting
  deeper than Python's stack allows (tomllib recurses once per level) and integers longer than
  Python converts (``sys.get_int_max_str_digits``) included.

(JSON, the ledger's format, is bounded where it is read: ``ledger.parse_entry``.)
"""

from __future__ import annotations

import os
import stat
import tomllib
from pathlib import Path
from typing import Any

_KINDS = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


class NotRegular(OSError):
    """A path that is not a regular file (a named pipe, a device...): never opened for reading."""


def kind_of(mode: int) -> str:
    """What a file of this mode is, for a message ("a named pipe")."""
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def check_regular(path: str | os.PathLike[str]) -> os.stat_result:
    """``os.stat(path)``; raises ``NotRegular`` when it is not a regular file."""
    found = os.stat(path)
    if not stat.S_ISREG(found.st_mode):
        raise NotRegular(0, f"not a regular file: {kind_of(found.st_mode)}", os.fspath(path))
    return found


def read_regular(path: str | os.PathLike[str], limit: int | None = None) -> bytes:
    """The bytes of the regular file ``path`` (raises ``NotRegular`` for any other kind of file,
    and OSError as reading does; with ``limit``, ``NotRegular``'s sibling ``TooLarge`` beyond it)."""
    check_regular(path)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        found = os.fstat(fd)
        if not stat.S_ISREG(found.st_mode):  # swapped for something else since it was looked at
            raise NotRegular(0, f"not a regular file: {kind_of(found.st_mode)}", os.fspath(path))
        if limit is not None and found.st_size > limit:
            raise TooLarge(0, f"larger than {limit} bytes", os.fspath(path))
        with os.fdopen(fd, "rb", closefd=True) as f:
            fd = -1
            return f.read()
    finally:
        if fd >= 0:
            os.close(fd)


class TooLarge(OSError):
    """A file larger than a reader takes."""


def read_text(path: Path, encoding: str = "utf-8") -> str:
    """``read_regular`` decoded (UnicodeDecodeError as ``bytes.decode`` raises it)."""
    return read_regular(path).decode(encoding)


def load_toml(text: str) -> dict[str, Any]:
    """``tomllib.loads(text)``; every failure is a ``tomllib.TOMLDecodeError`` saying what is wrong,
    nesting deeper than Python's stack allows (tomllib recurses once per level) and an integer of
    more digits than Python converts included."""
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise tomllib.TOMLDecodeError("arrays or tables nested too deeply") from None
    except tomllib.TOMLDecodeError:
        raise
    except ValueError as e:  # int("9" * 5000): more digits than Python converts
        raise tomllib.TOMLDecodeError(f"a value out of range ({e})") from None
