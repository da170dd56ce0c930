"""redact/data/tables.py: the cheap readers (one split of the whole text) give exactly what reading line by line
gives, for every shipped file, so that a faster start-up changes no list."""
from __future__ import annotations

from importlib import resources

import pytest

from redact.data import tables

SHIPPED = sorted(p.name for p in resources.files("redact.data").iterdir() if p.name.endswith((".txt", ".tsv")))
# mixed widths by design ("name" or "name<TAB>kind"), read by places._lines, not by column()/columns()
MIXED_WIDTH = {"ambiguous_places.txt"}


def _by_line(name: str) -> list[list[str]]:
    lines = resources.files("redact.data").joinpath(name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines[1:] if line]


@pytest.mark.parametrize("name", [n for n in SHIPPED if n not in MIXED_WIDTH])
def test_columns_equal_the_file_read_line_by_line(name):
    rows = _by_line(name)
    widths = {len(row) for row in rows}
    assert len(widths) == 1, f"{name}: entries of {sorted(widths)} fields"
    width = widths.pop()
    assert tables.columns(name, width) == [list(field) for field in zip(*rows)]
    assert tables.rows(name) == rows
    if width == 1:
        assert tables.column(name) == [row[0] for row in rows]


def test_every_shipped_file_is_read():
    assert {"geonames_world.tsv", "name_lexicon.tsv", "place_keys.txt", "english_words.txt"} <= set(SHIPPED)


def test_an_entry_with_a_missing_field_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(tables, "_entries_text", lambda name: "Lahore\tPK\t13004135\nMirpur\tPK")
    with pytest.raises(ValueError, match="without 3 tab-separated fields"):
        tables.columns("geonames_world.tsv", 3)


def test_an_empty_table_has_no_entries(monkeypatch):
    monkeypatch.setattr(tables, "_entries_text", lambda name: "")
    assert tables.column("stop_words.txt") == []
    assert tables.columns("geonames_regions.tsv", 2) == [[], []]


def test_the_lists_made_from_columns_hold_known_entries():
    from redact.detect.recognizers import known_names, places

    lexicon = known_names.name_lexicon()
    assert {"mohammed", "aisha"} <= lexicon.given and {"kowalski", "nguyen"} <= lexicon.surnames
    assert not lexicon.given & {"g", "s"} and not lexicon.surnames & {"g", "s"}
    assert {"lahore", "addis ababa"} <= known_names._places()
    towns = places.world_town_names()
    abroad = {name for name, country, _ in tables.rows("geonames_world.tsv") if country != "GB"}
    assert "Lahore" in towns and "Gdańsk" in towns and set(towns) <= abroad
    assert places._ascii_forms()["Gdańsk"] == "Gdansk"
    gazetteer = places._world_gazetteer(places.WORLD_MIN_POPULATION)
    assert "Gdansk" in gazetteer and "Gdańsk" in gazetteer and "Lahore" in gazetteer
    assert tables.stop_words() >= {"the", "because"} and "because" in tables.english_words()
