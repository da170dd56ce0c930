"""The names set: people from every naming tradition in DHR-style sentences, with a fixed held-back part.

``reference.json`` (built by ``reference.py``, frozen) holds the names; ``generate.py`` makes the items;
``benchmarks/name_traditions.py`` measures person recall per tradition on them.
"""
from .generate import HELD_BACK_PERCENT, Item, Mention, is_held_back, items, sample

__all__ = ["HELD_BACK_PERCENT", "Item", "Mention", "is_held_back", "items", "sample"]
