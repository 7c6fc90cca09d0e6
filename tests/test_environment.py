import pytest

from factcheck.environment import switched_on


@pytest.mark.parametrize(
    ("value", "on"),
    [
        (None, False),
        ("", False),
        ("0", False),
        ("false", False),
        ("False", False),
        ("no", False),
        (" off ", False),
        ("1", True),
        ("true", True),
        ("yes", True),
        ("anything", True),
    ],
)
def test_switches(monkeypatch, value, on):
    if value is None:
        monkeypatch.delenv("FACTCHECK_TEST_SWITCH", raising=False)
    else:
        monkeypatch.setenv("FACTCHECK_TEST_SWITCH", value)
    assert switched_on("FACTCHECK_TEST_SWITCH") is on


def test_the_cache_reads_its_switch(monkeypatch, tmp_path):
    from factcheck import cache

    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "false")
    assert cache.default_folder() == tmp_path
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    assert cache.default_folder() is None
