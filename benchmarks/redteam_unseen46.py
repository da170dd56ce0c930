"""A red-team generator of fictional DHR passages about how a listed person is CALLED once introduced (helper
``redteam46``, 2026-12-06): a family's kin word or honorific with the given name ("Auntie Grace", "Uncle Tunde",
"Nan Pat", "Ciocia Kasia", "Mehmet Bey", "Chị Lan", "Saima Baji"), a given name with the surname's initial ("Anna
K."), a title with the given name ("Miss Ngozi"), a surname in a police officer's quoted words, ALL CAPS record
headers, e-mail "From:" lines and signatures, file names and web addresses, a name cut across a line in a table
cell, possessives with another script's apostrophe.

Each case is one rules file written as chairs write them (a victim, a perpetrator, a child, the victim's sister or
mother and a friend, each with a pseudonym; the dates) and passages in which one planted form stands. For each
planted value, after ``Redactor(rules).redact_text``:
- left: a tell (a listed word of the name, folded) still in the output;
- silent: left, and ``verify_bytes(output)`` passes it.
Ordinary passages (kin words and honorifics with NO listed name, e-mail headers of agencies) count over-redaction.

    python benchmarks/redteam_unseen46.py                    # tuning seeds 46001-46008, with examples
    python benchmarks/redteam_unseen46.py --part held-back   # seeds 46101-46108: run once, at the end

Angle A (the forms above) left 7 of 1,534 (a handle "haol", "duct" of Hao L., Duc T.); angle B, a listed given name
that is an English word ("Comfort", "Sunny", "Joy", "Patience", "Long") after a capitalised word that is no title:
a family's word or honorific ("Daddy Sunny", "Brother Sunny", "Maame Comfort"), a verb that opens a quoted message
("Tell Comfort I'm sorry", "Ask Joy"), a word of feeling ("Poor Comfort"). ``--angle word-names`` runs B, with
passages that use the same words as words (must stay).
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import warnings
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.append(str(REPO))   # PYTHONPATH chooses the redact under test (main or a branch)

from benchmarks.redteam_unseen45 import COMMUNITIES as _C45, fold  # noqa: E402

PARTS = {"tuning": range(46001, 46009), "held-back": range(46101, 46109)}

COMMUNITIES = dict(_C45)
COMMUNITIES.update({
    "traveller": (("Bridget", "Margaret", "Nora"), ("Patrick", "Johnny", "Martin"), ("McDonagh", "Joyce", "Maughan")),
    "roma": (("Florica", "Mirela", "Lenka"), ("Marian", "Dezider", "Costel"), ("Lakatos", "Stoica", "Balog")),
    "eritrean": (("Selam", "Helen", "Freweyni"), ("Yonas", "Dawit", "Tesfay"), ("Tesfamariam", "Ghebre", "Haile")),
})

# a family's or community's kin word or honorific and where it goes (before/after the given name)
KIN_BEFORE = {
    "english": ("Auntie", "Aunty", "Aunt", "Uncle", "Nan", "Nanna", "Grandma", "Grandad", "Cousin", "Our"),
    "welsh": ("Anti", "Yncl", "Nain", "Taid", "Bopa", "Wncwl"),
    "scottish": ("Auntie", "Granny", "Grandpa", "Wee"),
    "irish": ("Auntie", "Granny", "Nana", "Big"),
    "traveller": ("Granny", "Auntie", "Uncle", "Big", "Young", "Old"),
    "nigerian": ("Aunty", "Uncle", "Mama", "Papa", "Sister", "Brother", "Iya", "Baba", "Mummy"),
    "ghanaian": ("Auntie", "Maame", "Nana", "Sister", "Brother", "Papa", "Egya"),
    "jamaican": ("Auntie", "Miss", "Mama", "Granny", "Cousin", "Mother", "Tanty"),
    "somali": ("Eedo", "Habaryar", "Abti", "Adeer", "Ayeeyo", "Aabo"),
    "eritrean": ("Aunty", "Abba", "Adey"),
    "polish": ("Ciocia", "Wujek", "Babcia", "Dziadek", "Pani", "Pan"),
    "lithuanian": ("Teta", "Dėdė", "Močiutė", "Ponia", "Ponas"),
    "romanian": ("Tanti", "Nea", "Mătușa", "Unchiul", "Doamna", "Domnul", "Bunica"),
    "roma": ("Mama", "Bibi", "Kako", "Daj", "Teta"),
    "pakistani": ("Khala", "Phuppo", "Chacha", "Mamu", "Dadi", "Nani"),
    "bangladeshi": ("Khala", "Chacha", "Mama", "Nani", "Dadi"),
    "sikh": ("Bibi", "Massi", "Bhua", "Chacha", "Mama", "Sardar"),
    "hindu": ("Masi", "Kaka", "Mama", "Dada", "Nani", "Shri", "Smt"),
    "chinese": ("Auntie", "Uncle", "Ah", "Xiao", "Lao", "Ayi", "Popo"),
    "vietnamese": ("Chị", "Anh", "Cô", "Bác", "Chú", "Em", "Bà", "Ông", "Chi", "Co", "Bac"),
    "turkish": ("Teyze", "Hala", "Amca", "Dayı"),
    "kurdish": ("Kak", "Xaltî", "Mam", "Xal", "Dayê"),
    "arabic": ("Umm", "Abu", "Khalto", "Ammo", "Sitt", "Teta", "Jiddo"),
    "brazilian": ("Tia", "Tio", "Dona", "Seu", "Vovó", "Vô"),
}
KIN_AFTER = {
    "pakistani": ("Baji", "Bhai", "Apa", "Sahib", "Aunty", "ji", "Khala"),
    "bangladeshi": ("Apa", "Bhai", "Bhaiya", "Khala", "Aunty"),
    "sikh": ("Ji", "Didi", "Veerji", "Aunty", "Bhaji", "Paji"),
    "hindu": ("ben", "bhai", "Didi", "Ji", "Aunty", "Kaka", "Masi"),
    "turkish": ("Hanım", "Bey", "abla", "abi", "teyze", "Hanim", "ağabey"),
    "kurdish": ("xan", "Xan", "Khan"),
    "ghanaian": ("Auntie",),
    "nigerian": ("Aunty",),
    "somali": ("Eedo",),
    "japanese-ish": (),
    "chinese": ("Jie", "Ge", "Ayi", "Jiejie"),
    "polish": (),
}
TITLES = ("Miss", "Mrs", "Ms", "Mr", "Mx", "Dr")
# apostrophes and marks authors type for a possessive
APOSTROPHES = ("\u2019", "\u02bc", "\u00b4", "`", "\u2032", "\uff07", "\u055a")


def _person(rng, community, sex):
    f, m, surnames = COMMUNITIES[community]
    return rng.choice(f if sex == "f" else m), rng.choice(surnames)


def _ascii_local(text: str) -> str:
    return re.sub(r"[^a-z]", "", fold(text).lower())


def _forms(rng, given, surname, community, sex):
    """(written form, class) for one listed person as drafts call them after the introduction."""
    g, s = given, surname
    first_surname_word = re.split(r"[\s-]", s.replace("ap ", "").replace("da ", ""))[-1]
    forms = []
    for kin in rng.sample(KIN_BEFORE.get(community, KIN_BEFORE["english"]),
                          min(3, len(KIN_BEFORE.get(community, ())) or 3)):
        forms.append((f"{kin} {g}", "kin word before given"))
    forms.append((f"{rng.choice(KIN_BEFORE['english'][:4])} {g}", "English kin word before given"))
    for kin in rng.sample(KIN_AFTER.get(community, ()), min(2, len(KIN_AFTER.get(community, ())))):
        forms.append((f"{g} {kin}", "kin word after given"))
        forms.append((f"{g}-{kin}", "kin word after given, hyphen"))
    forms.append((f"{rng.choice(TITLES[:3] if sex == 'f' else ('Mr', 'Dr'))} {g}", "title + given name"))
    forms.append((f"{g} {first_surname_word[0]}.", "given + surname initial."))
    forms.append((f"{g} {first_surname_word[0]}", "given + surname initial"))
    forms.append((f"{g.upper()} {first_surname_word[0]}.", "GIVEN caps + initial"))
    forms.append((f"{first_surname_word[0]}. {g}", "initial + given (family first)"))
    forms.append((f"{g}{rng.choice(APOSTROPHES)}s", "possessive, other apostrophe"))
    forms.append((f"{s.upper()}{rng.choice(APOSTROPHES)}S", "CAPS surname possessive, other apostrophe"))
    forms.append((f"{fold(s).upper()}", "CAPS surname without marks"))
    forms.append((f"{fold(g).upper()} {fold(s).upper()}", "CAPS name without marks"))
    forms.append((f"{fold(s).upper()} {fold(g).upper()}", "CAPS surname first, no comma"))
    forms.append((f"{g}\n{s}", "name cut by a line break"))
    forms.append((f"{g} {s[:max(2, len(s) // 2)]}-\n{s[max(2, len(s) // 2):]}", "surname hyphenated over a line"))
    forms.append((f"{_ascii_local(g)}.{_ascii_local(s)}@outlook.com", "e-mail address from the name"))
    forms.append((f"{_ascii_local(g)}{_ascii_local(s)[0]}", "handle: given + initial"))
    forms.append((f"{_ascii_local(s)}_{_ascii_local(g)[0]}_statement.docx", "file name"))
    forms.append((f"{s.replace(' ', '')}{g[0]}_GP_records.pdf", "file name, camel"))
    forms.append((f"facebook.com/{_ascii_local(g)}.{_ascii_local(s)}.7", "profile URL"))
    forms.append((f"{g.lower()}", "given in small letters"))
    forms.append((f"{g}{g[-1]}{g[-1]}", "given stretched"))
    forms.append((f"{g}-{rng.choice(('mum', 'Mum', 'babe', 'hun'))}", "given + pet word"))
    return forms


SENTENCES = {
    "narrative": ["{d}, @ rang the police to say she was frightened.", "@ was the person the children trusted most.",
                  "The family described @ as the one who held everyone together.",
                  "After the funeral, @ spoke to the chair of the review."],
    "quote": ["\"I told @ to leave him,\" her sister said.", "'@ never said a word about it,' said a neighbour.",
              "PC Holt told him: \"@, you need to calm down.\"", "The officer wrote: \"Spoke to @ at the door.\""],
    "message": ["WhatsApp 23:14 — \"@ where are you??\"", "Text: \"tell @ I'm sorry x\"",
                "Facebook message: \"@ pls ring me\"", "[22/01/2021, 21:40] @: ok"],
    "row": ["| {d} | Police | @ reported a breach of bail. |", "{d}\tGP\t@ attended with low mood.",
            "| {d} | ASC | Call from @ (family) re: concerns. |"],
    "panel": ["Panel members: @ (family representative); Jo Hale (IDVA service).",
              "- @ — victim's relative, met the chair twice"],
    "footnote": ["[12] @ asked that this be included.", "¹ Information from @, 14 June 2023."],
    "plan": ["Action 3: Police to share the outcome with @ by March.", "Owner: @ | Due: Q2"],
    "record": ["RECORD OF CONTACT – @", "SUBJECT: @ (referral)", "Name: @", "Re: @ — safeguarding concern"],
    "email": ["From: @ <sent from iPhone>", "Kind regards,\n@", "Thanks\n@\nSent from my phone", "To: @; Cc: MASH"],
    "file": ["Attachment: @", "Document reviewed: @", "Source: @ (accessed 2022)"],
}
KIND_FOR_CLASS = {
    "e-mail address from the name": ("email", "file"), "file name": ("file",), "file name, camel": ("file",),
    "profile URL": ("file", "message"), "handle: given + initial": ("message", "email"),
    "given in small letters": ("message",), "given stretched": ("message",), "given + pet word": ("message",),
    "name cut by a line break": ("row", "record", "email"), "surname hyphenated over a line": ("row", "narrative"),
    "CAPS surname without marks": ("record", "quote"), "CAPS name without marks": ("record",),
    "CAPS surname first, no comma": ("record",), "GIVEN caps + initial": ("record",),
    "CAPS surname possessive, other apostrophe": ("record",),
}

ORDINARY = [
    "Her Auntie and her Nan both gave evidence to the panel.", "Uncle and aunt were not contacted by police.",
    "The victim's Mum said she had been worried for months.", "Nan said: \"she was never the same after that.\"",
    "Her Khala lived nearby and visited on Sundays.", "She called her sister Baji, as the family did.",
    "Ciocia i wujek przyjechali z Polski.", "The Bey family owned the shop.", "He called the officer Sir.",
    "From: MASH Team <mash@wealdshire.gov.uk>", "Kind regards,\nThe Review Team",
    "RECORD OF CONTACT – ADULT SOCIAL CARE", "SUBJECT: MARAC REFERRAL (HIGH RISK)",
    "Attachment: chronology_v3_final.docx", "Source: www.gov.uk/guidance (accessed 2022)",
    "Auntie had brought food for the children.", "Miss said the children seemed tired at school.",
    "Panel members: Jo Hale (IDVA service); Dr R. Singh (ICB).",
    "| 3 May 2021 | Police | The neighbour reported a disturbance. |",
    "Teyze ve amca evde değildi.", "Chị ấy nói rằng không sao.", "Umm and Abu are used as respectful names.",
    "Mama and Papa were in Lagos at the time.", "Granny and Grandad looked after the children.",
]


def build(rng):
    """(rules YAML, [(passage, [(planted text, class, tells)])], ordinary passages) or None."""
    import datetime

    communities = rng.sample(sorted(COMMUNITIES), 3)
    vg, vs = _person(rng, communities[0], "f")
    pg, ps = _person(rng, communities[1], "m")
    cg, _ = _person(rng, communities[0], rng.choice("fm"))
    rg, _ = _person(rng, communities[0], "f")        # the victim's sister or mother, same surname
    sg, ss = _person(rng, communities[2], "f")
    if len({vg, pg, cg, rg, sg}) < 5 or len({vs, ps, ss}) < 3:
        return None
    people = [(vg, vs, "victim", "f", communities[0], "Adult A"), (pg, ps, "perpetrator", "m", communities[1], "Adult B"),
              (cg, ps, "child", "f", communities[0], "Child 1"), (rg, vs, "sister", "f", communities[0], "Adult C"),
              (sg, ss, "friend", "f", communities[2], "Adult D")]
    dod = datetime.date(rng.randint(2019, 2023), rng.randint(1, 12), rng.randint(1, 28))
    lines = ["version: 1", f"review: DHR {rng.randint(1, 40)}/{dod.year}", "people:"]
    for g, s, role, _sex, _c, pseudo in people:
        lines += [f"- name: {g} {s}", f"  pseudonym: {pseudo}", f"  role: {role}"]
    lines += ["dates:", f"  date_of_death: {dod.isoformat()}", "keep:", "- Wealdshire Police", "- Wealdshire"]
    rules = "\n".join(lines) + "\n"

    listed = {fold(w).lower() for g, s, *_ in people for w in re.split(r"[\s-]+", f"{g} {s}") if len(w) >= 3}
    listed -= {"ap", "da", "ni"}
    passages = []
    for g, s, _role, sex, community, _pseudo in people:
        for written, cls in _forms(rng, g, s, community, sex):
            kinds = KIND_FOR_CLASS.get(cls) or rng.sample(sorted(SENTENCES), 2)
            kind = rng.choice(kinds)
            template = rng.choice(SENTENCES[kind])
            text = template.replace("{d}", f"{rng.randint(1, 28)}/0{rng.randint(1, 9)}/{rng.randint(2017, 2022)}")
            text = text.replace("@", written)
            words = {fold(w).lower() for w in re.split(r"[^\w]+", written)}
            tells = sorted(w for w in words if w in listed)
            if cls in ("file name", "file name, camel", "profile URL", "e-mail address from the name",
                       "handle: given + initial", "given stretched", "surname hyphenated over a line"):
                tells = [_ascii_local(x) for x in (g, s) if len(_ascii_local(x)) >= 3]
                if cls == "handle: given + initial":
                    tells = [_ascii_local(g)]
            passages.append((text, [(written, f"{kind}: {cls}", tells)]))
    return rules, passages, list(ORDINARY)


# Angle B: listed given names that are English words, by community (all combinations fictional)
WORD_NAMES = {
    "nigerian": (("Patience", "Comfort", "Precious", "Blessing", "Mercy", "Favour", "Goodness", "Peace"),
                 ("Sunny", "Lucky", "Godswill", "Wisdom", "Marvel", "Innocent", "Justice"),
                 ("Okafor", "Adeyemi", "Eze", "Nwosu", "Balogun")),
    "ghanaian": (("Comfort", "Patience", "Joy", "Grace", "Charity", "Mercy"), ("Prince", "Sunny", "Lucky", "Godwin"),
                 ("Asante", "Mensah", "Boateng", "Owusu", "Appiah")),
    "zimbabwean": (("Memory", "Loveness", "Precious", "Patience", "Gift", "Prudence"),
                   ("Gift", "Innocent", "Blessing", "Knowledge", "Trust"), ("Moyo", "Ncube", "Chikwanha", "Sibanda")),
    "english": (("Dawn", "Joy", "Hope", "Faith", "Rose", "Pearl", "Holly", "Summer", "Hazel", "Ivy"),
                ("Will", "Frank", "Mark", "Robin", "Rich"), ("Tranter", "Hollis", "Bramwell", "Pickering")),
    "caribbean": (("Precious", "Joy", "Faith", "Sherry", "Crystal", "Amber"), ("Earl", "Royal", "Sterling", "Prince"),
                  ("Thelwell", "McKenzie", "Campbell-Grant", "Bailey")),
    "vietnamese": (("Hong", "Thu", "Mai"), ("Long", "Hung", "Tam", "Phong"), ("Nguyen", "Tran", "Pham", "Vu")),
}
KIN_B = {
    "nigerian": ("Mama", "Papa", "Aunty", "Uncle", "Sister", "Brother", "Mummy", "Daddy"),
    "ghanaian": ("Maame", "Auntie", "Nana", "Sister", "Brother", "Papa", "Egya"),
    "zimbabwean": ("Mai", "Baba", "Sisi", "Auntie", "Uncle", "Gogo", "Sekuru", "Ambuya"),
    "english": ("Nan", "Nanna", "Grandma", "Auntie", "Uncle", "Cousin", "Daddy", "Mummy", "Our"),
    "caribbean": ("Auntie", "Tanty", "Granny", "Cousin", "Uncle", "Brother", "Sister", "Mama"),
    "vietnamese": ("Anh", "Chị", "Bác", "Chú", "Cô", "Ông", "Bà", "Em"),
}
IMPERATIVES = ("Tell", "Ask", "Call", "Ring", "Text", "Give", "Let", "Leave", "Help", "Warn", "Find", "Get", "Bring",
               "Take", "Send", "Wake", "Meet", "Kiss", "Hug", "Phone", "Message", "Show")
FEELING = ("Poor", "Dear old", "Lovely", "Little", "Sweet", "Baby", "Darling", "Beautiful")
B_MUST_GO = [
    ("{kin} {g} came to the house that evening.", "kin word before"),
    ("The children called {pron} {kin} {g}.", "kin word before"),
    ("{d} – {kin} {g} rang the police.", "kin word before"),
    ("She stayed with {kin} {g} for a week.", "kin word before"),
    ("\"{imp} {g} I said sorry.\"", "verb opening a message"),
    ("He texted: \"{imp} {g} to ring me\"", "verb opening a message"),
    ("WhatsApp 23:40: \"{imp} {g} I'm outside x\"", "verb opening a message"),
    ("'{imp} {g} nothing,' he told her.", "verb opening a message"),
    ("{feel} {g} had no idea what was coming.", "word of feeling before"),
    ("Her mother said: \"{feel} {g}, she tried so hard.\"", "word of feeling before"),
]
B_MUST_STAY = [
    "Tell the truth, the officer told him.", "She found comfort in her faith and the hope of a fresh start.",
    "Patience is needed when working with families.", "Give Hope Street residents the leaflet.",
    "The Comfort Inn was used as emergency accommodation.", "Operation Dawn Chorus ran in March.",
    "Ask for Angela is a scheme in pubs.", "Let Us Help is the service's name.", "Mercy Ships took no part.",
    "Uncle Tom's Cabin was on the reading list.", "Mother Nature and Father Christmas featured in the play.",
    "Faith groups were consulted.", "A Long Term Plan was agreed.", "Sunny Meadows nursery took part.",
    "Lucky Star takeaway closed at 23:00.", "Justice Committee report, 2022.", "Rose Cottage was empty.",
    "Poor Housing Conditions were noted.", "Little Hope was held out for the appeal.",
    "Frank Discussion: the panel's notes.", "Will Writing Service leaflet.", "Prince's Trust supported him.",
]


def build_word_names(rng):
    """Angle B: (rules YAML, [(passage, [(planted, class, tells)])], must-stay passages) or None."""
    communities = rng.sample(sorted(WORD_NAMES), 2)
    people, used = [], set()
    cast = (("victim", communities[0], 0, "Adult A"), ("perpetrator", communities[1], 1, "Adult B"),
            ("mother", communities[0], 0, "Adult C"), ("child", communities[0], rng.choice((0, 1)), "Child 1"),
            ("friend", communities[1], 0, "Adult D"))
    for role, community, sex, pseudo in cast:
        names = [n for n in WORD_NAMES[community][sex] if n not in used]
        if not names:
            return None
        given = rng.choice(names)
        used.add(given)
        people.append((given, rng.choice(WORD_NAMES[community][2]), role, community, sex, pseudo))
    lines = ["version: 1", f"review: DHR {rng.randint(1, 40)}/2022", "people:"]
    for g, s, role, _c, _sex, pseudo in people:
        lines += [f"- name: {g} {s}", f"  pseudonym: {pseudo}", f"  role: {role}"]
    lines += ["dates:", "  date_of_death: 2022-03-14", "keep:", "- Wealdshire Police"]
    passages = []
    for g, _s, _role, community, sex, _pseudo in people:
        for template, cls in B_MUST_GO:
            text = template.format(g=g, kin=rng.choice(KIN_B[community]), imp=rng.choice(IMPERATIVES),
                                   feel=rng.choice(FEELING), pron=("her", "him")[sex],
                                   d=f"{rng.randint(1, 28)}/0{rng.randint(1, 9)}/2021")
            passages.append((text, [(g, f"word-name: {cls}", [g])]))
    return "\n".join(lines) + "\n", passages, list(B_MUST_STAY)


def _left(tell: str, out: str) -> bool:
    """The tell stands as a word, or (for joined forms: handles, file names) anywhere inside a word; a capitalised
    tell (angle B's English words) only as written, capital first."""
    if tell[:1].isupper():
        return re.search(rf"(?<!\w){re.escape(tell)}(?!\w)", out) is not None
    folded = fold(out).lower()
    return re.search(rf"(?<![^\W_]){re.escape(tell)}", folded) is not None


def run(seeds, show: bool, angle: str = "forms"):
    from redact.api import verify_bytes
    from redact.pipeline import Redactor
    from redact.rules import load_rules

    planted, left, silent = Counter(), Counter(), Counter()
    by_form, left_form, silent_form = Counter(), Counter(), Counter()
    examples = defaultdict(list)
    ordinary = changed = listed_changed = 0
    changed_examples = []
    pseudonym = re.compile(r"\b(?:Adult [A-F]|Child [12])\b")
    for seed in seeds:
        rng = random.Random(seed)
        for _ in range(3):
            made = build(rng) if angle == "forms" else build_word_names(rng)
            if made is None:
                continue
            rules_yaml, passages, plain = made
            with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False, encoding="utf-8") as f:
                f.write(rules_yaml)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                rules = load_rules(f.name)
            Path(f.name).unlink()
            redactor = Redactor(rules)
            for text, plants in passages:
                out = redactor.redact_text(text)
                for value, cls, tells in plants:
                    form = cls.split(": ", 1)[1]
                    planted[cls] += 1
                    by_form[form] += 1
                    if tells and any(_left(t, out) for t in tells):
                        left[cls] += 1
                        left_form[form] += 1
                        quiet = verify_bytes(out.encode(), "txt", rules).ok
                        silent[cls] += quiet
                        silent_form[form] += quiet
                        if len(examples[form]) < 4:
                            examples[form].append(f"{text!r} -> {out!r}{' (verify silent)' if quiet else ''}")
            for text in plain:
                ordinary += 1
                out = redactor.redact_text(text)
                if out != text:
                    changed += 1
                    listed_changed += bool(pseudonym.search(out))   # a listed person's word taken: over-redaction
                    if len(changed_examples) < 30:
                        changed_examples.append(f"{text!r} -> {out!r}")
    print(f"{'form':50} planted  left  silent")
    for form in sorted(by_form):
        print(f"{form:50} {by_form[form]:7} {left_form[form]:5} {silent_form[form]:7}")
    print(f"{'ALL':50} {sum(planted.values()):7} {sum(left.values()):5} {sum(silent.values()):7}")
    print(f"ordinary passages changed: {changed} of {ordinary}; given a listed person's pseudonym: {listed_changed}")
    if show:
        for form in sorted(examples):
            for e in examples[form]:
                print(f"  [{form}] {e}")
        for e in sorted(set(changed_examples)):
            print(f"  [ordinary] {e}")
    return planted, left, silent, changed, listed_changed


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=sorted(PARTS), default="tuning")
    parser.add_argument("--angle", choices=("forms", "word-names"), default="forms")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    run(PARTS[args.part], show=not args.quiet, angle=args.angle)


if __name__ == "__main__":
    main()
