"""A text document builds its segments once per state of its text (detection, decisions, phrasing and verify all
ask for them): after an edit, or a text set from outside, they are those of the new text, as a new reading gives."""
from __future__ import annotations

from redact.documents import Edit
from redact.documents.text import TextDocument

DRAFT = ("1. Background\n\nMałgorzata Wiśniewska met Kwame Mensah in Leeds.\n\nContact with the GP\n\n"
         "Nguyễn Văn An saw Siobhán Ní Bhriain twice.\n")


def _view(document: TextDocument):
    return [(s.location, s.text, s.kind, s.place) for s in document.segments]


def _read_afresh(document: TextDocument):
    return _view(TextDocument.from_string(document.text, document.path.name))


def test_segments_follow_every_edit(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")
    document = TextDocument(path)
    assert _view(document) == _read_afresh(document)
    for name, replacement in [("Małgorzata Wiśniewska", "Person 1"), ("Nguyễn Văn An", "Person 2")]:
        index = next(i for i, s in enumerate(document.segments) if name in s.text)
        start = document.segments[index].text.index(name)
        document.apply([Edit(index, start, start + len(name), replacement)])
        assert _view(document) == _read_afresh(document)
        assert not any(name in s.text or name in s.place.first_words for s in document.segments)


def test_a_text_set_from_outside_is_read_again():
    document = TextDocument.from_string(DRAFT)
    before = _view(document)
    document.text = DRAFT.replace("Kwame Mensah", "Person 3")
    document._blocks = TextDocument.from_string(document.text)._blocks
    assert _view(document) != before and _view(document) == _read_afresh(document)


def test_each_caller_gets_its_own_list():
    document = TextDocument.from_string(DRAFT)
    first = document.segments
    first.pop()
    assert len(document.segments) == len(first) + 1
