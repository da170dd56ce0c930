"""A small review for the batch tests: a few short drafts in which the same unlisted people, from many naming
traditions, come back in other drafts under other forms (full name, title and surname, first name, a role), so
that the numbers one draft gives must be reused by the next ones. Built from a seed, never from held-back text.
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.drafts.names import TRADITIONS  # noqa: E402
from docx_factory import DocxBuilder, paragraph, run  # noqa: E402

RULES = """version: 1
review: Batch test review
people:
  - name: Joanne Pryor
    pseudonym: Anna
places:
  - name: Oakbridge
    pseudonym: Area C
dates:
  date_of_death: 2023-03-14
"""
KEY = "5f" * 32
TRADITION_KEYS = ("arabic", "bangladeshi", "caribbean", "chinese", "east_african", "irish", "lithuanian", "polish",
                  "punjabi", "romanian", "somali", "tamil", "traveller", "turkish_kurdish", "vietnamese",
                  "west_african")


def _people(rng: random.Random, count: int) -> list[dict]:
    keys = [key for key in TRADITION_KEYS if key in TRADITIONS]
    people = []
    for key in rng.sample(keys, min(count, len(keys))):
        tradition = TRADITIONS[key]
        female = rng.random() < 0.5
        first = rng.choice(tradition.female if female else tradition.male)
        surname = rng.choice(tradition.surnames)[1 if female else 0]
        full = f"{surname} {first}" if tradition.family_first else f"{first} {surname}"
        people.append({"full": full, "first": first, "surname": surname, "title": "Mrs" if female else "Mr"})
    return people


def _sentences(rng: random.Random, people: list[dict]) -> list[str]:
    out = ["Joanne Pryor lived in Oakbridge with her two children.",
           "Joanne died on 14 March 2023."]
    for person in people:
        out.append(rng.choice([f"{person['full']} met Joanne at the surgery in 2021.",
                               f"Joanne's friend {person['full']} spoke to the panel.",
                               f"{person['full']} called the police in May 2022."]))
    for person in rng.sample(people, len(people)):   # later mentions, in another order and another form
        out.append(rng.choice([f"Later {person['title']} {person['surname']} told the health visitor she was worried.",
                               f"{person['first']} said that Joanne seemed frightened.",
                               f"The panel thanks {person['full']} for her time."
                               if person["title"] == "Mrs" else f"The panel thanks {person['full']} for his time."]))
    return out


def write_review(folder: Path, seed: int, drafts: int = 4) -> dict[str, Path]:
    """``drafts`` drafts in ``folder`` (every third a .docx), the rules beside it; names give their order."""
    rng = random.Random(seed)
    pool = _people(rng, 6)
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for index in range(drafts):
        sentences = _sentences(rng, rng.sample(pool, 3))
        name = f"{index + 1:02d}-draft.{'docx' if index % 3 == 1 else 'txt'}"
        if name.endswith(".docx"):
            builder = DocxBuilder()
            builder.append_body(*(paragraph(run(sentence)) for sentence in sentences))
            paths[name] = builder.build(folder / name)
        else:
            paths[name] = folder / name
            paths[name].write_text("\n\n".join(sentences) + "\n", encoding="utf-8")
    rules = folder.parent / "rules.yaml"
    rules.write_text(RULES, encoding="utf-8")
    paths["rules"] = rules
    return paths


def audit_records(path: Path) -> list[dict]:
    """The records of an audit log without what differs between two runs of the same work (the time, and the
    chain's MACs that cover it)."""
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for changing in ("time", "mac", "prev"):
            record.pop(changing, None)
        records.append(record)
    return records
