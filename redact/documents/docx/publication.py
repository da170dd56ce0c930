"""Publication mode: the copy a Community Safety Partnership can publish as it is.

A draft carries the history of its writing: tracked insertions and deletions (a deleted sentence is
still in the file, and shows struck through with a change bar), moves, formatting changes, hidden
text, the names of the people who wrote and edited it, and ids that tie the file to other copies of
it. None of that belongs in a published report, and an author who cleans it up by hand in Word is
how leaks were made before this tool. So, unless revisions are kept on request:

- **Revisions are resolved as "accept all"**: insertions (``w:ins``) and moves' new places
  (``w:moveTo``) are unwrapped, deletions (``w:del`` with their runs, ``w:delText``) and moves' old
  places (``w:moveFrom``) dropped, move and custom-XML range markers removed, formatting changes
  (``w:rPrChange``, ``w:pPrChange``, ``w:sectPrChange``, ``w:tblPrChange``, ...) dropped so the
  current formatting stays. A deleted paragraph mark joins its paragraph to the next one (an
  entirely deleted paragraph disappears), a deleted table row or cell goes. Every part is done:
  body, headers, footers, notes, comments when kept, glossary, text boxes (both copies), styles.
- **Hidden text is removed**: runs hidden by ``w:vanish`` or ``w:specVanish``, directly or through
  their character or paragraph style. A hidden paragraph mark alone (Word's style separator) holds
  no text and stays.
- **Properties are neutral**: author and last modified by, company, manager, template, keywords,
  description, category, status get the value the rules give (``publication:``) or nothing; the
  custom properties part, the attached template's path and printer settings are removed; the
  revision count is 1. The title (and subject) stay, redacted like any text, unless the rules give
  a title.
- **Tracking ids go**, as mat2 does: every ``rsid`` attribute and element (``w:rsids`` in the
  settings), list ids (``w:nsid``), document ids (``w14:docId``, ``w15:docId``) and the setting that
  makes Word track changes in the published copy.

mat2 (a metadata removal tool) was read for ideas; it needs system libraries and rewrites whole
parts, while this adapter already holds every part as a tree, so the work is done here with lxml.
``redact verify --publication`` checks the result independently (``redact.verify.publication``).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from lxml import etree

from . import namespaces as ns
from .oxml import remove_element
from .package import DocxPackage, is_external, rels_part_for

# Content-level revisions: what they hold is kept (accepted) or dropped.
_UNWRAPPED = frozenset({"ins", "moveTo"})
_DROPPED = frozenset({"del", "moveFrom"})
_RANGE_MARKERS = frozenset({
    "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd",
    "customXmlInsRangeStart", "customXmlInsRangeEnd", "customXmlDelRangeStart", "customXmlDelRangeEnd",
    "customXmlMoveFromRangeStart", "customXmlMoveFromRangeEnd", "customXmlMoveToRangeStart",
    "customXmlMoveToRangeEnd",
})
# Formatting changes hold the *old* formatting: dropping them accepts the current one.
_PROPERTY_CHANGES = frozenset({
    "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange", "tblGridChange",
    "tblPrExChange", "numberingChange",
})
# Inside these, w:ins/w:del/w:moveFrom/w:moveTo are marks on the paragraph mark, the row or a maths
# control character, not containers of text.
_MARK_HOLDERS = frozenset({"rPr", "trPr", "ctrlPr"})
_HIDING = frozenset({"vanish", "specVanish"})
_FALSE = frozenset({"0", "false", "off"})
_TRACKING_ELEMENTS = frozenset({"rsids", "rsidRoot", "rsid", "nsid"})
_DOCUMENT_IDS = frozenset({"docId"})

_CORE_PERSON = ("creator", "lastModifiedBy")
_CORE_EMPTIED = ("keywords", "description", "category", "contentStatus")
_APP_EMPTIED = ("Manager", "Template", "HyperlinkBase")


@dataclass
class PublicationSettings:
    """What a published copy's properties say (from the rules' ``publication:``; empty when not given)."""

    author: str = ""
    company: str = ""
    title: str | None = None


@dataclass
class PublicationReport:
    """What publication mode changed in one package (counts; never the texts)."""

    revisions: Counter = field(default_factory=Counter)
    hidden_runs: int = 0
    properties: list[str] = field(default_factory=list)
    removed_parts: list[str] = field(default_factory=list)
    tracking_ids: int = 0

    @property
    def revision_count(self) -> int:
        return sum(self.revisions.values())

    def as_dict(self) -> dict:
        """For the audit log and ``apply --json``: counts and part names, never a text."""
        return {"revisions_accepted": self.revision_count, "revisions_by_element": dict(sorted(self.revisions.items())),
                "hidden_runs_removed": self.hidden_runs, "properties_neutralised": len(self.properties),
                "parts_removed": list(self.removed_parts), "tracking_ids_removed": self.tracking_ids}


def prepare_for_publication(package: DocxPackage, settings: PublicationSettings) -> PublicationReport:
    """Resolve revisions, drop hidden text, neutralise properties and tracking ids in every part."""
    report = PublicationReport()
    hidden_styles = _hidden_styles(package)
    for part in package.xml_parts():
        root = package.xml(part)
        changed = accept_revisions(root, report.revisions)
        removed = remove_hidden_runs(root, hidden_styles)
        report.hidden_runs += removed
        tracking = remove_tracking_ids(root)
        report.tracking_ids += tracking
        if changed or removed or tracking:
            package.mark_dirty(part)
    # Emptied now, so detection never sees the draft's values; the rules' own values go in when the copy is
    # written (:func:`write_given_properties`): detection must not take a partnership's name for a place.
    report.properties = neutral_properties(package, PublicationSettings())
    report.removed_parts = _remove_working_parts(package)
    return report


def write_given_properties(package: DocxPackage, settings: PublicationSettings) -> list[str]:
    """Put the values the rules give into the (already neutral) properties, just before the copy is written;
    verify still reads them afterwards like any text. Returns what changed (as :func:`neutral_properties`)."""
    if settings.author or settings.company or settings.title is not None:
        return neutral_properties(package, settings)
    return []


# ---------------------------------------------------------------------- revisions
def accept_revisions(root, counts: Counter | None = None) -> bool:
    """Accept every tracked change under ``root``; True if anything changed."""
    counts = counts if counts is not None else Counter()
    before = sum(counts.values())
    # only these can be acted on: found by lxml's tag search, in document order, not asked of every element
    elements = list(root.iter(*_REVISION_TAGS))
    joined_paragraphs = []
    setting_removed = False
    for element in elements:
        local = ns.local_name(element)
        parent = element.getparent()
        # until something is removed every element is still in the tree (most drafts have few revisions, and
        # asking costs a climb to the root per element)
        if parent is None or (setting_removed or sum(counts.values()) > before) and not _attached(element, root):
            continue
        holder = ns.local_name(parent) if ns.split(parent.tag)[0] in ns.W or ns.split(parent.tag)[0] in ns.M else ""
        if local in _UNWRAPPED | _DROPPED and holder in _MARK_HOLDERS:
            counts[local] += 1
            if local in _DROPPED and holder == "rPr" and _is_paragraph_mark(parent):
                joined_paragraphs.append(parent.getparent().getparent())
            elif local in _DROPPED and holder == "trPr":
                remove_element(parent.getparent())          # a deleted row goes with its cells
                continue
            remove_element(element)
        elif local in _DROPPED:
            counts[local] += 1
            remove_element(element)
        elif local in _UNWRAPPED:
            counts[local] += 1
            _unwrap(element)
        elif local in _RANGE_MARKERS or local in _PROPERTY_CHANGES or local in ("cellIns", "cellMerge"):
            counts[local] += 1
            remove_element(element)
        elif local == "cellDel":
            counts[local] += 1
            cell = next((a for a in element.iterancestors() if ns.is_w(a, "tc")), None)
            remove_element(cell if cell is not None else element)
        elif local in ("delText", "delInstrText"):
            # deleted text outside any w:del (a hand-made or damaged file) is deleted text all the same
            counts[local] += 1
            remove_element(element)
        elif local == "trackRevisions" and ns.is_w(parent, "settings"):
            remove_element(element)          # a setting, not a revision: Word would track edits to the copy
            setting_removed = True
    for paragraph in joined_paragraphs:
        _join_with_next(paragraph, root)
    _drop_empty_tables(root)
    return setting_removed or sum(counts.values()) > before


_REVISION_TAGS = ns.w_tags(*sorted(_UNWRAPPED | _DROPPED | _RANGE_MARKERS | _PROPERTY_CHANGES | {
    "cellIns", "cellMerge", "cellDel", "delText", "delInstrText", "trackRevisions"}))


def _attached(element, root) -> bool:
    return any(ancestor is root for ancestor in element.iterancestors()) or element is root


def _is_paragraph_mark(rpr) -> bool:
    ppr = rpr.getparent()
    return ppr is not None and ns.is_w(ppr, "pPr") and ppr.getparent() is not None and ns.is_w(ppr.getparent(), "p")


def _unwrap(element) -> None:
    """Put ``element``'s children in its place."""
    parent = element.getparent()
    position = parent.index(element)
    children = list(element)
    for offset, child in enumerate(children):
        parent.insert(position + offset, child)
    remove_element(element)


def _join_with_next(paragraph, root) -> None:
    """Accept the deletion of ``paragraph``'s mark: its content opens the next paragraph (whose mark stays)."""
    if not _attached(paragraph, root):
        return
    following = paragraph.getnext()
    while following is not None and not ns.is_element(following):
        following = following.getnext()
    properties = paragraph.find(f"{{{ns.split(paragraph.tag)[0]}}}pPr")
    holds_section = properties is not None and any(ns.is_w(e, "sectPr") for e in properties)
    if following is None or not ns.is_w(following, "p") or holds_section:
        return        # nothing to join (a table or the end of the container follows): the mark stays
    content = [child for child in paragraph if not ns.is_w(child, "pPr")]
    anchor = following.find(f"{{{ns.split(following.tag)[0]}}}pPr")
    position = following.index(anchor) + 1 if anchor is not None else 0
    for offset, child in enumerate(content):
        following.insert(position + offset, child)
    remove_element(paragraph)


def _drop_empty_tables(root) -> None:
    for table in list(root.iter(*ns.w_tags("tbl"))):
        if not any(ns.is_w(child, "tr") for child in table) and _attached(table, root):
            remove_element(table)


# ---------------------------------------------------------------------- hidden text
def _hidden_styles(package: DocxPackage) -> dict[str, bool]:
    """For each style whose run properties (or those of the styles it is based on) say whether text is hidden,
    what they say; a style that says nothing is left out, so the next level decides."""
    styles_part = next((name for name in package.xml_parts() if name.lower().endswith("/styles.xml")), None)
    if styles_part is None:
        return {}
    own: dict[str, bool | None] = {}
    based_on: dict[str, str] = {}
    for style in package.xml(styles_part):
        if not ns.is_w(style, "style"):
            continue
        style_id = _w_attribute(style, "styleId") or ""
        own[style_id] = None
        for child in style:
            if ns.is_w(child, "basedOn"):
                based_on[style_id] = _w_attribute(child, "val") or ""
            elif ns.is_w(child, "rPr"):
                own[style_id] = _hiding_value(child)
    decided: dict[str, bool] = {}
    for style_id in own:
        seen, current = set(), style_id
        while current in own and current not in seen:
            seen.add(current)
            stated = own[current]
            if stated is not None:
                decided[style_id] = stated
                break
            current = based_on.get(current, "")
    return decided


def _w_attribute(element, name: str) -> str | None:
    for attribute, value in element.attrib.items():
        attribute_ns, local = ns.split(attribute)
        if local == name and (attribute_ns in ns.W or not attribute_ns):
            return value
    return None


def _hiding_value(rpr) -> bool | None:
    """True/False when these run properties say whether text is hidden, None when they say nothing."""
    for child in rpr:
        if ns.is_w(child, *_HIDING):
            return (_w_attribute(child, "val") or "true").lower() not in _FALSE
    return None


_RUN_TAGS = ns.w_tags("r")


def _own_hiding(run) -> bool | None:
    """What the run's own properties say about hiding it (None: nothing)."""
    properties = next((child for child in run if ns.is_w(child, "rPr")), None)
    return _hiding_value(properties) if properties is not None else None


def run_is_hidden(run, hidden_styles: dict[str, bool]) -> bool:
    """Whether Word hides ``run``: its own properties, else its character style, else its paragraph's style
    (each level decides only when it says something)."""
    properties = next((child for child in run if ns.is_w(child, "rPr")), None)
    if properties is not None:
        direct = _hiding_value(properties)
        if direct is not None:
            return direct
        style = next((child for child in properties if ns.is_w(child, "rStyle")), None)
        if style is not None and (_w_attribute(style, "val") or "") in hidden_styles:
            return hidden_styles[_w_attribute(style, "val") or ""]
    paragraph = next((a for a in run.iterancestors() if ns.is_w(a, "p")), None)
    if paragraph is not None:
        ppr = next((child for child in paragraph if ns.is_w(child, "pPr")), None)
        style = next((child for child in ppr if ns.is_w(child, "pStyle")), None) if ppr is not None else None
        if style is not None:
            return hidden_styles.get(_w_attribute(style, "val") or "", False)
    return False


def remove_hidden_runs(root, hidden_styles: dict[str, bool] | None = None) -> int:
    """Remove the runs Word does not show; returns how many. A hidden run that holds a field character keeps
    it (removing it would unbalance the field) and loses its text."""
    removed = 0
    hidden_styles = hidden_styles or {}
    any_style_hides = any(hidden_styles.values())
    for run in list(root.iter(*_RUN_TAGS)):
        # a run is still in the tree until one is removed (a hidden run may hold a text box with runs)
        if removed and not _attached(run, root):
            continue
        if not (run_is_hidden(run, hidden_styles) if any_style_hides else _own_hiding(run) is True):
            continue    # no style hides text: only the run's own properties can
        if any(ns.is_w(child, "fldChar") for child in run):
            for child in [c for c in run if ns.is_w(c, "t", "delText", "instrText", "delInstrText", "tab", "br")]:
                remove_element(child)
        else:
            remove_element(run)
        removed += 1
    return removed


# ---------------------------------------------------------------------- tracking ids
def remove_tracking_ids(root) -> int:
    """Remove revision-save ids (attributes and elements), list ids and document ids; returns how many."""
    removed = 0
    # Only the elements that are or carry a tracking id, found by XPath in document order: a walk asking every
    # element (tens of thousands) did the same work in Python
    for element in _TRACKING(root, w1=_W_URIS[0], w2=_W_URIS[1]):
        namespace, local = ns.split(element.tag)
        if (namespace in ns.W and local in _TRACKING_ELEMENTS) or (
                local in _DOCUMENT_IDS and "wordml" in namespace):
            if _attached(element, root) and element is not root:
                remove_element(element)
                removed += 1
            continue
        for attribute in [a for a in element.attrib if ns.split(a)[0] in ns.W and ns.split(a)[1].startswith("rsid")]:
            del element.attrib[attribute]
            removed += 1
    return removed


def _any_local_name(names) -> str:
    return " or ".join(f"local-name() = '{name}'" for name in sorted(names))


_W_URIS = sorted(ns.W)
_IN_W = "(namespace-uri() = $w1 or namespace-uri() = $w2)"
# The cheap test first in each "and" (libxml2 stops at the first false): most elements and attributes are in the
# w namespace, few have these names, so testing the name first halved the search (case1: 49 -> 28 ms)
_TRACKING = etree.XPath(
    f"descendant-or-self::*[(({_any_local_name(_TRACKING_ELEMENTS)}) and {_IN_W})"
    f" or (({_any_local_name(_DOCUMENT_IDS)}) and contains(namespace-uri(), 'wordml'))"
    f" or @*[starts-with(local-name(), 'rsid') and {_IN_W}]]")


# ---------------------------------------------------------------------- properties
def neutral_properties(package: DocxPackage, settings: PublicationSettings) -> list[str]:
    """Set the package properties a published copy carries; returns the properties changed (names only)."""
    changed = []
    for part in package.xml_parts():
        root = package.xml(part)
        namespace = ns.split(root.tag)[0]
        part_changes = []
        if ns.local_name(root) == "coreProperties":
            values = {"creator": settings.author, "lastModifiedBy": settings.author, "revision": "1",
                      **{name: "" for name in _CORE_EMPTIED}}
            if settings.title is not None:
                values["title"] = settings.title
            part_changes += _set_values(root, values, part)
            for element in [e for e in root if ns.is_element(e) and ns.local_name(e) == "lastPrinted"]:
                remove_element(element)
                part_changes.append(f"{part}#lastPrinted")
        elif ns.local_name(root) == "Properties" and namespace in ns.EXTENDED_PROPERTIES:
            part_changes += _set_values(root, {"Company": settings.company, **{name: "" for name in _APP_EMPTIED}},
                                        part)
        elif ns.local_name(root) == "settings" and namespace in ns.W:
            part_changes += _remove_attached_template(package, part)
        if part_changes:
            package.mark_dirty(part)
            changed += part_changes
    return changed


def _set_values(root, values: dict[str, str], part: str) -> list[str]:
    changed = []
    for element in root:
        if not ns.is_element(element):
            continue
        local = ns.local_name(element)
        if local in values and (element.text or "") != values[local] and len(element) == 0:
            element.text = values[local] or None
            changed.append(f"{part}#{local}")
    return changed


def _remove_attached_template(package: DocxPackage, part: str) -> list[str]:
    """The attached template's path names the author's folders ("C:/Users/msowerby/..."): dropped."""
    root = package.xml(part)
    rels_part = package.find(rels_part_for(part))
    relationships = {r.get("Id"): r for r in package.relationships(part)}
    changed = []
    for element in [e for e in root if ns.is_w(e, "attachedTemplate")]:
        rel_id = next((value for attribute, value in element.attrib.items() if ns.split(attribute)[0] in ns.R), None)
        relationship = relationships.get(rel_id)
        if relationship is not None and is_external(relationship) and rels_part is not None:
            relationship.getparent().remove(relationship)
            package.mark_dirty(rels_part)
        remove_element(element)
        changed.append(f"{part}#attachedTemplate")
    return changed


def _remove_working_parts(package: DocxPackage) -> list[str]:
    """Custom properties (a draft's case fields) and printer settings (a printer's network name) go."""
    removed = []
    for name in list(package.names):
        lowered = name.lower()
        content_type = (package.content_type(name, explicit_only=True) or "").lower()
        if lowered == "docprops/custom.xml" or content_type.endswith("custom-properties+xml") \
                or "/printersettings/" in "/" + lowered:
            package.remove_part(name)
            removed.append(name)
    return removed
