"""The .docx adapter: a Word package as segments, edits written back into the XML.

Policies (the lead's user documentation describes them to users):

- **Everything is text.** Every XML part is read: body, headers and footers of all kinds, footnotes,
  endnotes, comments (when kept), glossary, text boxes (both the DrawingML and the VML copy), charts,
  SmartArt, customXml data, document properties, settings (document variables) and external
  relationship targets. See :mod:`.segmenter` for the segment kinds and locations.
- **Comments are removed** from the published copy unless ``keep_comments=True``; then they are
  segments like everything else and their authors are ``person_field`` segments.
- **The thumbnail is always removed** (``docProps/thumbnail.*``).
- **Imported content becomes paragraphs** (``w:altChunk``: HTML, MHT, plain text or another .docx that Word
  converts on opening), before anything else: see :mod:`.alt_chunks`. A format it cannot read is removed.
- **Embedded files are always removed** (``word/embeddings/``: a chart's workbook, an embedded
  spreadsheet or document, OLE objects): their content cannot be redacted. The chart (its cached
  values, redacted as text) and the object's picture stay; each removal is in the manual review.
- **Publication mode** (``publication=PublicationSettings(...)``, what ``apply`` does unless revisions
  are kept): revisions accepted, hidden text removed, properties neutral, tracking ids gone, before
  anything is read (see :mod:`.publication`). Without it the draft is read as it is, deleted and
  hidden text included.
- **Media and embedded files get neutral names** ("word/media/file1.jpg") unless Word named them itself
  ("image1.png"): a name a person chose may say who is in the picture.
- **Images, embedded objects and charts** are listed by :meth:`manual_review`;
  :meth:`remove_images` removes the pictures from runs and the parts nothing uses any more.
- **Formatting is kept**: an edit changes only text node content (the replacement lands in the run
  where the match starts, the rest of the match is cut from the following runs); tabs, breaks, field
  characters, note and comment references and drawings are never removed. Parts that were not changed
  are written back byte for byte; the zip is written deterministically.
- **Hostile files are refused** with :class:`redact.errors.InputError` (see :mod:`.package`).
- **Encrypted files** (Word's "Encrypt with Password") are refused unless a ``password`` is given;
  then they are decrypted in memory with msoffcrypto-tool, and the output is written unencrypted.

Segment offsets refer to the segment texts as last read: after :meth:`apply` or :meth:`remove_images`
the segments are read again from the changed XML.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from redact.documents.base import Document, Edit, ManualReviewItem, Segment

from . import policies, style_ids
from .alt_chunks import import_alt_chunks
from .package import DocxPackage
from .publication import PublicationReport, PublicationSettings, prepare_for_publication, write_given_properties
from .segmenter import Found, PartRead, read_parts


class DocxDocument(Document):
    """A Word .docx file opened for redaction."""

    suffixes = (".docx",)

    def __init__(self, path: Path, *, keep_comments: bool = False, password: str | None = None,
                 publication: PublicationSettings | None = None):
        """Open ``path``; ``password`` decrypts a password-protected file in memory (the plain
        package is never written to disk; only the redacted output is); ``publication`` prepares the
        copy to be published (revisions accepted, hidden text removed, neutral properties)."""
        super().__init__(path)
        self.keep_comments = keep_comments
        self._package = DocxPackage.open(self.path, password=password)
        #: parts removed by policy when the file was opened (thumbnail, comments)
        self.removed_parts: list[str] = policies.remove_thumbnail(self._package)
        # content Word imports on opening (w:altChunk) becomes paragraphs first: every policy and the reading
        # that follow treat it as the draft's own text
        imported = import_alt_chunks(self._package)
        #: the parts whose imported content (HTML, text, another .docx) is now paragraphs of the document
        self.imported_chunks: list[str] = imported.converted
        self.removed_parts += imported.removed_parts
        self._import_review = imported.review
        if not keep_comments:
            self.removed_parts += policies.remove_comments(self._package)
        #: what publication mode changed (None when the draft is read as it is)
        self.publication: PublicationReport | None = None
        self._publication_settings = publication
        if publication is not None:
            self.publication = prepare_for_publication(self._package, publication)
            self.removed_parts += self.publication.removed_parts
        #: media and embedded files renamed by policy: (old name, new name)
        self.renamed_parts: list[tuple[str, str]] = policies.neutral_file_names(self._package)
        #: pictures whose metadata (EXIF, XMP, comments, PNG text) was removed by policy (by their neutral names)
        self.cleaned_images: list[str] = policies.remove_image_metadata(self._package)
        #: embedded files removed by policy (after renaming: the audit names them by their neutral names)
        self.removed_embedded: list[ManualReviewItem] = policies.remove_embedded_files(self._package)
        self.removed_parts += [item.location for item in self.removed_embedded]
        # the styles' ids and names as opened: an id made from a name apply changes is made again (``style_ids``)
        self._opened_styles = style_ids.remember(self._package)
        self._found: list[Found] | None = None
        self._segments: list[Segment] = []
        self._parts: dict[str, PartRead] | None = None   # the last read, part by part
        #: the parts edited since the last read (the next read reads only what they can change); None: all of them
        self._changed: set[str] | None = None
        #: what was done to the text since opening, in order: ("apply", edits, the locations of the segments the
        #: edits index) and ("remove_images", [], []); a review copy replays it on a fresh copy of the draft
        #: (see :mod:`.review_copy`)
        self.history: list[tuple[str, list[Edit], list[str]]] = []

    @property
    def main_part(self) -> str:
        return self._package.main_part

    @property
    def segments(self) -> list[Segment]:
        self._read()
        return self._segments

    def _read(self) -> list[Found]:
        if self._found is None:
            self._parts = read_parts(self._package, self._parts if self._changed is not None else None,
                                     self._changed or ())
            self._changed = set()
            self._found = [found for read in self._parts.values() for found in read.found]
            self._segments = [segment for segment, _ in self._found]
        return self._found

    def forget_reading(self) -> None:
        """The package was changed outside :meth:`apply`: the next read reads every part again."""
        self._found = None
        self._changed = None

    def apply(self, edits: list[Edit]) -> None:
        found = self._read()
        by_segment: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        for edit in edits:
            segment, _ = found[edit.segment]
            if not 0 <= edit.start <= edit.end <= len(segment.text):
                raise ValueError(f"edit {edit} is outside segment {segment.location}")
            by_segment[edit.segment].append((edit.start, edit.end, edit.replacement))
        for index, segment_edits in by_segment.items():
            _check_no_overlap(found[index][0], segment_edits)
            target = found[index][1]
            target.apply(segment_edits)
            self._package.mark_dirty(target.part)
            if self._changed is not None:
                self._changed.add(target.part)
        self._found = None
        self.history.append(("apply", list(edits), [segment.location for segment, _ in found]))

    def save(self, path: Path) -> None:
        self._finish()
        self._package.save(Path(path))

    def to_bytes(self) -> bytes:
        """The package as it would be saved."""
        self._finish()
        return self._package.to_bytes()

    def _finish(self) -> None:
        if style_ids.follow_renamed_styles(self._package, self._opened_styles):
            self._changed = None
        if self._publication_settings is not None:
            if write_given_properties(self._package, self._publication_settings):
                # changed outside apply: the read after the next edits reads every part (the segments as read
                # stay until then, as they always did)
                self._changed = None

    def manual_review(self) -> list[ManualReviewItem]:
        return self._import_review + self.removed_embedded + policies.manual_review(self._package)

    def place_of_part(self, name: str):
        """Where a picture or embedded object is shown, in words (redact.documents.places), or None."""
        from .places import where_used

        return where_used(self._package, name, self.segments)

    def part_words(self) -> dict[str, str]:
        """Each part that holds a segment, in the words its places use ("header of section 2", "footnotes")."""
        from .places import DocxPlaces

        places = DocxPlaces(self._package)
        return {part: places.part_words(part) for part in dict.fromkeys(
            segment.location.split("#", 1)[0] for segment in self.segments)}

    def remove_images(self) -> list[ManualReviewItem]:
        removed = policies.remove_images(self._package)
        self.forget_reading()   # parts and relationships removed
        self.history.append(("remove_images", [], []))
        return removed


def _check_no_overlap(segment: Segment, edits: list[tuple[int, int, str]]) -> None:
    ordered = sorted(edits)
    for (_, end, _), (start, _, _) in zip(ordered, ordered[1:]):
        if start < end:
            raise ValueError(f"overlapping edits in segment {segment.location}")
