"""What verify reads and what it reports: a ``Text`` read from an output, a ``Leak`` found in it, the ``Verdict``
on one file. Every reader yields ``Text``; the leak finder and the verdict know nothing of formats."""
from __future__ import annotations

from dataclasses import dataclass, field

# ``Text.broad`` for the tags of a data part: only a listed name written with nothing between its words
JOINED = "joined"


@dataclass(frozen=True)
class Leak:
    """One listed value, protected date or (strict) detected identifier found in the output."""

    location: str
    kind: str          # person, place, date_of_death, date_of_birth, phone_number (a listed alias), or a detected
                       # entity type (strict)
    value: str         # never the real text: "listed as '<pseudonym>'", "protected date", "unlisted ..."
    context: str       # the surroundings with every leak in them masked
    # where a person finds it, in words ("body, under "3.2 ...", paragraph 4: ..."), masked like the context;
    # None when the output's adapter cannot place it (redact.verify.leak_places)
    where: str | None = None

    def as_dict(self) -> dict:
        return {"location": self.location, "kind": self.kind, "value": self.value, "context": self.context,
                **({"where": self.where} if self.where is not None else {})}


@dataclass
class Verdict:
    """The result of checking one file: clean when ``leaks`` is empty."""

    path: str
    leaks: list[Leak] = field(default_factory=list)
    checked_texts: int = 0
    unread: list[str] = field(default_factory=list)   # parts or pages that hold no readable text
    # --publication: revisions, comments and hidden text left (redact.verify.publication); None when not checked
    publication: list | None = None

    @property
    def ok(self) -> bool:
        return not self.leaks and not self.publication

    def as_dict(self) -> dict:
        out = {"path": self.path, "ok": self.ok, "leak_count": len(self.leaks), "checked_texts": self.checked_texts,
               "leaks": [leak.as_dict() for leak in self.leaks], "unread": list(self.unread)}
        if self.publication is not None:
            out["publication"] = [finding.as_dict() for finding in self.publication]
        return out


@dataclass(frozen=True)
class Text:
    """One piece of text read from an output, and where it is."""

    location: str
    text: str
    identifier: bool = False          # a URL, file name or attribute value: _ . / @ ... also end a word
    number_lines: bool = False        # report "line N" inside the text (pages, text files)
    first_line: int = 1               # the number of the text's first line
    marks: tuple[tuple[int, int, str], ...] = ()  # spans with a qualifier ("deleted text", "field code")
    raw_of: str | None = None         # raw XML of this part: reported only for what the parsed reading missed
    unread: bool = False              # nothing could be read here (binary part, page without text)
    content: bool = True              # something a person wrote (not markup): what --strict runs the detector on
    # also read in CamelCase and joined forms; not for Word's own part names and markup ("fontTable.xml",
    # "datastoreItem"), where a listed "Table" or "Item" would be a false alarm in every file
    broad: bool | str = True
    # JOINED: only both words of a listed name written with nothing between them ("<JoannePryor>" as a tag):
    # the tags of a data part are a schema's CamelCase vocabulary ("BankDetails"), not a place for one word
