"""Probe how listed people and places survive when a draft writes them in a form the rules do not list.

For each probe: the rules list one person (and a place), a DHR-style sentence writes the listed value in some
form; we record whether the form survives ``Redactor.redact_text`` (a leak), whether ``LeakFinder`` sees it in
the ORIGINAL sentence (a gap in the gate when not), and whether it finds anything in the leaking OUTPUT.

    PYTHONPATH=. python benchmarks/listed_form_probes.py [--class N] [--show]

Fresh names only (never the held-back seeds of benchmarks/drafts).
"""
from __future__ import annotations

import argparse
import re
import sys
import warnings
from collections import defaultdict
from dataclasses import dataclass, field

warnings.simplefilter("ignore")

from redact.normalise import fold_key  # noqa: E402
from redact.pipeline import Redactor  # noqa: E402
from redact.rules import parse_rules  # noqa: E402
from redact.verify.finder import LeakFinder  # noqa: E402


@dataclass
class Probe:
    cls: int
    label: str
    person: str | None          # listed person's name
    place: str | None           # listed place's name
    sentence: str               # with {x} where the form goes
    form: str                   # the form as written
    leak_words: list[str]       # what must not survive (folded, compared as words)
    should: bool = True         # the tool should treat the form as the listed value
    aliases: list[str] = field(default_factory=list)
    letters: bool = False       # compare letters only (letter-spaced forms)


SENT_PERSON = ["{x} told the GP she was frightened.", "On 3 March the police visited {x} at home.",
               "The IDVA rang {x} twice but there was no answer.", "Her sister said {x} had stopped going out.",
               "{x} was referred to MARAC in 2019."]
SENT_PLACE = ["The family moved to {x} in 2015.", "Her sister lives in {x}.", "{x} is a small market town.",
              "Officers from {x} attended."]


def p(cls, label, person, form, sent_i=0, should=True, leak=None, aliases=(), letters=False, sentence=None):
    sentence = sentence or SENT_PERSON[sent_i % len(SENT_PERSON)]
    return Probe(cls, label, person, None, sentence, form, leak or [form], should, list(aliases), letters)


def q(cls, label, place, form, sent_i=0, should=True, leak=None, sentence=None, letters=False):
    sentence = sentence or SENT_PLACE[sent_i % len(SENT_PLACE)]
    return Probe(cls, label, None, place, sentence, form, leak or [place], should, [], letters)


def class1():
    """Diminutives / short forms not listed as aliases. should=True: a prefix of the name or in nicknames."""
    pairs = [  # (listed name, short form, a prefix / in nicknames?)
        ("Katherine Pryce", "Kate"), ("Katherine Pryce", "Katie"), ("Katherine Pryce", "Kath"),
        ("William Hargreaves", "Bill"), ("William Hargreaves", "Will"), ("Elizabeth Crowther", "Liz"),
        ("Elizabeth Crowther", "Beth"), ("Rebecca Thornbury", "Becky"), ("Christopher Dunmore", "Chris"),
        ("Alexander Fairleigh", "Alex"), ("Margaret Ellison", "Maggie"), ("Robert Lynskey", "Bobby"),
        ("Victoria Marland", "Vicky"), ("Samantha Ogden", "Sam"), ("Nicholas Boothroyd", "Nick"),
        ("Oksana Hrytsenko", "Oksanka"), ("Oksana Hrytsenko", "Ksyusha"), ("Aleksandra Wiśniewska", "Ola"),
        ("Aleksandra Wiśniewska", "Sasha"), ("Aleksandra Wiśniewska", "Ola"), ("Małgorzata Zielińska", "Gosia"),
        ("Małgorzata Zielińska", "Małgosia"), ("Katarzyna Mazurek", "Kasia"), ("Tetiana Bondarchuk", "Tanya"),
        ("Dmitri Volkonsky", "Dima"), ("Yekaterina Sokolova", "Katya"), ("Natalia Shevchuk", "Natasha"),
        ("Wojciech Kaczmarczyk", "Wojtek"), ("Agnieszka Dudkiewicz", "Aga"), ("Tomasz Jabłoński", "Tomek"),
        ("Juana Morales", "Juanita"), ("Rosa Pereira", "Rosinha"), ("João Ferreira", "Joãozinho"),
        ("Francisco Gómez", "Paco"), ("José Rodrigues", "Zé"), ("Guadalupe Herrera", "Lupe"),
        ("Mohammed Al-Rashid", "Mo"), ("Mohammed Al-Rashid", "Hamoudi"), ("Abdirahman Warsame", "Abdi"),
        ("Abdulkadir Farah", "Abdi"), ("Khadija Osman", "Khadi"), ("Abdullah Qureshi", "Abdul"),
        ("Fatima Begum", "Fati"), ("Gurpreet Kaur Sandhu", "Preet"), ("Jaswinder Singh Dhaliwal", "Jas"),
        ("Jaswinder Singh Dhaliwal", "Jassi"), ("Manjit Kaur Bains", "Manj"), ("Sukhwinder Kaur Grewal", "Sukhi"),
        ("Seán Ó Briain", "John"), ("Pádraig Keane", "Paddy"), ("Pádraig Keane", "Patrick"),
        ("Eoghan Doherty", "Owen"), ("Máire Walsh", "Mary"), ("Siobhán Gallagher", "Shiv"),
        ("Oluwaseun Adebayo", "Seun"), ("Olufunmilayo Okafor", "Funmi"), ("Chukwuemeka Eze", "Emeka"),
        ("Adaeze Nwosu", "Ada"), ("Oluwatobiloba Adeyemi", "Tobi"), ("Mehmet Yıldız", "Memo"),
        ("Ayşegül Kaya", "Ayşe"), ("Chen Xiaoling", "Lingling"), ("Nguyen Thi Mai", "Mai"),
        ("Shanice Campbell", "Shan"), ("Donovan Clarke", "Donny"), ("Temitope Bankole", "Tope"),
    ]
    out = []
    for i, (name, short) in enumerate(pairs):
        given = name.split()[-1] if name.startswith(("Chen ", "Nguyen ")) else name.split()[0]
        from redact.suggest import is_nickname_of
        should = fold_key(given).startswith(fold_key(short)) or is_nickname_of(short, given)
        out.append(p(1, f"{given}->{short}", name, short, i, should=should))
    return out


PLACES = ["Wexham", "Thornbury", "Holmfirth", "Kettleby", "Ashcombe", "Redbridge", "Castlereagh", "Pontllan",
          "Dunmore", "Brackley"]


def _derived(form: str, place: str) -> str:
    """'Ashcombian', not 'Ashcombeian': a final e goes before a suffix that starts with a vowel."""
    stem = place
    suffix = form[3:] if form.startswith("{P}") else ""
    if suffix[:1] in ("i", "e") and stem.endswith("e"):
        stem = stem[:-1]
    return form.replace("{P}", stem, 1).replace("{PU}", place.upper()).replace("{p}", place.lower()) \
        .replace(stem + "-", place + "-").replace(stem + "'", place + "'").replace(stem + " ", place + " ")


def class2():
    forms = [  # (template of the form, sentence)
        ("{P}ite", "She described herself as a proud {x}."), ("{P}ian", "Many {x} families use the service."),
        ("{P}er", "He was a lifelong {x}."), ("{P}ers", "{x} rallied around the family."),
        ("{P}-based", "The {x} charity offered support."), ("{P}'s", "{x} domestic abuse service closed."),
        ("{PU}", "REFERRAL FROM {x} POLICE"), ("{P}-on-Sea", "The family moved to {x} in 2015."),
        ("{P} Women's Aid", "{x} supported her."), ("{P} Borough Council", "{x} housed the family."),
        ("{P}shire", "She moved to {x} as a child."), ("North {P}", "She lived in {x}."),
        ("{P} Road", "She lived on {x} for years."), ("{p}", "msg: meet me in {x} tmrw"),
        ("{P}'s", "She never liked {x} streets."), ("{P}ians", "{x} were shocked by her death."),
        ("{P}-born", "The {x} woman had two children."), ("{P}-wide", "A {x} review of refuges began."),
        ("{P}ites", "Local {x} knew the family."),
    ]
    out = []
    for i, place in enumerate(PLACES):
        for j, (form, sentence) in enumerate(forms):
            if (i + j) % 2:   # half the grid: 75 probes
                continue
            written = _derived(form, place)
            # what must not survive: the place's letters up to a dropped final e or y ("Ashcomb" of Ashcombite)
            stem = place[:-1] if place.endswith(("e", "y")) else place
            out.append(q(2, form.replace("{P}", "P").replace("{PU}", "PU").replace("{p}", "p"), place, written,
                         sentence=sentence, leak=[stem]))
    return out


SURNAMES = [("Oksana", "Kovalenko"), ("Gemma", "Brown"), ("Priya", "Chaudhry"), ("Amina", "Warsame"),
            ("Ngozi", "Okonjo"), ("Li", "Zhang"), ("Thi Hoa", "Tran"), ("Agnieszka", "Lewandowska"),
            ("Siobhan", "O'Riordan"), ("Fatma", "Öztürk"), ("Marcia", "Gayle"), ("Rukhsana", "Mirza"),
            ("Jolanta", "Kazlauskas"), ("Kwame", "Mensah"), ("Tracey", "Holmes"), ("Diane", "Green"),
            ("Kerry", "Wood"), ("Stacey", "White"), ("Mariam", "Haddad"), ("Sandeep", "Johal")]


def _plural(s):
    return s + ("es" if s.endswith(("s", "sh", "ch", "x", "z")) else "s")


def class3():
    forms = [("the {S}", "Neighbours said {x} argued loudly."), ("The {S} family", "{x} moved in 2014."),
             ("the {S}'", "She stayed at {x} house."), ("{S}", "Both {x} attended the inquest."),
             ("the {S} household", "Police visited {x} twice."), ("the {S} children", "School staff knew {x} well.")]
    out = []
    for i, (given, surname) in enumerate(SURNAMES):
        for j, (form, sentence) in enumerate(forms):
            if j == 1 or j == 4 or j == 5:
                written = form.format(S=surname)
            else:
                written = form.format(S=_plural(surname))
            if (i + j) % 3 == 2:
                continue
            out.append(p(3, form.replace("{S}", "S"), f"{given} {surname}", written, sentence=sentence,
                         leak=[surname]))
    return out


def class4():
    people = [("Oksana Melnyk", "Olena"), ("Łukasz Wróbel", "Adam"), ("Nguyễn Thị Hương", "Lan"),
              ("Seán O'Neill", "Tom"), ("Siobhán Mac Giolla", "Ruth"), ("Zoë Harper-Lyle", "Jane"),
              ("Aaliyah Abdul-Karim", "Sara"), ("Çağla Şahin", "Deniz"), ("Bartłomiej Żak", "Piotr"),
              ("Renée Dubois-Martin", "Anne"), ("Kofi Asante-Darko", "Yaw"), ("Mary-Jane Pollitt", "Kim")]
    out = []
    for name, _ in people:
        words = name.split()
        given, surname = words[0], words[-1]
        plain_given = fold_key(given).capitalize()
        forms = [
            (given.lower(), "msg: {x} where r u", [given]),
            (f"{given.lower()} {surname.lower()}", "text from him: {x} ur dead", [given, surname]),
            (" ".join(name.upper()), "{x}", [name]),
            (name.upper(), "CHRONOLOGY: {x}", [name]),
            (f"{given} {surname.replace('-', ' ')}", SENT_PERSON[1], [surname.split('-')[0]]),
            (f"{given} {surname.replace('-', '')}", SENT_PERSON[2], [surname]),
            (f"{plain_given} {fold_key(surname).title()}", SENT_PERSON[0], [surname]),
            (f"{surname.replace(chr(39), '')}", SENT_PERSON[3], [surname.replace("'", "")]),
            (f"{surname.replace(chr(39), ' ')}", SENT_PERSON[4], [surname.replace("'", " ")]),
            (f"{surname.replace(chr(39), chr(8217))}", SENT_PERSON[1], [surname.replace("'", "’")]),
        ]
        seen = set()
        for form, sentence, leak in forms:
            if form in seen:
                continue
            seen.add(form)
            label = sentence.split(":")[0][:14] if ":" in sentence else "form"
            letters = " " in form and form == " ".join(name.upper())
            out.append(p(4, label, name, form, sentence=sentence, leak=leak, letters=letters))
    # Unicode small capitals (a styled post pasted in) and a space typed after an elided prefix's apostrophe
    import unicodedata

    def small(text):
        return "".join(unicodedata.lookup(f"LATIN LETTER SMALL CAPITAL {c.upper()}") if "a" <= c <= "z" and c != "x"
                       else c for c in text)
    for name, _ in people:
        out.append(p(4, "small caps", name, small(fold_key(name).title()), sent_i=2, leak=[name]))
    for name in ["Seán O'Neill", "Priya D'Souza", "Aminata N'Diaye", "Ciarán O'Sullivan"]:
        out.append(p(4, "apostrophe space", name, name.split()[-1].replace("'", "' "), sent_i=3,
                     leak=[name.split()[-1].split("'")[-1]]))
    # the reverse: listed without marks, written with them
    for name, written in [("Lukasz Wrobel", "Łukasz Wróbel"), ("Sean Murphy", "Seán Murphy"),
                          ("Nguyen Van Duc", "Nguyễn Văn Đức"), ("Zoe Hart", "Zoë Hart"),
                          ("Cagla Sahin", "Çağla Şahin")]:
        out.append(p(4, "marks added", name, written, leak=[name.split()[0]]))
    return out


def class5():
    people = ["Oksana Kovalenko", "Gurpreet Sandhu", "Abdirahman Warsame", "Thi Hoa Tran", "Chidinma Okeke",
              "Bartosz Wiśniewski", "Aoife Brennan", "Mehmet Aydın", "Shabana Rauf", "Leroy Whitfield"]
    out = []
    for name in people:
        given, surname = name.split()[0], name.split()[-1]
        out += [
            p(5, "wrap", name, f"{given}\n{surname}", sentence="The officer spoke to\n{x} at the door."),
            p(5, "wrap2", name, f"{given}\n{surname}", sentence="On the evening of the assault {x}\nwas alone."),
            p(5, "page break", name, f"{given}\n\f\n{surname}", sentence="The report was sent to {x} by post."),
            p(5, "hyphen wrap", name, f"{surname[:3]}-\n{surname[3:]}",
              sentence="Ms {x} was seen by the GP.", leak=[surname]),
            p(5, "footnote", name, f"{given}12", leak=[given]),
            p(5, "footnote sup", name, f"{given}¹²", sent_i=1, leak=[given]),
            p(5, "footnote sup sur", name, f"{surname}³", sent_i=2, leak=[surname]),
            p(5, "footnote [1]", name, f"{surname}[4]", sent_i=3, leak=[surname]),
            p(5, "footnote sup1", name, f"{given} {surname}⁷", sent_i=4, leak=[surname]),
            p(5, "footnote md", name, f"{surname}[^5]", sent_i=1, leak=[surname]),
            p(5, "footnote dagger", name, f"{given}†", sent_i=0, leak=[given]),
            p(5, "footnote star", name, f"{surname}*", sent_i=2, leak=[surname]),
            p(5, "col break", name, f"{given}\n\n{surname}", sentence="Notes taken by the officer who met {x} were lost.",
              leak=[surname]),
        ]
    return out


def _written_words(text: str) -> str:
    return fold_key(text)


def leaked(probe: Probe, output: str) -> bool:
    folded = fold_key(output)
    for word in probe.leak_words:
        key = fold_key(word)
        if probe.letters:   # any word of the name, its letters in a row ("H A R P E R - L Y L E" of Harper-Lyle)
            squeezed = re.sub(r"[\W_]", "", folded)
            if any(len(w) >= 3 and w in squeezed for w in re.split(r"[\s'’-]+", key)):
                return True
            continue
        for piece in key.split():
            if len(piece) >= 2 and re.search(rf"(?<![^\W\d_]){re.escape(piece)}", folded):
                return True
    return False


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--class", dest="cls", type=int, action="append")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    probes = class1() + class2() + class3() + class4() + class5()
    if args.cls:
        probes = [x for x in probes if x.cls in args.cls]
    redactors: dict = {}
    stats = defaultdict(lambda: defaultdict(int))
    examples = defaultdict(list)
    for probe in probes:
        people = [{"name": probe.person or "Hannah Whitcombe", "pseudonym": "Pia", "aliases": probe.aliases}]
        places = [{"name": probe.place or "Ravensworth", "pseudonym": "Town A"}]
        rules = {"people": people, "places": places, "dates": {"date_of_death": "2021-04-17"}}
        key = repr(rules)
        if key not in redactors:
            redactors[key] = (Redactor(rules), LeakFinder(parse_rules(rules)))
        redactor, finder = redactors[key]
        sentence = probe.sentence.replace("{x}", probe.form)
        start = sentence.index(probe.form)
        end = start + len(probe.form)
        output = redactor.redact_text(sentence)
        leak = leaked(probe, output)
        seen = any(s < end and start < e for s, e, _, _ in finder.spans(sentence))
        caught_out = bool(finder.spans(output)) if leak else None
        pseud = ("Pia" in output or "Town A" in output)
        s = stats[(probe.cls, probe.should)]
        s["probes"] += 1
        s["leaked"] += leak
        s["verify_missed_original"] += not seen
        s["leak_verify_silent"] += bool(leak and not caught_out)
        s["not_pseudonym"] += (not leak and not pseud)
        if leak or not seen or args.show:
            examples[(probe.cls, probe.should)].append(
                f"  [{probe.label}] {'LEAK' if leak else 'ok  '} {'verify-miss' if not seen else 'seen       '} "
                f"{sentence!r} -> {output!r}")
    print(f"{'class':>5} {'should':>6} {'probes':>6} {'leaked':>6} {'v.miss.orig':>11} {'leak&v.silent':>13} "
          f"{'other placeholder':>17}")
    for (cls, should), s in sorted(stats.items()):
        print(f"{cls:>5} {str(should):>6} {s['probes']:>6} {s['leaked']:>6} {s['verify_missed_original']:>11} "
              f"{s['leak_verify_silent']:>13} {s['not_pseudonym']:>17}")
    for key in sorted(examples):
        print(f"\nclass {key[0]} should={key[1]}:")
        print("\n".join(examples[key]))


if __name__ == "__main__":
    sys.exit(main())
