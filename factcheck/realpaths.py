"""Resolved paths of many files in few folders, as ``Path.resolve()`` gives them, at one ``lstat`` each.

``Path.resolve()`` looks at every component of a path (an ``lstat`` each); a check resolves each of
10,000 articles and each ledger file's recorded article, all in one or two folders. Resolving a
path component by component, the folder part comes out the same for every file of a folder, and
the last component is appended as it is unless it is a symbolic link (or ``.``/``..``). So
``RealPaths`` resolves each folder once and checks only whether the file itself is a link; a link,
and anything unusual, goes to ``os.path.realpath`` as before. The answer is the same; it is only
remembered per folder, so a folder renamed or relinked while a check runs is not seen (nor was it
before: each path was resolved once).
"""

from __future__ import annotations

import os
from pathlib import Path


class RealPaths:
    """``resolve(path) == Path(path).resolve()`` (non-strict), folders resolved once."""

    def __init__(self) -> None:
        self._folders: dict[str, str] = {}

    def resolve(self, path: str | os.PathLike[str]) -> Path:
        return Path(self.real(os.fspath(path)))

    def real(self, path: str) -> str:
        """``os.path.realpath(path)``."""
        head, tail = os.path.split(path)
        if tail in ("", ".", "..") or os.path.islink(path):
            return os.path.realpath(path)
        folder = self._folders.get(head)
        if folder is None:
            folder = self._folders[head] = os.path.realpath(head or os.curdir)
        return os.path.join(folder, tail)
