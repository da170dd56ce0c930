"""The built-in recognisers on the shared fictional DHR drafts: every address, contact and id that the rules do
not list (FEATURES.md) is found, every form of the protected dates is found, and no kept date is taken."""
from __future__ import annotations

import re
import socket

import pytest
import yaml

from conftest import CASES, FIXTURES
from redact.detect.recognizers import builtin_recognizers
from redact.entities import DATE_OF_BIRTH, DATE_OF_DEATH, DATE_TIME

pytestmark = pytest.mark.skipif(not CASES, reason="../shared/fixtures is not present")

_KINDS = ("address", "contact", "id")


def _case(name):
    folder = FIXTURES / name
    text = (folder / "draft.txt").read_text(encoding="utf-8")
    rules = yaml.safe_load((folder / "rules.yaml").read_text(encoding="utf-8"))
    gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    features = (folder / "FEATURES.md").read_text(encoding="utf-8")
    return text, rules, gold, features


def _analyze(text, rules):
    recognizers = builtin_recognizers(date_of_death=rules["dates"]["date_of_death"],
                                      date_of_birth=rules["dates"]["date_of_birth"])
    return [r for recognizer in recognizers for r in recognizer.analyze(text, [], None)]


def _unlisted(features, kind):
    section = features.split("## Identifiers NOT in rules.yaml")[1].split("\n## ")[0]
    for line in section.splitlines():
        if line.startswith(f"- {kind}:"):
            return re.findall(r"`([^`]+)`", line)
    return []


@pytest.mark.parametrize("case", CASES)
def test_unlisted_addresses_contacts_and_ids_are_found(case):
    text, rules, _, features = _case(case)
    results = [r for r in _analyze(text, rules) if r.entity_type != DATE_TIME]
    missed = []
    for kind in _KINDS:
        for item in _unlisted(features, kind):
            for m in re.finditer(rf"(?<!\w){re.escape(item)}(?!\w)", text):
                if not any(r.start <= m.start() and m.end() <= r.end for r in results):
                    missed.append((kind, item, m.start()))
    assert missed == []


@pytest.mark.parametrize("case", CASES)
def test_protected_dates_every_form_and_nothing_else(case):
    text, rules, gold, _ = _case(case)
    protected = [r for r in _analyze(text, rules)
                 if r.entity_type in (DATE_OF_DEATH, DATE_OF_BIRTH) and r.recognition_metadata.get("source") == "rule"]
    for item in gold["must_not_appear"]:
        if item["kind"] not in ("date_of_death", "date_of_birth"):
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(item['text'])}(?!\w)", text):
            assert any(r.start <= m.start() and m.end() <= r.end for r in protected), item["text"]
    kept = [g["text"] for g in gold["must_appear"] if re.search(r"\d", g["text"])]
    for r in protected:
        assert text[r.start:r.end] not in kept


def test_recognizers_make_no_network_access(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    text = ("E-mail ann@example.org, see https://www.example.org/a and www.gov.uk; call 07700 900418; "
            "she lived at 14 Larch Close, Leeds LS1 4AP on 14 May 2023.")
    assert _analyze(text, {"dates": {"date_of_death": "2023-05-14", "date_of_birth": None}})
