"""Text from the user's input (articles, file names) made safe to print on a terminal."""

from __future__ import annotations

_CONTROLS = dict.fromkeys([*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)])
"""Control characters but tab and newline (rich itself drops only BEL, BS, VT, FF and CR)."""


def inert(text: str) -> str:
    """``text`` without control characters: an article's ESC sequences would otherwise reach the
    terminal and recolour, hide or rewrite what the report shows."""
    # control characters are never printable, and most lines are all printable
    return text if text.isprintable() else text.translate(_CONTROLS)
