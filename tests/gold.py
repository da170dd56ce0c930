"""Scoring a redacted plain-text fixture against its gold.yaml (the .docx side uses the fixtures' check_gold.py).

The scorer lives in ``benchmarks/evaluate.py`` (the detection-quality benchmark uses it too); one copy, imported here.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.evaluate import _spans, load_gold, score_text  # noqa: E402

__all__ = ["load_gold", "score_text", "_spans"]
