"""Locations outside paragraphs (``w:body/w:tbl[2]/w:tblPr``) are written out only when an element gives a
segment (``segmenter._Path``): checked against the rule computed eagerly for every element, on random trees with
repeated siblings, namespaces, landmarks, custom properties, comments, tails and paragraphs, and on a Word part."""
from __future__ import annotations

import random
from collections import Counter

import pytest
from lxml import etree

from redact.documents.docx import namespaces as ns
from redact.documents.docx.oxml import is_paragraph
from redact.documents.docx.segmenter import PartWalker
from redact.documents.docx.targets import AttributeTarget, ElementTextTarget, TailTarget

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
LANDMARKS = {"comment", "footnote", "endnote", "docVar", "person", "property"}


def eager_paths(root) -> dict:
    """Every element outside a paragraph with its path, by the rule as written before paths became lazy."""
    paths: dict = {}
    landmarks: Counter = Counter()

    def visit(element, location: str) -> None:
        paths[element] = location
        if is_paragraph(element):
            return
        children = [child for child in element if isinstance(child.tag, str)]
        counts = Counter(child.tag for child in children)
        seen: Counter = Counter()
        for child in children:
            seen[child.tag] += 1
            local = ns.local_name(child)
            if local in LANDMARKS:
                landmarks[local] += 1
                step = f"property[{child.get('name')}]" if local == "property" and child.get("name") \
                    else f"{local}[{landmarks[local]}]"
                visit(child, step)
                continue
            if ns.local_name(element) == "property" and counts[child.tag] == 1:
                visit(child, location)
                continue
            step = ns.element_name(child) + (f"[{seen[child.tag]}]" if counts[child.tag] > 1 else "")
            visit(child, step if element is root else f"{location}/{step}")

    visit(root, ns.element_name(root))
    return paths


def random_tree(rng: random.Random) -> str:
    names = ["item", "row", "x:cell", "x:cell", "note", "property", "comment", "footnote", "docVar", "vt:lpwstr",
             "w:p", "w:tbl", "w:tr", "data"]

    def element(depth: int) -> str:
        name = rng.choice(names)
        attributes = "".join(f' a{i}="{rng.choice(["Amara Okafor", "Nguyen Van An", "left", "12"])}"'
                             for i in range(rng.randint(0, 2)))
        if name == "property" and rng.random() < 0.5:
            attributes += f' name="Prop{rng.randint(1, 3)}"'
        if name == "w:p":
            return f'<w:p{attributes}><w:r><w:t>Zbigniew Łukasz</w:t></w:r></w:p>{rng.choice(["", " tail Kowalski"])}'
        inner = "".join(element(depth + 1) for _ in range(rng.randint(0, 4 if depth < 4 else 0)))
        if rng.random() < 0.1:
            inner += "<!-- a note -->"
        text = rng.choice(["", "", "Siobhan Ní Bhriain", "Mehmet Yılmaz"])
        tail = rng.choice(["", "", " then Fatima Hassan"])
        return f"<{name}{attributes}>{text}{inner}</{name}>{tail}"

    return (f'<root xmlns:x="urn:example:x" xmlns:vt="urn:example:vt" xmlns:w="{W}">'
            + "".join(element(0) for _ in range(rng.randint(1, 6))) + "</root>")


def check_part(part: str, root) -> int:
    paths = eager_paths(root)
    checked = 0
    for segment, target in PartWalker(part, root).walk():
        element = getattr(target, "element", None)
        if element is None or element not in paths or any(is_paragraph(a) for a in element.iterancestors()):
            continue      # a paragraph's own texts are named by the paragraph, not by a path
        if isinstance(target, TailTarget):
            expected = f"{part}#{paths[element]}/tail()"
        elif isinstance(target, AttributeTarget):
            if is_paragraph(element):
                continue
            expected = f"{part}#{paths[element]}@{ns.prefixed(element, target.attribute)}"
        elif isinstance(target, ElementTextTarget) and not is_paragraph(element):
            expected = f"{part}#{paths[element]}"
        else:
            continue
        assert segment.location == expected
        checked += 1
    return checked


@pytest.mark.parametrize("seed", range(40))
def test_paths_of_random_trees_follow_the_rule(seed):
    rng = random.Random(seed)
    checked = sum(check_part("customXml/item1.xml", etree.fromstring(random_tree(rng))) for _ in range(5))
    assert checked > 0


def test_paths_in_a_word_part():
    xml = (f'<w:document xmlns:w="{W}"><w:body>'
           '<w:tbl><w:tblPr><w:tblCaption w:val="Visits by Chidi Eze"/></w:tblPr>'
           '<w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc></w:tr>'
           '<w:tr><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
           '<w:tbl><w:tblPr><w:tblCaption w:val="Calls from Wei Zhang"/></w:tblPr></w:tbl>'
           '<w:sectPr><w:docVar w:name="Victim" w:val="Oksana Kovalenko"/></w:sectPr></w:body></w:document>')
    root = etree.fromstring(xml)
    locations = {segment.location for segment, _ in PartWalker("word/document.xml", root).walk()}
    assert "word/document.xml#w:body/w:tbl[1]/w:tblPr/w:tblCaption@w:val" in locations
    assert "word/document.xml#w:body/w:tbl[2]/w:tblPr/w:tblCaption@w:val" in locations
    assert "word/document.xml#docVar[1]@w:val" in locations
    assert check_part("word/document.xml", root) == 4    # two captions, the variable's name and value


def eager_names_in_paragraphs(root) -> dict:
    """Every element inside a paragraph with its name (``p3/w:r[2]``), by the rule as written before names became
    lazy: counted by written name among the elements of its paragraph met before it, a nested paragraph in its own."""
    names: dict = {}
    paragraphs = [element for element in root.iter() if is_paragraph(element)]

    def visit(element, paragraph_name: str, counts: Counter) -> None:
        for child in element:
            if not isinstance(child.tag, str):
                continue
            step = ns.element_name(child)
            counts[step] += 1
            names[child] = f"{paragraph_name}/{step}[{counts[step]}]"
            if not is_paragraph(child):
                visit(child, paragraph_name, counts)

    for number, paragraph in enumerate(paragraphs, start=1):
        visit(paragraph, f"p{number}", Counter())
    return names


def random_paragraphs(rng: random.Random) -> str:
    def inline(depth: int) -> str:
        choice = rng.choice(["run", "run", "drawing", "field", "box", "other"] if depth < 2 else ["run", "drawing"])
        if choice == "run":
            return "<w:r><w:t>Ayesha Siddiqui</w:t></w:r>"
        if choice == "drawing":
            return (f'<w:r><w:drawing><wp:docPr id="{rng.randint(1, 9)}" name="Picture" '
                    f'descr="Photo of Chen Wei"/></w:drawing></w:r>')
        if choice == "field":
            return '<w:fldSimple w:instr=" AUTHOR Kateryna Shevchenko "><w:r><w:t>x</w:t></w:r></w:fldSimple>'
        if choice == "box":
            return f"<w:r><w:txbxContent>{paragraph(depth + 1)}</w:txbxContent></w:r>"
        return '<x:note xmlns:x="urn:example:x" label="Diego Alvarez">Obinna Eze</x:note>'

    def paragraph(depth: int) -> str:
        return "<w:p>" + "".join(inline(depth) for _ in range(rng.randint(1, 5))) + "</w:p>"

    wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    return (f'<w:document xmlns:w="{W}" xmlns:wp="{wp}"><w:body>'
            + "".join(paragraph(0) for _ in range(rng.randint(1, 6))) + "</w:body></w:document>")


@pytest.mark.parametrize("seed", range(20))
def test_names_inside_paragraphs_follow_the_rule(seed):
    rng = random.Random(seed)
    checked = 0
    for _ in range(5):
        root = etree.fromstring(random_paragraphs(rng))
        names = eager_names_in_paragraphs(root)
        for segment, target in PartWalker("word/document.xml", root).walk():
            element = getattr(target, "element", None)
            if element is None or element not in names:
                continue
            if isinstance(target, AttributeTarget):
                expected = f"word/document.xml#{names[element]}@{ns.prefixed(element, target.attribute)}"
            elif isinstance(target, ElementTextTarget):
                expected = f"word/document.xml#{names[element]}"
            elif isinstance(target, TailTarget):
                expected = f"word/document.xml#{names[element]}/tail()"
            else:
                continue
            assert segment.location == expected
            checked += 1
    assert checked > 0
