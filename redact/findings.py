"""What detection reports: one identifying span of one segment's text."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Finding:
    """An identifying span. ``start``/``end`` index the segment's text (or the text passed to ``scan_text``)."""

    start: int
    end: int
    text: str
    entity_type: str
    score: float
    source: str                      # "rule", "propagation", or the recogniser's name
    segment: int = 0
    location: str = ""
    listed_index: int | None = None  # index into Rules.listed() for a listed person or place
    metadata: dict = field(default_factory=dict)

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end

    def overlaps(self, other: "Finding") -> bool:
        return self.segment == other.segment and self.start < other.end and other.start < self.end

    def as_dict(self) -> dict:
        return {"location": self.location, "start": self.start, "end": self.end, "text": self.text,
                "entity_type": self.entity_type, "score": round(self.score, 3), "source": self.source,
                **({"listed": True} if self.listed_index is not None else {}),
                **({"candidate": True} if self.metadata.get("candidate") else {})}
