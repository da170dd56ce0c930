"""The public API as a tool that imports us meets it: rules in any form, arguments checked up front with the
library's own errors, bytes in and out without files left behind, result types exported, one Redactor shared by
threads, and library messages that name Python arguments (the CLI's own wording stays in the CLI)."""
from __future__ import annotations

import datetime as dt
import io
import random
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import docx
import pytest
import yaml
from click.testing import CliRunner

import redact
from redact import ArgumentError, ArgumentTypeError, RedactError, Rules, RulesError, load_rules
from redact.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.drafts import dateforms  # noqa: E402
from benchmarks.drafts.names import PSEUDONYMS_FEMALE, PSEUDONYMS_MALE, TRADITIONS  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DEATH = dt.date(2023, 5, 14)
RULES = {"version": 1, "review": "API test",
         "people": [{"name": "Amara Okonkwo", "pseudonym": "Vera"}, {"name": "Kacper Wójcik", "pseudonym": "Otto"}],
         "dates": {"date_of_death": DEATH.isoformat()}}
DRAFT = "Amara Okonkwo died on 14 May 2023. Kacper Wójcik called the police on 14/05/2023.\n"


@pytest.fixture(scope="module")
def rules_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("rules") / "rules.yaml"
    path.write_text(yaml.safe_dump(RULES, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def redactor(rules_file):
    return redact.Redactor(rules_file)


def _leaked(text: str) -> list[str]:
    return [word for word in ("Amara", "Okonkwo", "Kacper", "Wójcik", "14 May 2023", "14/05/2023") if word in text]


# --------------------------------------------------------------------------- rules in any form

@pytest.mark.parametrize("form", ["path", "str", "rules", "mapping"])
def test_verify_file_takes_rules_as_a_path_a_rules_or_a_mapping(form, rules_file, tmp_path):
    given = {"path": rules_file, "str": str(rules_file), "rules": load_rules(rules_file), "mapping": RULES}[form]
    leaky = tmp_path / "out.txt"
    leaky.write_text(DRAFT, encoding="utf-8")
    verdict = redact.verify_file(leaky, given)
    assert not verdict.ok and {leak.kind for leak in verdict.leaks} >= {"person", "date_of_death"}
    clean = tmp_path / "clean.txt"
    clean.write_text("Vera died in 2023. Otto called the police.\n", encoding="utf-8")
    assert redact.verify_file(clean, given).ok


@pytest.mark.parametrize("bad", [3, ["rules.yaml"], b"rules.yaml", object()])
def test_rules_of_a_wrong_type_are_refused_with_the_librarys_type_error(bad, tmp_path):
    path = tmp_path / "out.txt"
    path.write_text("nothing\n", encoding="utf-8")
    for call in (lambda: redact.verify_file(path, bad), lambda: redact.Redactor(bad),
                 lambda: redact.verify_bytes(b"nothing", "txt", bad)):
        with pytest.raises(ArgumentTypeError, match="rules: expected") as caught:
            call()
        assert isinstance(caught.value, TypeError) and isinstance(caught.value, RedactError)


@pytest.mark.parametrize("profile", ["strcit", "DHR ", "", "lenient"])
def test_an_unknown_profile_is_refused_at_construction_listing_the_valid_ones(profile):
    with pytest.raises(ArgumentError) as caught:
        redact.Redactor(RULES, profile)
    message = str(caught.value)
    assert isinstance(caught.value, ValueError) and "dhr" in message and "strict" in message, message
    assert "\n" not in message


@pytest.mark.parametrize("text", [None, b"Amara Okonkwo", 42, ["Amara"]])
def test_text_of_a_wrong_type_gives_the_librarys_type_error_naming_the_argument(text, redactor):
    for call in (redactor.redact_text, redactor.scan_text, redact.redact_text, redact.scan_text):
        with pytest.raises(ArgumentTypeError, match=r"^text: expected str"):
            call(text)


@pytest.mark.parametrize("path", [None, 3, ""])
def test_a_path_of_a_wrong_type_gives_the_librarys_type_error(path, redactor, tmp_path):
    with pytest.raises(ArgumentTypeError, match=r"^path: expected a file path"):
        redact.verify_file(path, RULES)
    with pytest.raises(ArgumentTypeError, match=r"^src: expected a file path"):
        redactor.redact_file(path, tmp_path / "out.txt")
    with pytest.raises(ArgumentTypeError, match=r"^audit: expected a file path"):
        redactor.redact_file(tmp_path / "in.txt", tmp_path / "out.txt", audit=path or 3)
    with pytest.raises(ArgumentTypeError, match=r"^mapping: expected a file path"):
        redact.Redactor(RULES, mapping=path if path is not None else 3.5)


# --------------------------------------------------------------------------- dates in the rules

@pytest.mark.parametrize("written", ["14 May 2023", "14th May 2023", "May 14, 2023", "Sunday 14 May 2023",
                                     "14.05.2023", "14/05/2023", "14-05-23", "14 May, 2023", "5/5/2023"])
@pytest.mark.parametrize("key", ["date_of_death", "date_of_birth"])
def test_a_date_in_the_rules_as_an_author_writes_it_is_read(written, key, tmp_path):
    """The day first in figures, as in England and Wales, where no other reading exists ("14/05/2023")."""
    path = tmp_path / "rules.yaml"
    path.write_text(f"version: 1\nreview: x\ndates:\n  {key}: {written}\n", encoding="utf-8")
    expected = dt.date(2023, 5, 5) if written == "5/5/2023" else dt.date(2023, 5, 14)
    assert getattr(load_rules(path).dates, key) == expected
    assert getattr(redact.Redactor({"dates": {key: written}}).rules.dates, key) == expected


@pytest.mark.parametrize("written", ["2024-13-10", "10/03/2024", "03.10.24", "2024-02-30", "30 February 2023",
                                     "May 2023", "2023-05-14T10:00", "20230514", "last Tuesday"])
@pytest.mark.parametrize("key", ["date_of_death", "date_of_birth"])
def test_a_bad_date_in_the_rules_is_one_line_that_says_use_yyyy_mm_dd(written, key, tmp_path):
    path = tmp_path / "rules.yaml"
    path.write_text(f"version: 1\nreview: x\ndates:\n  {key}: {written}\n", encoding="utf-8")
    for load in (lambda: load_rules(path), lambda: redact.Redactor({"dates": {key: written}})):
        with pytest.raises(RulesError) as caught:
            load()
        message = str(caught.value)
        assert "use YYYY-MM-DD" in message and key in message and "\n" not in message, message
    result = CliRunner().invoke(main, ["verify", str(path), "--rules", str(path)])
    assert result.exit_code == 2 and "use YYYY-MM-DD" in result.output, result.output


def test_an_iso_date_written_plainly_or_quoted_reads_as_the_same_date(tmp_path):
    for written in ("2023-05-14", "'2023-05-14'", "2023-5-14"):   # YAML's own date form keeps working
        path = tmp_path / "rules.yaml"
        path.write_text(f"version: 1\nreview: x\ndates:\n  date_of_death: {written}\n", encoding="utf-8")
        assert load_rules(path).dates.date_of_death == DEATH


# --------------------------------------------------------------------------- wording

def test_library_errors_name_the_python_argument_and_the_cli_names_its_option(redactor, tmp_path):
    source, output = tmp_path / "in.txt", tmp_path / "out.txt"
    source.write_text(DRAFT, encoding="utf-8")
    output.write_text("already here\n", encoding="utf-8")
    with pytest.raises(redact.OutputError) as caught:
        redactor.redact_file(source, output)
    assert "force=True" in str(caught.value) and "--" not in str(caught.value)
    result = CliRunner().invoke(main, ["apply", str(source), "--no-rules", "-o", str(output)])
    assert result.exit_code == 2 and "--force" in result.output and "force=True" not in result.output


def test_no_library_message_uses_a_command_line_option():
    """A caller of the library cannot pass "--force": messages built outside the CLI name Python arguments."""
    import re

    offenders = []
    package = REPO / "redact"
    for path in package.rglob("*.py"):
        if path.name == "cli.py" or path.name.startswith("_"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            # an option inside a string that is raised or warned: "... --force ..." (not docstrings about the CLI)
            if re.search(r"(Error|Warning)\(f?\"[^\"]*--[a-z]", code) or re.search(r"^\s+f?\"[^\"]*\(?(use|pass|"
                                                                                    r"with|apply) --[a-z]", code):
                offenders.append(f"{path.relative_to(package)}:{number}: {line.strip()}")
    assert offenders == []


# --------------------------------------------------------------------------- schema

def test_redact_schema_works_outside_the_repository(tmp_path, monkeypatch):
    import json

    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["title"] == "dhr-redact rules file"
    result = CliRunner().invoke(main, ["schema", "-o", "schema.json"])
    assert result.exit_code == 0 and json.loads((tmp_path / "schema.json").read_text())["$defs"]["Person"]
    result = CliRunner().invoke(main, ["schema", "-o", str(tmp_path / "missing" / "schema.json")])
    assert result.exit_code == 2 and "Traceback" not in result.output


# --------------------------------------------------------------------------- exported types

def test_the_result_types_and_entry_points_are_exported_with_docstrings():
    for name in redact.__all__:
        value = getattr(redact, name)
        if callable(value) and name != "__version__":
            assert (value.__doc__ or "").strip(), f"redact.{name} has no docstring"
    for name in ("RedactionReport", "Decision", "Leak", "Verdict", "Finding", "Redactor", "redact_bytes",
                 "verify_bytes", "verify_file", "redact_file", "redact_text", "scan_text"):
        assert name in redact.__all__ and name in dir(redact)
    public_methods = [getattr(redact.Redactor, name) for name in vars(redact.Redactor) if not name.startswith("_")]
    for method in public_methods:
        function = getattr(method, "func", getattr(method, "fget", method))
        if callable(function):
            assert (function.__doc__ or "").strip(), f"Redactor.{function.__name__} has no docstring"
    with pytest.raises(AttributeError, match="no attribute 'Nonsense'"):
        redact.Nonsense  # noqa: B018


def test_py_typed_is_in_the_package_and_declared_as_package_data():
    assert (REPO / "redact" / "py.typed").exists()
    assert "py.typed" in (REPO / "pyproject.toml").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- bytes in, bytes out

@pytest.fixture
def private_tmp(tmp_path, monkeypatch) -> Path:
    """Where the library's temporary folders go: empty again after every call."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _docx_bytes(*paragraphs: str) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("kind", ["txt", "md", "docx"])
def test_redact_bytes_returns_redacted_bytes_and_a_report_and_leaves_no_file(kind, redactor, private_tmp):
    data = _docx_bytes(*DRAFT.splitlines()) if kind == "docx" else DRAFT.encode("utf-8")
    out = redactor.redact_bytes(data, kind)
    assert isinstance(out, bytes) and out.report.changes >= 3 and out.report.verdict.ok
    assert out.report.source == out.report.output == out.report.verdict.path == "<bytes>"
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(out)).paragraphs) if kind == "docx" \
        else out.decode("utf-8")
    assert _leaked(text) == [] and "Vera" in text and "Otto" in text, text
    assert list(private_tmp.iterdir()) == []
    verdict = redact.verify_bytes(bytes(out), kind, RULES)
    assert verdict.ok and verdict.path == "<bytes>"
    assert not redact.verify_bytes(data, kind, RULES).ok
    assert list(private_tmp.iterdir()) == []


def test_redact_bytes_leaves_no_file_when_it_refuses(redactor, private_tmp):
    with pytest.raises(redact.InputError):
        redactor.redact_bytes(b"PK\x03\x04 not a zip at all", "docx")
    with pytest.raises(redact.InputError):
        redact.verify_bytes(b"", "txt", RULES)
    assert list(private_tmp.iterdir()) == []


@pytest.mark.parametrize("call, error, match", [
    (lambda r: r.redact_bytes("text, not bytes", "txt"), ArgumentTypeError, "^data: expected bytes, not str"),
    (lambda r: r.redact_bytes(None, "txt"), ArgumentTypeError, "^data: expected bytes"),
    (lambda r: r.redact_bytes(b"x", "pdf"), ArgumentError, "^kind: unknown document kind 'pdf'"),
    (lambda r: r.redact_bytes(b"x", None), ArgumentTypeError, "^kind: expected one of"),
    (lambda r: r.redact_bytes(b"x", "txt", audit="a.jsonl"), ArgumentError, "use redact_file"),
    (lambda r: redact.verify_bytes(b"x", "doc", RULES), ArgumentError, "^kind: unknown document kind 'doc'"),
])
def test_bytes_entry_points_check_their_arguments(call, error, match, redactor):
    with pytest.raises(error, match=match):
        call(redactor)


# --------------------------------------------------------------------------- threads

WORLD_TOWNS = ("Mirpur", "Kumasi", "Hargeisa", "Gdansk", "Enugu", "Sialkot", "Haiphong", "Izmir", "Kandy", "Tralee")


def _thread_cases(seed: int = 3000, count: int = 8) -> tuple[dict, list[tuple[str, list[str]]]]:
    """One review's rules listing a person from a different tradition for each text, and the texts: each names
    its own person in several forms, with the date of death written in a different form each time."""
    rng = random.Random(seed)
    traditions = rng.sample(sorted(TRADITIONS), count)
    pseudonyms = rng.sample(PSEUDONYMS_FEMALE + PSEUDONYMS_MALE, count)
    forms = [form for form in dateforms.FORMS if not form.endswith("noyear")]
    people, cases = [], []
    for index, key in enumerate(traditions):
        tradition = TRADITIONS[key]
        given = rng.choice(tradition.female + tradition.male)
        surname = rng.choice(tradition.surnames)[0]
        full = f"{surname} {given}" if tradition.family_first else f"{given} {surname}"
        people.append({"name": full, "pseudonym": pseudonyms[index]})
        death = dateforms.render(DEATH, forms[(index * 3) % len(forms)])
        ordinary = dt.date(2021, 1 + index, 3 + index).strftime("%d %B %Y").lstrip("0")
        town = WORLD_TOWNS[index]
        # what a recogniser learns from the whole document (a town named once as one, the month a chronology row
        # gives "the 14th") is where threads sharing a recogniser would mix their documents up
        text = (f"{full} met the health visitor on {ordinary}. {given} grew up in {town}.\n"
                f"{given} said she was frightened. On {death} {full} was found at home.\n"
                f"{town} was a long way from the family, who learnt the news late.\n"
                f"May 2023\n"
                f"the 14th\tThe police attended and {surname} relatives were told.\n"
                f"The review thanks the family of {full}; {surname} relatives took part.\n")
        cases.append((text, [given, surname, death]))
    return {"review": "threads", "people": people, "dates": {"date_of_death": DEATH.isoformat()}}, cases


def test_one_redactor_shared_by_four_threads_gives_the_results_of_one_at_a_time():
    rules, cases = _thread_cases()
    shared = redact.Redactor(rules)
    texts = [text for text, _ in cases]
    one_at_a_time = [shared.redact_text(text) for text in texts]
    for output, (_, secrets) in zip(one_at_a_time, cases):
        assert [s for s in secrets if s in output] == [], output
    with ThreadPoolExecutor(max_workers=4) as pool:
        # every text twice, interleaved, so that two threads analyse different documents at the same time
        together = list(pool.map(shared.redact_text, texts + texts[::-1]))
    assert together[:len(texts)] == one_at_a_time
    assert together[len(texts):] == one_at_a_time[::-1]


def test_one_redactor_writes_files_from_four_threads_as_one_at_a_time(private_tmp):
    rules, cases = _thread_cases(seed=3001, count=4)
    shared = redact.Redactor(rules)
    data = [text.encode("utf-8") for text, _ in cases]
    one_at_a_time = [bytes(shared.redact_bytes(item, "txt")) for item in data]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = [bytes(out) for out in pool.map(lambda item: shared.redact_bytes(item, "txt"), data)]
    assert together == one_at_a_time
    for output, (_, secrets) in zip(together, cases):
        assert [s for s in secrets if s in output.decode("utf-8")] == []
    assert list(private_tmp.iterdir()) == []
