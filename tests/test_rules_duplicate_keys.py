"""A key written twice in one mapping of a rules file is refused, at any depth, by every path that reads the file.

YAML's loaders keep the later of two equal keys and drop the earlier without a word: a second ``people:`` block
took the victim off the list, a second ``date_of_death:`` moved the date, a second ``name:`` in an entry replaced
the name, and ``redact verify`` then passed an output that still named them. The file is now refused with one line
naming the key and the lines it is written on (``RulesError``, exit 2 from the command line).
Cases are generated: people of every naming tradition (``benchmarks/drafts/names.py``), the duplicate at each
depth a rules file has.
"""
from __future__ import annotations

import random
import warnings

import pytest
from click.testing import CliRunner

from benchmarks.drafts.names import drawn_at_random
from redact.cli import main
from redact.errors import RulesError
from redact.rules import load_rules

PSEUDONYMS = ["Ruth", "Sam", "Adult A", "Tom", "Vera", "Carl"]

# Each layout writes one key twice; {a} and {b} are two drawn people, {line} marks the second occurrence's line.
# (layout name, the key written twice, the YAML)
LAYOUTS = [
    ("people twice", "people",
     "version: 1\nreview: T\npeople:\n  - name: {a}\n    pseudonym: Ruth\nplaces:\n  - name: Wexham\n"
     "    pseudonym: Town A\ndates:\n  date_of_death: 2022-02-03\n{line}people:\n  - name: {b}\n    pseudonym: Sam\n"),
    ("places twice", "places",
     "version: 1\npeople:\n  - name: {a}\n    pseudonym: Ruth\nplaces:\n  - name: Wexham\n    pseudonym: Town A\n"
     "{line}places:\n  - name: Ashcombe\n    pseudonym: Town B\n"),
    ("dates twice", "dates",
     "version: 1\npeople:\n  - name: {a}\n    pseudonym: Ruth\ndates:\n  date_of_death: 2022-02-03\n"
     "{line}dates:\n  date_of_birth: 1980-01-01\n"),
    ("date of death twice", "date_of_death",
     "version: 1\npeople:\n  - name: {a}\n    pseudonym: Ruth\ndates:\n  date_of_death: 2022-02-03\n"
     "  date_of_birth: 1980-01-01\n{line}  date_of_death: 2022-02-04\n"),
    ("name twice in an entry", "name",
     "version: 1\npeople:\n  - name: {a}\n    pseudonym: Ruth\n{line}    name: {b}\n"),
    ("aliases twice in an entry", "aliases",
     "version: 1\npeople:\n  - name: {a}\n    pseudonym: Ruth\n    aliases: [{a_given}]\n{line}    aliases: [Babe]\n"),
    ("pseudonym twice in an entry", "pseudonym",
     "version: 1\npeople:\n  - name: {a}\n    pseudonym: Ruth\n  - name: {b}\n    pseudonym: Sam\n"
     "{line}    pseudonym: Tom\n"),
    ("name twice in a place", "name",
     "version: 1\npeople:\n  - name: {a}\n    pseudonym: Ruth\nplaces:\n  - name: Wexham\n    pseudonym: Town A\n"
     "{line}    name: Ashcombe\n"),
    ("keep twice", "keep",
     "version: 1\npeople:\n  - name: {a}\n    pseudonym: Ruth\nkeep:\n  - Wealdshire Police\n{line}keep:\n"
     "  - Helen Ashworth\n"),
    ("a policy key twice", "unlisted_people",
     "version: 1\npeople:\n  - name: {a}\n    pseudonym: Ruth\npolicy:\n  unlisted_people: placeholder\n"
     "  dates: keep\n{line}  unlisted_people: keep\n"),
    ("a flow mapping's key twice", "name",
     "version: 1\npeople:\n{line}  - {{name: {a}, pseudonym: Ruth, name: {b}}}\n"),
    ("a person written twice as name to pseudonym", "{a}",
     "version: 1\npeople:\n  {a}: Ruth\n{line}  {a}: Sam\n"),
    ("the same key quoted and bare", "people",
     "version: 1\npeople:\n  - name: {a}\n    pseudonym: Ruth\n{line}\"people\":\n  - name: {b}\n    pseudonym: Sam\n"),
]


def _two_people(rng: random.Random, index: int) -> tuple[str, str]:
    first = drawn_at_random(rng, index)
    second = drawn_at_random(rng, index + 7)
    while second.given == first.given or second.surname == first.surname:
        second = drawn_at_random(rng, index + 7)
    return first, second


def _cases(seed: int) -> list[tuple[str, str, str, int]]:
    """(layout, key, yaml text, the line of the second occurrence) for each layout and two drawn pairs of people."""
    rng = random.Random(seed)
    cases = []
    for index, (layout, key, template) in enumerate(LAYOUTS * 2):
        a, b = _two_people(rng, index)
        values = {"a": f"{a.given} {a.surname}", "b": f"{b.given} {b.surname}", "a_given": a.given}
        marked = template.format(line="\0", **values)
        line = marked[:marked.index("\0")].count("\n") + 1
        cases.append((layout, key.format(**values), marked.replace("\0", ""), line))
    return cases


CASES = _cases(2024)


def _write(tmp_path, text):
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("layout, key, text, line", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_a_key_written_twice_is_refused_naming_the_key_and_its_line(tmp_path, layout, key, text, line):
    path = _write(tmp_path, text)
    with pytest.raises(RulesError) as error:
        load_rules(path)
    message = str(error.value)
    assert "\n" not in message, message
    assert str(path) in message and f"'{key}'" in message and f"line {line}" in message, message
    assert "twice" in message, message


@pytest.mark.parametrize("command", ["verify", "apply"])
@pytest.mark.parametrize("layout, key, text, line", CASES[:len(LAYOUTS)], ids=[c[0] for c in CASES[:len(LAYOUTS)]])
def test_the_command_line_exits_2_with_the_one_line(tmp_path, command, layout, key, text, line):
    path = _write(tmp_path, text)
    draft = tmp_path / "draft.txt"
    draft.write_text("She lived in Wexham.\n", encoding="utf-8")
    extra = ["-o", str(tmp_path / "out.txt")] if command == "apply" else []
    result = CliRunner().invoke(main, [command, str(draft), "--rules", str(path), *extra])
    assert result.exit_code == 2, result.output
    assert f"'{key}'" in result.output and f"line {line}" in result.output, result.output
    assert not (tmp_path / "out.txt").exists()


@pytest.mark.parametrize("layout, key, text, line", CASES[:len(LAYOUTS)], ids=[c[0] for c in CASES[:len(LAYOUTS)]])
def test_adding_to_keep_refuses_the_file_and_leaves_it_as_written(tmp_path, layout, key, text, line):
    from redact.rules_keep import add_keep_entries

    path = _write(tmp_path, text)
    with pytest.raises(RulesError, match="twice"):
        add_keep_entries(path, ["Refuge"])
    assert path.read_text(encoding="utf-8") == text


@pytest.mark.parametrize("layout, key, text, line", CASES[:len(LAYOUTS)], ids=[c[0] for c in CASES[:len(LAYOUTS)]])
def test_the_web_page_refuses_the_file(tmp_path, layout, key, text, line):
    pytest.importorskip("starlette")
    from redact.rules import read_rules_yaml

    # the web page reads the author's upload through the same reader as load_rules
    with pytest.raises(RulesError, match="twice"):
        read_rules_yaml(text, "rules.yaml")


def test_the_web_page_reports_the_duplicate_of_an_upload(tmp_path):
    pytest.importorskip("starlette")
    from redact.web.app import _read_rules

    class _Session:
        rules_data = None
        rules_name = None

    layout, key, text, line = CASES[0]
    path = _write(tmp_path, text)
    session = _Session()
    message = _read_rules(session, path, "my-rules.yaml")
    assert message and "twice" in message and "my-rules.yaml" in message, message
    assert session.rules_data is None


@pytest.mark.parametrize("layout, key, text, line", CASES[:len(LAYOUTS)], ids=[c[0] for c in CASES[:len(LAYOUTS)]])
def test_the_same_file_without_the_second_key_loads(tmp_path, layout, key, text, line):
    """The control: the refusal is the duplicate's, not the layout's."""
    lines = text.split("\n")
    lines[line - 1] = "#" + lines[line - 1] if layout != "a flow mapping's key twice" else \
        lines[line - 1].rsplit(",", 1)[0] + "}"
    # a block's items after the commented key line would hang under the previous key: comment them out too
    for i in range(line, len(lines)):
        if lines[i].startswith("  ") and layout in ("people twice", "places twice", "dates twice", "keep twice",
                                                     "the same key quoted and bare"):
            lines[i] = "#" + lines[i]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        load_rules(_write(tmp_path, "\n".join(lines)))


def test_merge_keys_of_yaml_are_no_duplicates(tmp_path):
    """``<<: *defaults`` merges a mapping; a key it brings and the entry's own are YAML's documented override."""
    text = ("version: 1\npeople:\n  - &first\n    name: Ama Owusu\n    pseudonym: Ruth\n"
        "  - <<: *first\n    name: Kofi Owusu\n    pseudonym: Sam\n")
    rules = load_rules(_write(tmp_path, text))
    assert [p.name for p in rules.people] == ["Ama Owusu", "Kofi Owusu"]


def test_the_domain_defaults_have_no_key_twice():
    from redact.rules import _defaults_text, read_rules_yaml

    read_rules_yaml(_defaults_text(), "dhr-default.yaml")
