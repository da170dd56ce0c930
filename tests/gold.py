"""Scoring a redacted plain-text fixture against its gold.yaml (the .docx side uses the fixtures' check_gold.py).

The scorer lives in ``redact.evaluate`` (``python -m redact.evaluate`` uses it too); one copy, imported here.
"""
from redact.evaluate import _spans, load_gold, score_text

__all__ = ["load_gold", "score_text", "_spans"]
