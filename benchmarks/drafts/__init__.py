"""Fictional DHR drafts generated from a seed, with the rules an author writes and the truth to check against.

    from benchmarks.drafts import generate_case, write_case
    case = generate_case(7)
    write_case(case, Path("out/seed7"))   # draft.docx, draft.txt, rules.yaml, truth.yaml

Seeds below ``HELD_BACK_START`` are the tuning part (tests and people may look at them); seeds from it on are
held back: nobody tunes on them, ``benchmarks/leak_eval.py`` prints only their totals.
"""
from .generate import Case, generate_case, write_case

HELD_BACK_START = 1000

__all__ = ["Case", "generate_case", "write_case", "HELD_BACK_START"]
