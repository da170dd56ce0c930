"""Scoring a redacted plain-text fixture against its gold.yaml (the .docx side uses the fixtures' check_gold.py)."""
from __future__ import annotations

import re
from pathlib import Path

import yaml


def _spans(text: str, needle: str, flags=0) -> list[tuple[int, int]]:
    pattern = re.compile(r"(?<![^\W_])" + re.escape(needle) + r"(?![^\W_])", flags)
    return [m.span() for m in pattern.finditer(text)]


def load_gold(case_dir: Path) -> dict:
    return yaml.safe_load((case_dir / "gold.yaml").read_text(encoding="utf-8"))


def score_text(case_dir: Path, draft: str, output: str, *, listed_only: bool = True) -> dict:
    gold = load_gold(case_dir)
    must_appear = [m["text"] for m in gold["must_appear"]]
    leaks = []
    for entry in gold["must_not_appear"]:
        if not entry.get("in_draft_txt", True):
            continue
        if listed_only and not entry["listed_in_rules"] and entry["kind"] not in ("date_of_death", "date_of_birth"):
            continue
        covers = [s for m in must_appear if len(m) > len(entry["text"]) and entry["text"] in m
                  for s in _spans(output, m)]
        for a, b in _spans(output, entry["text"]):
            if not any(c <= a and b <= d for c, d in covers):
                leaks.append((entry["text"], entry["kind"], output[max(0, a - 40):b + 40].replace("\n", " ")))
    mna = [m["text"] for m in gold["must_not_appear"]]

    def count(text: str, needle: str) -> int:
        total = 0
        for para in text.split("\n"):
            if needle not in para:
                continue
            blockers = [s for x in mna if x in para and not (len(x) < len(needle) and x in needle)
                        for s in _spans(para, x)]
            total += sum(1 for a, b in _spans(para, needle) if not any(a < d and c < b for c, d in blockers))
        return total

    lost = [t for t in dict.fromkeys(must_appear) if count(output, t) < count(draft, t)]
    missing_pseudonyms = []
    for expected in gold["expected"]:
        if _spans(draft, expected["real"]) and not _spans(output, expected["pseudonym"], re.IGNORECASE):
            missing_pseudonyms.append(expected["pseudonym"])
    considered = [t for t in dict.fromkeys(must_appear) if count(draft, t) > 0]
    return {"leaks": leaks, "lost": lost, "lost_ratio": len(lost) / max(1, len(considered)),
            "must_appear": len(considered), "missing_pseudonyms": sorted(set(missing_pseudonyms))}
