"""verify: text files, the command line (exit codes, --json, --strict, several files) and the Python API."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES
from redact.cli import main
from redact.rules import load_rules
from redact.verify import Leak, LeakFinder, Text, verify_file, verify_texts

RULES_PATH = EXAMPLES / "example-rules.yaml"
RULES = load_rules(RULES_PATH)
CLEAN_TEXT = ("DHR into the death of Anna\n\nAnna lived in Area C with Mark and Child B.\n\n"
              "We hope agencies will learn. Will agencies be able to say how?\n")


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_python_api_is_exported():
    import redact

    assert redact.verify_file is verify_file
    assert redact.Verdict.__name__ == "Verdict"


def test_text_file_leak_has_block_and_line(tmp_path):
    path = tmp_path / "out.md"
    path.write_text(CLEAN_TEXT + "\n\nA note.\nLater, Cr\u200baig\nPryor rang.\n", encoding="utf-8")
    verdict = verify_file(path, RULES)
    assert [leak.location for leak in verdict.leaks] == ["block 4, line 9"]
    assert verdict.leaks[0].context == "A note. Later, [██████] rang."


def test_clean_text_file_passes(tmp_path):
    path = tmp_path / "out.txt"
    path.write_text(CLEAN_TEXT, encoding="utf-8")
    assert verify_file(path, RULES).ok


def test_verify_texts_takes_plain_pairs_and_records():
    verdict = verify_texts(RULES, [("a", "Jo rang"), Text("b", "https://x.example/oakbridge_report", identifier=True),
                                   Text("c", "", unread=True)])
    assert [(leak.location, leak.kind) for leak in verdict.leaks] == [("a", "person"), ("b", "place")]
    assert verdict.unread == ["c"] and verdict.checked_texts == 2


def test_same_text_is_searched_once():
    finder = LeakFinder(RULES)
    assert finder.spans("Jo rang") is finder.spans("Jo rang")


def test_unknown_types_and_missing_files_are_errors(tmp_path):
    from redact.errors import InputError

    with pytest.raises(InputError, match="file not found"):
        verify_file(tmp_path / "none.docx", RULES)
    odd = tmp_path / "x.odt"
    odd.write_text("x")
    with pytest.raises(InputError, match="cannot verify"):
        verify_file(odd, RULES)


# --------------------------------------------------------------------------- command line

def test_cli_exit_codes_and_output(tmp_path):
    clean, leaky = tmp_path / "clean.txt", tmp_path / "leaky.txt"
    clean.write_text(CLEAN_TEXT)
    leaky.write_text(CLEAN_TEXT + "\nShe died on 10 March 2024 in Oakbridge.\n")
    result = run("verify", clean, "--rules", RULES_PATH)
    assert result.exit_code == 0 and "clean" in result.output
    result = run("verify", leaky, "--rules", RULES_PATH)
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith("LEAK")]
    assert len(lines) == 2
    assert "block 4, line 7: date_of_death protected date" in lines[0]
    assert "place listed as 'Area C'" in lines[1]
    assert "Oakbridge" not in result.output and "10 March" not in result.output
    # several files: one verdict each, exit 1 when any leaks
    result = run("verify", clean, leaky, "--rules", RULES_PATH, "--json")
    data = json.loads(result.output)
    assert result.exit_code == 1 and [d["ok"] for d in data] == [True, False]
    assert set(data[1]) == {"path", "ok", "leak_count", "checked_texts", "leaks", "unread"}
    assert data[1]["leaks"][0] == {"location": "block 4, line 7", "kind": "date_of_death", "value": "protected date",
                                   "context": "She died on [██████] in [██████].",
                                   # where a person finds it, masked like the context (redact.verify.leak_places)
                                   "where": 'line 7, under "DHR into the death of Anna", paragraph 3: '
                                            '"She died on [██████] in [██████]"'}


def test_cli_errors_are_exit_2(tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 nonsense")
    result = CliRunner().invoke(main, ["verify", str(broken), "--rules", str(RULES_PATH)])
    assert result.exit_code == 2 and "not a readable PDF" in result.output
    result = CliRunner().invoke(main, ["verify", str(broken)])
    assert result.exit_code == 2  # --rules is required


def test_strict_also_fails_on_unlisted_contacts_and_names(tmp_path):
    path = tmp_path / "out.txt"
    path.write_text(CLEAN_TEXT + "\nCall 07700 900123 or write to anna.case@example.org. "
                    "Dr Rupert Featherstonehaugh attended.\n")
    assert verify_file(path, RULES).ok                       # nothing listed
    verdict = verify_file(path, RULES, strict=True)
    kinds = {leak.kind for leak in verdict.leaks}
    assert {"phone_number", "email_address"} <= kinds, verdict.leaks
    assert all("07700" not in leak.context and "Featherstonehaugh" not in leak.context for leak in verdict.leaks)
    assert all(leak.value.startswith("unlisted, found by") for leak in verdict.leaks)
    result = run("verify", path, "--rules", RULES_PATH, "--strict")
    assert result.exit_code == 1


def test_leak_as_dict_round_trip():
    leak = Leak("page 1, line 2", "person", "listed as 'Mark'", "[██████] rang")
    assert Leak(**leak.as_dict()) == leak


def test_a_day_list_holding_the_date_of_death_is_a_leak_and_is_removed():
    from redact import Redactor

    death = RULES.dates.date_of_death
    text = f"Calls were made on {death.day} and {death.day + 1} {death:%B %Y}.\n"
    assert [leak.kind for leak in verify_texts(RULES, [("a", text)]).leaks] == ["date_of_death"]
    redacted = Redactor(RULES).redact_text(text)
    assert str(death.day) not in redacted and verify_texts(RULES, [("a", redacted)]).ok
