"""Fictional contact details cut by a line break inside one paragraph: a .docx paragraph with a Shift+Enter (w:br),
a carriage return (w:cr) or a tab (w:tab) inside the number or the address, and the same in plain text with a line
break ("Tel: 07700⏎900 123", "Her mobile +234 803⏎555 1234 was off.", "Email: hodan.warsame@⏎gmail.com").

Each case has rules of its own: a victim of one of many communities (``redteam51_gen.COMMUNITIES``) whose mobile (of
one of ten countries, ``redteam52_gen``) and e-mail address are listed as her aliases, the way the rules contract lists
contacts, and a perpetrator. Families (``kind``):
- ``listed_phone``: the listed mobile written another way (with its trunk "0", "+cc", "00cc", other groups), cut at a
  group's edge or inside a group; ``verify`` (the plain gate) must report it, ``apply`` remove it;
- ``listed_email``: the listed address cut after or before its "@", after a dot of its domain or of its local part;
- ``unlisted``: a UK mobile or an address nobody listed, cut the same way; ``verify --strict`` must report it;
- ``control``: two lines that are two things (a count and a number, a reference and the listed number on the next
  line, years in a row): apply must keep the first line and the line break, and no false alarm on a draft that
  holds no contact.

Outcomes: "silent" (a secret survives apply and the gate passes the output), "left" (survives, the gate fails it),
"unseen" (apply removed it, the gate passes the draft: apply and verify disagree), "changed" (a control lost a line or
a word), "alarm" (the gate reported a control's draft that holds no contact).

Seeds: TUNED 0-49 looked at while fixing, HELD_BACK 1000-1049 only counted
    python tests/contacts_cut_by_a_line_break_gen.py [--show] [--part tuned|held-back|both]
"""
from __future__ import annotations

import random
import re
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for _path in (REPO, REPO / "tests"):
    if str(_path) not in sys.path:
        sys.path.append(str(_path))

from redteam51_gen import COMMUNITIES  # noqa: E402
from redteam52_gen import _ascii, _digits, _foreign_mobile, _grouped  # noqa: E402

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
FRAMES = ["Tel: {v}", "Her mobile {v} was switched off.", "She rang the IDVA from {v} on three occasions.",
          "Contact (victim): {v}", "Email: {v}", "Messages to {v} were not answered.", "- mobile {v} (Nigeria SIM)"]
CONTROLS = [
    ("Calls: 12\n34 texts were logged that week.", False),
    ("Flat 12\n3 visits were made by the police.", False),
    ("The calls came in 2019\n2020 and 2021.", False),
    ("Case 123 456\n789 012 was closed.", False),
    ("Page 4 of 12\n{phone}", True),
    ("Room 4\n{phone} (mobile)", True),
    ("Page 7 of 12\n{email}", True),
]


def _rules(rng: random.Random, seed: int, k: int) -> tuple[dict, dict]:
    women, men, surnames, _ = rng.choice(COMMUNITIES)
    g, other_g = rng.choice(women), rng.choice(men)
    s, other_s = rng.sample(surnames, 2)
    cc, national, groups = _foreign_mobile(rng)
    domain = rng.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com"])
    # half the addresses hold none of her names (a nickname's address): only the listed form itself tells them
    local = rng.choice([f"{_ascii(g.split()[0])}.{_ascii(s)}", f"{_ascii(g.split()[0])}{rng.randint(7, 99)}",
                        f"{_ascii(s)}_{_ascii(g.split()[0])[0]}", f"sweetpea.{rng.randint(10, 99)}",
                        f"mummybear_{rng.randint(1, 9)}", f"lady.{rng.choice('jkmr')}{rng.randint(80, 99)}",
                        f"sunflower{rng.randint(100, 999)}"])
    email = f"{local}@{domain}"
    phone = f"+{cc} {_grouped(national, groups)}"
    rules = {"version": 1, "review": f"redteam54-cut-{seed}-{k}",
             "people": [{"name": f"{g} {s}", "pseudonym": "Adult A", "aliases": [phone, email], "role": "victim"},
                        {"name": f"{other_g} {other_s}", "pseudonym": "Adult B", "role": "perpetrator"}],
             "dates": {"date_of_death": "2023-07-09"}}
    return rules, dict(cc=cc, national=national, groups=groups, email=email, phone=phone)


def _cut_number(rng: random.Random, written: str) -> tuple[str, str]:
    """(left, right) of a written number cut at a group's edge or inside a group, never before its first figure
    group or after its last."""
    figures = [m.start() for m in re.finditer(r"\d", written)]
    at = rng.choice(figures[3:-3])
    while at > 0 and written[at - 1] == " " and rng.random() < 0.8:
        at -= 1
    return written[:at].rstrip(" "), written[at:].lstrip(" ")


def _cut_email(rng: random.Random, address: str) -> tuple[str, str]:
    local, domain = address.split("@")
    places = [len(local) + 1, len(local)]                                        # after or before the "@"
    places += [len(local) + 1 + m.end() for m in re.finditer(r"\.", domain)]      # after a dot of the domain
    places += [m.end() for m in re.finditer(r"[._]", local)]                      # after a dot of the local part
    at = rng.choice(places)
    return address[:at], address[at:]


def _phone_forms(rng: random.Random, cc: str, national: str, groups: list[int]) -> list[str]:
    return [f"0{_grouped(national, groups)}", f"+{cc} {_grouped(national, groups)}", f"00{cc} {national}",
            f"+{cc} {' '.join(national[i:i + 3] for i in range(0, len(national), 3))}", f"+{cc}{national}",
            f"0{national[:4]} {national[4:]}"]


CASES_PER_SEED = 5    # listed phone, listed email, unlisted, control, and one more of the first three


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"redteam54-cut:{seed}:{k}")
    rules, facts = _rules(rng, seed, k)
    medium = rng.choice(["docx", "docx", "text"])
    cut = rng.choice(["br", "br", "cr", "tab"]) if medium == "docx" else "\n"
    if k == 3:
        template, holds = rng.choice(CONTROLS)
        sentence = template.format(phone=facts["phone"], email=facts["email"])
        keep = sentence.split("\n")[0]
        return {"seed": seed, "kind": "control", "medium": medium, "cut": "br" if medium == "docx" else "\n",
                "left": keep, "right": sentence.split("\n", 1)[1], "frame": "{v}", "rules": rules, "secrets": [],
                "keep": keep, "holds_contact": holds}
    family = ["listed_phone", "listed_email", "unlisted", None, rng.choice(["listed_phone", "listed_email",
                                                                            "unlisted"])][k]
    if family == "listed_phone":
        value = rng.choice(_phone_forms(rng, facts["cc"], facts["national"], facts["groups"]))
        left, right = _cut_number(rng, value)
        secrets = [facts["national"][-7:]]
    elif family == "listed_email":
        left, right = _cut_email(rng, facts["email"])
        secrets = [facts["email"].split("@")[0]]
    elif rng.random() < 0.5:
        uk = "7700" + _digits(rng, 6)
        left, right = _cut_number(rng, rng.choice([f"0{uk[:4]} {uk[4:]}", f"+44 {uk[:4]} {uk[4:]}",
                                                  f"0{uk[:4]} {uk[4:7]} {uk[7:]}"]))
        secrets = [uk[-7:]]
    else:
        name = rng.choice(["j.pryor", "d.okonkwo", "sam.reeve", "kimberley_t", "m.walsh"])
        address = f"{name}{rng.randint(1, 9)}@{rng.choice(['gmail.com', 'outlook.com', 'btinternet.com'])}"
        left, right = _cut_email(rng, address)
        secrets = [address.split("@")[0]]
    frame = rng.choice([f for f in FRAMES if ("Email" in f) == ("@" in left + right)] or FRAMES)
    return {"seed": seed, "kind": family, "medium": medium, "cut": cut, "left": left, "right": right,
            "frame": frame, "rules": rules, "secrets": secrets}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def _t(text: str) -> str:
    from xml.sax.saxutils import escape

    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def written(case: dict) -> str:
    """The case as plain text (a .docx's cut read as a line break or a tab)."""
    joint = "\t" if case["cut"] == "tab" else "\n"
    return case["frame"].format(v=case["left"] + joint + case["right"])


def build_docx(case: dict, path: Path) -> Path:
    from docx_factory import DocxBuilder

    rng = random.Random(f"{case['seed']}:{case['left']}")
    before, after = case["frame"].split("{v}")
    # one run with the break inside it, or the break opening the second of two runs
    if rng.random() < 0.5:
        inner = f"<w:r>{_t(before + case['left'])}<w:{case['cut']}/>{_t(case['right'] + after)}</w:r>"
    else:
        inner = f"<w:r>{_t(before + case['left'])}</w:r><w:r><w:{case['cut']}/>{_t(case['right'] + after)}</w:r>"
    body = (f"<w:p><w:r>{_t('The review considered the period of two years before the homicide.')}</w:r></w:p>"
            f"<w:p>{inner}</w:p>")
    return DocxBuilder().append_body(body).build(path)


def _survives(secret: str, texts: list[str]) -> bool:
    pattern = r"[^0-9a-z]{0,3}".join(re.escape(c) for c in secret.lower()) if secret.isdigit() else \
        re.escape(secret.lower())
    return any(re.search(pattern, t.lower()) for t in texts)


def run_case(case: dict) -> tuple[str, str | None]:
    import warnings

    from redact.api import verify_bytes
    from redact.errors import LeakError
    from redact.pipeline import Redactor
    from redact.verify import verify_file

    strict = case["kind"] in ("unlisted", "control")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        redactor = Redactor(case["rules"])
        try:
            if case["medium"] == "docx":
                from benchmarks.docx_structure_fuzz import package_texts

                folder = Path(tempfile.mkdtemp(prefix="rt54-"))
                src = build_docx(case, folder / "draft.docx")
                redactor.redact_file(src, folder / "out.docx")
                texts = [t for part, t in package_texts(folder / "out.docx") if part.startswith("word/document")]
                output = " | ".join(texts)
                gate_out = lambda: verify_file(folder / "out.docx", case["rules"], strict=strict).ok  # noqa: E731
                gate_draft = lambda: verify_file(src, case["rules"], strict=strict).ok  # noqa: E731
            else:
                text = written(case)
                output = redactor.redact_text(text)
                texts = [output]
                gate_out = lambda: verify_bytes(output.encode(), "txt", case["rules"], strict=strict).ok  # noqa
                gate_draft = lambda: verify_bytes(text.encode(), "txt", case["rules"], strict=strict).ok  # noqa
        except LeakError as err:
            return f"<refused: {str(err)[:160]}>", "refused"
        if case["kind"] == "control":
            if case["medium"] == "docx":
                import docx

                # python-docx reads a w:br as a line break: the paragraph must still open with the first line
                output = "\n".join(p.text for p in docx.Document(str(folder / "out.docx")).paragraphs)
                kept = any(line.split("\n")[0] == case["keep"] and "\n" in line for line in output.split("\n\n")) \
                    or f"{case['keep']}\n" in output
            else:
                kept = output.split("\n")[0] == case["keep"] and output.count("\n") == written(case).count("\n")
            if not kept:
                return output, "changed"
            if not case["holds_contact"] and not gate_draft():
                return output, "alarm"
            return output, None
        if any(_survives(s, texts) for s in case["secrets"]):
            return output, "silent" if gate_out() else "left"
        if gate_draft():
            return output, "unseen"
    return output, None


if __name__ == "__main__":
    from seed_tally import chosen_parts, print_case_tallies

    print_case_tallies(lambda seeds: (c for seed in seeds for c in make_cases(seed)), run_case,
                       chosen_parts(TUNED, HELD_BACK, default="tuned"),
                       lambda case, result, output: f"{case['seed']:5d} {case['kind']:13s} {case['medium']}/"
                       f"{case['cut']:3s} {result:7s} {written(case)!r}\n{'':30s}→ {output[-160:]!r}")
