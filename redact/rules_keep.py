"""Add words to a rules file's ``keep:`` list, keeping the file as its author wrote it (comments, order, quoting).

The author's decisions come back from the review copy (a change rejected in Word: ``apply --from-review``). A
rules file is the author's document, so it is edited as text, not re-dumped: new entries go under an existing
block ``keep:`` list, replace an empty ``keep: []``, or start a ``keep:`` block at the end. Any other shape (a
flow list with items) is refused with the words to add by hand. The result is validated as rules before it is
written, atomically.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from .errors import RulesError

_KEEP_LINE = re.compile(r"^keep:[ \t]*(?P<rest>.*)$", re.M)
_EMPTY_FLOW = re.compile(r"^\[\s*\]\s*(#.*)?$")


def add_keep_entries(path: str | Path, words: list[str]) -> list[str]:
    """Add ``words`` (those not kept already, compared without case) to the ``keep:`` list of the rules file at
    ``path``; returns the words added."""
    from .atomic import write_file
    from .rules import load_rules, parse_rules, read_rules_yaml

    path = Path(path)
    rules = load_rules(path)
    kept = {word.casefold() for word in rules.keep}
    new = list(dict.fromkeys(w.strip() for w in words if w.strip() and w.strip().casefold() not in kept))
    if not new:
        return []
    text = path.read_text(encoding="utf-8-sig")
    items = "".join(f"  - {json.dumps(word, ensure_ascii=False)}\n" for word in new)   # JSON strings are YAML
    match = _KEEP_LINE.search(text)
    if match is None:
        text = text + ("" if text.endswith("\n") or not text else "\n") + "keep:\n" + items
    elif _EMPTY_FLOW.match(match.group("rest")):
        comment = match.group("rest").partition("#")[2]
        text = text[:match.start()] + "keep:" + (f"   #{comment}" if comment else "") + "\n" + items.rstrip("\n") \
            + text[match.end():]
    elif not match.group("rest").strip() or match.group("rest").lstrip().startswith("#"):
        end, indent = _end_of_block(text, match.end())
        items = "".join(f"{indent}- {json.dumps(word, ensure_ascii=False)}\n" for word in new)
        text = text[:end] + ("" if text[:end].endswith("\n") else "\n") + items + text[end:]
    else:
        raise RulesError(f"{path}: its keep: list is written on one line; add by hand: {', '.join(new)}")
    parse_rules(read_rules_yaml(text, str(path)), str(path))      # never write a file that no longer loads
    write_file(path, text)
    return new


def _end_of_block(text: str, start: int) -> tuple[int, str]:
    """Where the lines of the list after ``keep:`` end, and the indent of its items ("  " when it has none)."""
    position = start + 1 if start < len(text) else start
    end, indent = position, None
    for line in text[position:].splitlines(keepends=True):
        if line.strip() and not line.startswith((" ", "\t", "-")):
            break
        position += len(line)
        if line.strip() and not line.lstrip().startswith("#"):
            end = position
            if indent is None and line.lstrip().startswith("-"):
                indent = line[:len(line) - len(line.lstrip())]
    return end, "  " if indent is None else indent
