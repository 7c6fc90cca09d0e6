"""Resolved paths of many files in few folders, as ``os.path.realpath`` gives them, at one ``lstat`` each.

``os.path.realpath`` (and ``Path.resolve``, which calls it) looks at every component of a path (an
``lstat`` each); a check resolves each of 10,000 articles and each ledger file's recorded article,
all in one or two folders. Resolving a path component by component, the folder part comes out the
same for every file of a folder, and the last component is appended as it is unless it is a
symbolic link (or ``.``/``..``). So ``RealPaths`` resolves each folder once and asks only whether
the file itself is a link; a link, a path the system cannot look up (a missing folder or a file
before a ``..``, which realpath reads as text), and anything unusual go to ``os.path.realpath`` as
before. The answer is the same (``Path.resolve`` differs only in raising on a symbolic link loop,
where this answers as realpath does); it is only remembered per folder, as written (a relative one
against the working folder of the first call), so a folder renamed or relinked while a check runs
is not seen (nor was it before: each path was resolved once).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class RealPaths:
    """``real(path) == os.path.realpath(path)``, folders resolved once."""

    def __init__(self) -> None:
        self._folders: dict[str, str] = {}

    def resolve(self, path: str | os.PathLike[str]) -> Path:
        return Path(self.real(os.fspath(path)))

    def real(self, path: str) -> str:
        """``os.path.realpath(path)``."""
        head, tail = os.path.split(path)
        if tail in ("", ".", ".."):
            return os.path.realpath(path)
        try:
            if stat.S_ISLNK(os.lstat(path).st_mode):
                return os.path.realpath(path)
        except (OSError, ValueError):  # missing, or a folder on the way missing or a file: as text
            return os.path.realpath(path)
        folder = self._folders.get(head)
        if folder is None:
            folder = self._folders[head] = os.path.realpath(head or os.curdir)
        return os.path.join(folder, tail)
