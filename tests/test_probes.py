"""The reviewers' probe folders (``bench/probes``) raise exactly the conflicts of their reference.

The folders are invented near misses that reviewers wrote to break new rules: a conflict the
reference lacks is most likely false, one it has that a run lacks a conflict lost. A change that
moves either must show it here, and the reference is re-recorded (``python bench/probes.py
--record``) only once the differences have been read, like any golden file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def probes():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import probes
    finally:
        sys.path.pop(0)
    return probes


def test_every_probe_folder_is_in_the_reference(probes) -> None:  # type: ignore[no-untyped-def]
    reference = json.loads(probes.REFERENCE.read_text())
    folders = {p.name for p in probes.PROBES.iterdir() if p.is_dir()}
    assert folders == set(reference)


def test_probe_folders_raise_the_reference_conflicts(probes) -> None:  # type: ignore[no-untyped-def]
    reference = json.loads(probes.REFERENCE.read_text())
    changed = {
        name: (sorted(set(found) - set(reference[name])), sorted(set(reference[name]) - set(found)))
        for name in sorted(reference)
        if (found := probes.conflicts(probes.PROBES / name)) != reference[name]
    }
    assert changed == {}, "conflicts new (+) and lost (-) in bench/probes; read them, then --record"
