"""``verify --publication``: is a .docx fit to publish as it is (no revision, comment or hidden text left)?

These are findings of their own kind, not leaks: the text may hold no listed value at all, but a tracked
deletion is shown struck through by Word and LibreOffice, a comment in the margin, hidden text with one
click; a published report carries none of them. Like the rest of verify this reads the saved package
from scratch with lxml and shares nothing with the Word adapter that wrote it. It never prints the text
it finds (a deleted sentence may name somebody): only where, what and how many.
"""
from __future__ import annotations

import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..errors import InputError, LeakError
from ..zipsafe import check_central_directory, parse_xml

W_NAMESPACES = frozenset({"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                          "http://purl.oclc.org/ooxml/wordprocessingml/main"})
REVISIONS = {
    "ins": "tracked insertion", "del": "tracked deletion", "moveFrom": "tracked move (old place)",
    "moveTo": "tracked move (new place)", "delText": "deleted text", "delInstrText": "deleted field code",
    "moveFromRangeStart": "move marker", "moveToRangeStart": "move marker",
    "rPrChange": "tracked formatting change", "pPrChange": "tracked paragraph formatting change",
    "sectPrChange": "tracked section change", "tblPrChange": "tracked table change",
    "trPrChange": "tracked table row change", "tcPrChange": "tracked table cell change",
    "tblGridChange": "tracked table grid change", "tblPrExChange": "tracked table change",
    "numberingChange": "tracked numbering change", "cellIns": "tracked cell insertion",
    "cellDel": "tracked cell deletion", "cellMerge": "tracked cell merge",
    "customXmlInsRangeStart": "tracked insertion marker", "customXmlDelRangeStart": "tracked deletion marker",
}
COMMENT_ANCHORS = {"commentRangeStart": "comment anchor", "commentReference": "comment reference"}
COMMENT_PARTS = ("comments", "commentsextended", "commentsids", "commentsextensible", "people")
FALSE_VALUES = frozenset({"0", "false", "off"})


@dataclass(frozen=True)
class PublicationFinding:
    """Something a published copy must not carry: a revision, a comment or hidden text (never its text)."""

    location: str
    kind: str          # revision, comment, hidden_text
    what: str          # "3 tracked deletion(s) (w:del), first in paragraph 12"

    def as_dict(self) -> dict:
        return {"location": self.location, "kind": self.kind, "what": self.what}


def publication_findings(path: str | Path, *, comments: bool = True,
                         parts: dict | None = None) -> list[PublicationFinding]:
    """Every revision, comment (unless ``comments`` is False) and hidden text left in a .docx. ``parts``: the
    package's XML parts as verify's reader parsed them from the same file (``docx_texts(path, parts)``), read
    instead of opening the package again."""
    if parts is not None:
        return _findings({name: root for name, root in parts.items() if name.lower().endswith(".xml")}, comments)
    path = Path(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise InputError(f"{path}: not a readable .docx ({error.__class__.__name__})") from None
    with archive:
        infos = [info for info in archive.infolist() if not info.is_dir()]
        check_central_directory(infos)        # the same limits as every other reader: nothing inflated before
        roots = {}
        for info in infos:
            if not info.filename.lower().endswith(".xml"):
                continue
            try:
                roots[info.filename] = parse_xml(f"{path}: part {info.filename}", archive.read(info))
            except etree.XMLSyntaxError:
                continue        # verify's own reading reports a broken part
    return _findings(roots, comments)


def _findings(roots: dict, comments: bool) -> list[PublicationFinding]:
    findings: list[PublicationFinding] = []
    hidden_styles = _hidden_styles(roots)
    for name, root in roots.items():
        if comments and _is_comment_part(name):
            findings.append(PublicationFinding(name, "comment", "comment part (reviewers' notes)"))
            continue
        findings += _part_findings(name, root, hidden_styles, comments)
    return findings


def refuse_unpublishable(path: str | Path, *, comments: bool = True, parts: dict | None = None) -> None:
    """Raise LeakError (exit 1, nothing written) when an output meant for publication is not fit for it.
    Only a Word package can hold revisions: a text output (or its temporary name) is not looked at. ``parts``:
    as ``publication_findings``."""
    with open(path, "rb") as handle:
        if handle.read(4) != b"PK\x03\x04":
            return
    findings = publication_findings(path, comments=comments, parts=parts)
    if findings:
        first = findings[0]
        raise LeakError(
            f"the output still holds {len(findings)} revision(s), comment(s) or hidden text a published copy must "
            f"not carry, first at {first.location} ({first.what}); nothing was written (report this: "
            f"apply removes them; keep_revisions=True keeps a working copy)",
            leaks=[{**finding.as_dict(), "value": finding.what, "context": "",
                    "advice": "accept or reject the change in Word, then run apply again"} for finding in findings])


def _is_comment_part(name: str) -> bool:
    base = name.rsplit("/", 1)[-1].lower().removesuffix(".xml")
    return name.lower().startswith("word/") and base in COMMENT_PARTS


def _local(tag) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _is_w(element, *names: str) -> bool:
    return isinstance(element.tag, str) and element.tag[1:].partition("}")[0] in W_NAMESPACES \
        and _local(element.tag) in names


def _w_value(element, name: str = "val") -> str | None:
    for attribute, value in element.attrib.items():
        if _local(attribute) == name:
            return value
    return None


def _hides(rpr) -> bool | None:
    for child in rpr:
        if _is_w(child, "vanish", "specVanish"):
            return (_w_value(child) or "true").lower() not in FALSE_VALUES
    return None


def _hidden_styles(roots: dict) -> dict[str, bool]:
    """Style id -> whether its run properties (or its basedOn chain's) hide text; styles that say nothing left out."""
    styles = next((root for name, root in roots.items() if name.lower().endswith("word/styles.xml")), None)
    if styles is None:
        return {}
    says: dict[str, bool | None] = {}
    parent: dict[str, str] = {}
    for style in styles:
        if not _is_w(style, "style"):
            continue
        style_id = _w_value(style, "styleId") or ""
        says[style_id] = next((_hides(child) for child in style if _is_w(child, "rPr")), None)
        parent[style_id] = next((_w_value(child) or "" for child in style if _is_w(child, "basedOn")), "")
    decided: dict[str, bool] = {}
    for style_id in says:
        current, seen = style_id, set()
        while current in says and current not in seen and says[current] is None:
            seen.add(current)
            current = parent.get(current, "")
        inherited = says.get(current)
        if inherited is not None:
            decided[style_id] = inherited
    return decided


def _run_hidden(run, hidden_styles: dict[str, bool], any_style_hides: bool = True) -> bool:
    rpr = next((child for child in run if _is_w(child, "rPr")), None)
    if rpr is not None:
        direct = _hides(rpr)
        if direct is not None:
            return direct
        if not any_style_hides:
            return False
        style = next((child for child in rpr if _is_w(child, "rStyle")), None)
        if style is not None and (_w_value(style) or "") in hidden_styles:
            return hidden_styles[_w_value(style) or ""]
    if not any_style_hides:
        return False     # no style hides text: only the run's own properties can
    paragraph = next((a for a in run.iterancestors() if _is_w(a, "p")), None)
    ppr = next((child for child in paragraph if _is_w(child, "pPr")), None) if paragraph is not None else None
    style = next((child for child in ppr if _is_w(child, "pStyle")), None) if ppr is not None else None
    return style is not None and hidden_styles.get(_w_value(style) or "", False)


def _w_tags(*locals_: str) -> list[str]:
    return [f"{{{uri}}}{local}" for uri in sorted(W_NAMESPACES) for local in locals_]


# Found by lxml's tag search, in document order, as a walk over every element asking each would find them
_PARAGRAPH_TAGS = _w_tags("p")
_TEXT_TAGS = frozenset(_w_tags("t"))
_FLAGGED_TAGS = _w_tags(*REVISIONS, "r")
_FLAGGED_TAGS_WITH_COMMENTS = _w_tags(*REVISIONS, *COMMENT_ANCHORS, "r")


def _part_findings(name: str, root, hidden_styles: dict[str, bool], comments: bool) -> list[PublicationFinding]:
    paragraphs: dict = {}    # numbered on the first finding: a published part has none
    counts: Counter = Counter()
    first: dict[tuple[str, str], str] = {}
    any_style_hides = any(hidden_styles.values())

    def note(kind: str, what: str, element) -> None:
        counts[(kind, what)] += 1
        if (kind, what) not in first:
            if not paragraphs:
                paragraphs.update((paragraph, number)
                                  for number, paragraph in enumerate(root.iter(*_PARAGRAPH_TAGS), start=1))
            paragraph = element if element in paragraphs else \
                next((a for a in element.iterancestors() if a in paragraphs), None)
            first[(kind, what)] = f"{name} paragraph {paragraphs[paragraph]}" if paragraph is not None else name

    for element in root.iter(*(_FLAGGED_TAGS_WITH_COMMENTS if comments else _FLAGGED_TAGS)):
        local = _local(element.tag)
        if local in REVISIONS:
            note("revision", f"{REVISIONS[local]} (w:{local})", element)
        elif local in COMMENT_ANCHORS:
            note("comment", f"{COMMENT_ANCHORS[local]} (w:{local})", element)
        elif any(child.tag in _TEXT_TAGS and child.text for child in element) \
                and _run_hidden(element, hidden_styles, any_style_hides):
            note("hidden_text", "hidden text (w:vanish)", element)
    return [PublicationFinding(first[key], key[0], f"{count} × {key[1]}" if count > 1 else key[1])
            for key, count in counts.items()]
