import gc
from pathlib import Path

import pytest

from factcheck import collector


class Node:
    """A tracked object (instances of user classes are always tracked by the collector)."""


@pytest.fixture
def collector_enabled():
    was, thresholds = gc.isenabled(), gc.get_threshold()
    gc.enable()
    gc.set_threshold(700, 10, 10)  # the interpreter's defaults: a CLI test may have raised them
    yield
    gc.set_threshold(*thresholds)
    if not was:
        gc.disable()


@pytest.fixture
def filing(collector_enabled):
    """As the CLI runs: survivors of a pause are filed with the oldest generation."""
    collector.file_survivors_with_oldest()
    yield
    collector.file_survivors_with_oldest(False)


def _generation(obj: object) -> int | None:
    for generation in range(3):
        if any(o is obj for o in gc.get_objects(generation)):
            return generation
    return None


def test_paused_stops_the_collector_and_restores_it(collector_enabled):
    with collector.paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_paused_leaves_a_disabled_collector_disabled(collector_enabled):
    gc.disable()
    with collector.paused():
        pass
    assert not gc.isenabled()


def test_paused_restores_the_collector_after_an_error(collector_enabled):
    with pytest.raises(RuntimeError), collector.paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_a_library_caller_keeps_no_garbage_cycles_from_a_pause(collector_enabled):
    import weakref

    refs = []
    for _ in range(3):  # check after check
        with collector.paused():
            cycle = Node()
            cycle.me = cycle
            refs.append(weakref.ref(cycle))
            del cycle
        kept = [Node() for _ in range(5_000)]  # enough allocation for young collections
        del kept
    assert [ref() for ref in refs] == [None, None, None]


def test_what_was_built_while_paused_stays_young_in_a_library_caller(collector_enabled):
    gc.collect()
    with collector.paused():
        built = Node()
    assert _generation(built) == 0


def test_the_cli_files_what_a_pause_built_with_the_oldest_generation(collector_enabled, cli, tmp_path):
    assert cli("check", tmp_path).code == 2  # no articles there: the run still set the policy
    gc.collect()
    with collector.paused():
        built = Node()
    assert _generation(built) == 2


def test_what_was_built_while_paused_is_filed_with_the_oldest_generation(filing):
    gc.collect()
    with collector.paused():
        built = [Node() for _ in range(10)]
        assert _generation(built[0]) == 0  # young while the pause lasts
    assert _generation(built[0]) == 2
    assert _generation(built[-1]) == 2
    assert _generation(built) == 2
    assert gc.get_freeze_count() == 0


def test_a_callers_frozen_objects_stay_frozen(filing):
    gc.collect()
    mine = Node()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collector.paused():
            built = Node()
        assert gc.get_freeze_count() == frozen
        assert _generation(mine) is None  # still in the permanent generation
        assert _generation(built) == 0  # not moved: that would have thawed the caller's objects
    finally:
        gc.unfreeze()


def test_garbage_is_still_freed_while_paused(collector_enabled):
    import weakref

    with collector.paused():
        gone = Node()
        ref = weakref.ref(gone)
        del gone
        assert ref() is None  # reference counting does not pause


def test_extraction_leaves_no_reference_cycles() -> None:
    # what extractors share of an article (ArticleText.shared) holds the ArticleText; released
    # after extraction, an article's tokens and people are freed at once, never by the collector
    from factcheck.extract import extract_claims
    from factcheck.load import load_paths

    articles = load_paths([Path("tests/data/golden/corpus"), Path("corpus")]).articles
    for article in articles:  # (pint builds its classes of a unit on first use: cycles, once)
        extract_claims(article)
    gc.collect()
    gc.disable()
    try:
        for article in articles:
            assert extract_claims(article)
        assert gc.collect() == 0
    finally:
        gc.enable()
