"""How well a plain-text draft's headings are found (redact.documents.places.looks_like_heading), which every place
in a .txt file names ("line 57, under "3.2 Contact with the GP", paragraph 4").

Truth:
- the shared fixtures: the paragraphs of draft.docx in a heading style (Heading N, Title) are the headings of
  draft.txt (the same text, one block per paragraph). Tuned on case1 and case2; case3 and case4 held back.
- generated drafts (benchmarks/drafts; never seeds 1000-1023, the leak evaluation's held-back part): the
  generator's ``heading`` blocks, written one block per paragraph as an author's .txt would be (tables as
  tab-separated rows). Tuned on seeds 3000-3009; 3010-3029 held back.

Usage: python benchmarks/headings_eval.py [--seeds 3000-3009] [--held-back 3010-3029]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from redact.documents.text import TextDocument  # noqa: E402

FIXTURES = REPO.parent / "shared" / "fixtures"
TUNED = ("case1", "case2")


def _score(blocks: list[str], truth: set[str]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) of the text adapter's headings against ``truth``."""
    document = TextDocument.from_string("\n\n".join(blocks) + "\n", "draft.txt")
    found = {" ".join(s.text.split()) for s in document.segments if s.place is not None and s.place.what == "heading"}
    wanted = {" ".join(t.split()) for t in truth}
    return len(found & wanted), len(found - wanted), len(wanted - found)


def fixture_scores() -> dict[str, tuple[int, int, int]]:
    import docx

    scores = {}
    for folder in sorted(FIXTURES.glob("case*")):
        draft = docx.Document(str(folder / "draft.docx"))
        truth = {p.text for p in draft.paragraphs if p.text.strip() and p.style is not None
                 and (p.style.name.lower().startswith("heading") or p.style.name == "Title")}
        text = (folder / "draft.txt").read_text(encoding="utf-8").split("[FOOTNOTES]")[0]
        blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
        scores[folder.name] = _score(blocks, truth)
    return scores


def generated_scores(seeds: range) -> dict[str, tuple[int, int, int]]:
    from benchmarks.drafts.generate import generate_case

    scores = {}
    for seed in seeds:
        if 1000 <= seed <= 1023:
            raise SystemExit("seeds 1000-1023 are held back for the leak evaluation: use others")
        case = generate_case(seed)
        blocks, truth = [], set()
        for block in case.blocks:
            if block.kind == "table":
                blocks += ["\t".join(row) for row in block.rows]
            else:
                blocks.append(block.text)
                if block.kind == "heading":
                    truth.add(block.text)
        scores[f"seed {seed}"] = _score(blocks, truth)
    return scores


def _summary(name: str, scores: dict[str, tuple[int, int, int]]) -> str:
    tp, fp, fn = (sum(s[i] for s in scores.values()) for i in range(3))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return f"{name}: {len(scores)} drafts, headings found {tp}, wrong {fp}, missed {fn}: " \
           f"precision {precision:.3f}, recall {recall:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="3000-3009", help="the tuned seeds")
    parser.add_argument("--held-back", default="3010-3029", help="seeds never tuned on")
    args = parser.parse_args()
    first, _, last = args.seeds.partition("-")
    if FIXTURES.exists():
        scores = fixture_scores()
        print(_summary("fixtures, tuned (case1, case2)", {k: v for k, v in scores.items() if k in TUNED}))
        print(_summary("fixtures, held back (case3, case4)", {k: v for k, v in scores.items() if k not in TUNED}))
    print(_summary(f"generated drafts, seeds {args.seeds} (tuned)",
                   generated_scores(range(int(first), int(last or first) + 1))))
    first, _, last = args.held_back.partition("-")
    print(_summary(f"generated drafts, seeds {args.held_back} (held back)",
                   generated_scores(range(int(first), int(last or first) + 1))))


if __name__ == "__main__":
    main()
