"""The environment variables factcheck reads as on/off switches (``FACTCHECK_NO_CACHE``, ``CI``)."""

from __future__ import annotations

import os

OFF = frozenset({"", "0", "false", "no", "off"})
"""Values that leave a switch off, in any case: ``CI=false`` is not a CI run."""


def switched_on(name: str) -> bool:
    """Whether the variable ``name`` is set to anything but an off value (``OFF``)."""
    return os.environ.get(name, "").strip().lower() not in OFF
