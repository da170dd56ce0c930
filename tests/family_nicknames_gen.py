"""Fictional DHR sentences in which the draft gives a woman the nickname or pet name her family or friends used for
her, in the many ways authors write it, and controls that must stay as they are: the generator of
``test_family_nicknames.py``.

A case is a dict: ``kind`` ("goes": the nickname must not survive; "stays": ``keep`` must), ``text`` (one or two
sentences), ``nickname`` or ``keep``, and ``rules`` (the listed people, shared by every case).
"""
from __future__ import annotations

import random

# listed women of many communities; the subject of a sentence is one of them, a pronoun or an unlisted relative
LISTED = [("Hodan Warsame", "Mary"), ("Agnieszka Nowak", "Anna"), ("Harpreet Kaur Sandhu", "Sarah"),
          ("Chiamaka Okafor", "Grace"), ("Siobhán Byrne", "Claire"), ("Mei Ling Chen", "Helen"),
          ("Mirela Lăcătuș", "Rose"), ("Bethan Pritchard", "Jane"), ("Ayşe Yılmaz", "Emma"),
          ("Ngozi Adeyemi", "Lucy")]
RULES = {"version": 1, "review": "generated", "people": [{"name": n, "pseudonym": p} for n, p in LISTED],
         "dates": {"date_of_death": "2023-07-09"}}
UNLISTED = ["Amina", "Zofia", "Gurleen", "Adaeze", "Niamh", "Xiu", "Esmeralda", "Cerys", "Elif", "Folake"]
# nicknames and pet names families give: Somali, Polish, Punjabi, Nigerian, Irish, Chinese, Roma, Welsh, Turkish,
# Caribbean; reduplicated and hyphenated ones
NICKNAMES = ["Shay-Shay", "Didi", "Mimi", "Lolly", "Xaawo", "Hodo", "Faadumo", "Ubax", "Kasia", "Gosia", "Basia",
             "Zosia", "Pinky", "Rani", "Guddi", "Sweety", "Dolly", "Nikki", "Bubbly", "Goldy", "Nne", "Bisi", "Funmi",
             "Tolu", "Bukky", "Adaku", "Mags", "Bríd", "Peig", "Nuala", "Mei-Mei", "Lingling", "Ah Lan", "Xiaoyu",
             "Lulu", "Kali", "Dika", "Tsura", "Cari", "Nia", "Beti", "Mali", "Ayşecik", "Gülü", "Peaches", "Precious",
             "Jojo", "Lolo", "Kiki", "Titi", "Bebe", "Coco", "Fifi", "Dodo", "Nana-Ama", "Boo", "Sissy", "Tutu"]
# {S}: the subject (a name or "she"), {s} the same lower-cased when a pronoun, {o} and {G} its object and
# possessive, {K}: the nickname, {Q}: a quote mark or none, {W}: who called her so
WHO = ["everyone", "her family", "her brothers", "her sisters", "her friends", "her cousins", "the family",
       "her mother", "her grandmother", "her aunties", "everyone at home", "the children", "her mum and dad"]
GOES = [
    "{S} had the pet name {Q}{K}{Q} in the report.",
    "{S} had the pet name {Q}{K}{Q} at home.",
    "{S} had the pet name {Q}{K}{Q}.",
    "{S} had a pet name, {Q}{K}{Q}, that only {W} used.",
    "At home {s} was {Q}{K}{Q} to everyone.",
    "At home {s} was {Q}{K}{Q} to {W}.",
    "{S} was {Q}{K}{Q} to {W}.",
    "{S} was always {Q}{K}{Q} to {W}.",
    "To {W} {s} was {Q}{K}{Q}.",
    "To {W}, {s} was always {Q}{K}{Q}.",
    "To her friends {s} was simply {Q}{K}{Q}.",
    "{G} pet name was {Q}{K}{Q}.",
    "{G} pet name in the family was {Q}{K}{Q}.",
    "Her family's name for her was {Q}{K}{Q}.",
    "The family's pet name for {o} was {Q}{K}{Q}.",
    "{S} went by {Q}{K}{Q} at home.",
    "{S} went by the name {Q}{K}{Q}.",
    "{S} was known as {Q}{K}{Q} at school.",
    "{S} was known to {W} as {Q}{K}{Q}.",
    "{W_} called {o} {Q}{K}{Q}.",
    "{W_} always called {o} {Q}{K}{Q}.",
    "{W_} knew {o} as {Q}{K}{Q}.",
    "{G} nickname in the family was {Q}{K}{Q}.",
    "{S} was nicknamed {Q}{K}{Q} by {W}.",
    "{S} was affectionately called {Q}{K}{Q} by {W}.",
    "{S} was called {Q}{K}{Q} by everyone who knew her.",
    "{S} answered to {Q}{K}{Q} at home.",
    "In the family {s} was known simply as {Q}{K}{Q}.",
    "{Q}{K}{Q} was the name {W} used for {o}.",
    "{Q}{K}{Q} was what {W} called {o}.",
    "{Q}{K}{Q}, as {W} called her, loved cooking.",
    "The name {W} used for {o} was {Q}{K}{Q}.",
    "Her pet name, {Q}{K}{Q}, was used by {W}.",
    "{S} was {Q}{K}{Q} to her friends and a quiet colleague at work.",
    "{S} had always been {Q}{K}{Q} to {W}.",
    "Among {W} {s} was {Q}{K}{Q}.",
    "{W_} had a pet name for {o}: {Q}{K}{Q}.",
    "{W_} had a special name for {o}, {Q}{K}{Q}.",
    "{S}, {Q}{K}{Q} to {W}, was the eldest of five.",
]
# a family's word for a relative ("Didi", an elder sister; "Nne", mother) is her name only where the draft says it is
# a name: after "pet name", "nickname", "went by", "the name ... used for her". After "called her", "known as", "was
# Didi to everyone" it is kept, as "the grandchildren called her Nan" is: these cases are ``open``
KIN_NICKNAMES = {"Didi", "Nne"}
_SAYS_A_NAME = ("pet name", "nickname", "went by", "name for", "the name", "answered to", "special name")
LATER = ["{K} loved her children.", "Her sister said {K} had been frightened for months.",
         "Neighbours remember {K} as kind.", "{K} told her GP she was tired.", "{K}'s phone was never found."]
# must stay: the pseudonym a report declares, and ordinary words after the same cues
STAYS = [
    ("{F} is referred to as {P} in this report.", "{P}"),
    ("{F} is referred to as '{P}' in this review.", "{P}"),
    ("{F} will be known in this report as {P}.", "{P}"),
    ("{F} will be referred to as {P} throughout the report.", "{P}"),
    ("In this report {F} is given the pseudonym {P}.", "{P}"),
    ("The pseudonym {P} is used for {F} in this review.", "{P}"),
    ("{S} was happy to everyone.", "happy"),
    ("At home {s} was kind to everyone.", "kind"),
    ("{S} was known as a quiet child.", "quiet child"),
    ("{S} was known to Children's Services.", "Children's Services"),
    ("{W_} called {o} late that night.", "late that night"),
    ("{W_} called {o} back the next day.", "back"),
    ("{W_} called the police.", "the police"),
    ("{S} went by bus to the appointment.", "bus"),
    ("To {W} {s} was generous and loyal.", "generous"),
    ("{S} was a mother to everyone.", "a mother to everyone"),
    ("{S} was a support to her family.", "a support"),
    ("{S} was known to her GP as a frequent attender.", "GP"),
    ("{S} had the support of her family.", "support"),
    ("{S} was always polite to her neighbours.", "polite"),
    ("{W_} called {o} on Monday.", "Monday"),
    ("{S} was Muslim, as was everyone at home.", "Muslim"),
    ("{S} was English to everyone she met.", "English"),
    ("To the children {s} was Mum.", "Mum"),
    ("{F}, known in this report as {P}, was 34.", "{P}"),
    ("{F} (referred to in this review as '{P}') was 34.", "{P}"),
    ("{S} was called {Q}Nan{Q} by the grandchildren.", "Nan"),
    ("{S} had the pet name for her cat, Bella.", "the pet name for her cat"),
    ("To her neighbours {s} was Muslim, and proud of it.", "Muslim"),
    ("{S} was Catholic to everyone who asked.", "Catholic"),
    ("{S} was PA to the director.", "PA to the director"),
    ("To the children {s} was Nana.", "Nana"),
    ("The children called her Mum.", "Mum"),
    ("To {W} {s} was English through and through.", "English"),
]


def _subject(rng: random.Random) -> dict[str, str]:
    pick = rng.random()
    if pick < 0.4:
        full, _ = rng.choice(LISTED)
        name = full.split()[0] if rng.random() < 0.7 else f"Ms {full.split()[-1]}"
        return {"S": name, "s": name, "o": "her", "G": f"{name}'s"}
    if pick < 0.75:
        return {"S": "She", "s": "she", "o": "her", "G": "Her"}
    name = rng.choice(UNLISTED)
    return {"S": name, "s": name, "o": name if rng.random() < 0.3 else "her", "G": f"{name}'s"}


def make_case(seed: int) -> dict:
    rng = random.Random(seed)
    subject = _subject(rng)
    who = rng.choice(WHO)
    values = {**subject, "W": who, "W_": who[0].upper() + who[1:]}
    if rng.random() < 0.72:
        nickname = rng.choice(NICKNAMES)
        frame = rng.choice(GOES)
        quote = rng.choice(["", "", '"', "'", "“", "‘"])
        closing = {"“": "”", "‘": "’"}.get(quote, quote)
        text = frame.format(**values, K=nickname, Q="{Q}").replace("{Q}", quote, 1).replace("{Q}", closing, 1)
        if frame.startswith("{Q}"):
            text = text[0].upper() + text[1:] if text[0].islower() else text
        if rng.random() < 0.5:
            text += " " + rng.choice(LATER).format(K=nickname)
        kin_open = nickname in KIN_NICKNAMES and not any(words in frame for words in _SAYS_A_NAME)
        return {"seed": seed, "kind": "goes (kin word, open)" if kin_open else "goes", "text": text,
                "nickname": nickname, "rules": RULES}
    frame, keep = rng.choice(STAYS)
    full, pseudonym = rng.choice(LISTED)
    values.update(F=full, P=pseudonym)
    values["Q"] = ""
    return {"seed": seed, "kind": "stays", "text": frame.format(**values), "keep": keep.format(**values),
            "rules": RULES}
