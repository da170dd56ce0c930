"""Sentences that introduce the nickname a person went by, in the ways reports and families write it, then use the
nickname alone: the generator of ``test_nicknames_however_introduced.py``."""
from __future__ import annotations

import random

NAMES = ["Craig", "Darren", "Kwame", "Imran", "Tomasz", "Liam", "Dwayne", "Gurpreet", "Mehmet", "Andrius", "Sean",
         "Ahmed", "Callum", "Rhys", "Delroy", "Chinedu", "Bogdan", "Jamal", "Kieran", "Hassan"]
SURNAMES = ["Reid", "Pryor", "Asante", "Hussain", "Nowak", "Byrne", "Campbell", "Sandhu", "Yilmaz", "Kazlauskas",
            "O'Neill", "Farah", "McLeod", "Pritchard", "Morgan", "Okafor", "Popescu", "Mensah", "Doherty", "Begum"]
NICKNAMES = ["Tank", "Bear", "Tiny", "Ziggy", "Deano", "Jay", "Smudge", "Chopper", "Bomber", "Dizzy", "Mack",
             "Taz", "Bully", "Rocky", "Stretch", "Gaz", "Spud", "Nitro", "Dodge", "Tyson", "Zee", "Boss", "Snoop",
             "Junior", "Lucky", "Skinny", "Reno", "Pitbull", "Gunner", "Blade"]
PEOPLE_WORDS = ["friends", "mates", "his friends", "his mates", "the family", "everyone", "people on the estate",
                "his colleagues", "the lads"]
# {N} the name (given name or given name and surname), {K} the nickname, {W} who called him so
INTRODUCTIONS = [
    "{N}, who {W} called {K}, was seen outside the house.",
    "{N}, whom {W} called {K}, was seen outside the house.",
    "{N} (or “{K}” as {W} called him) texted her that night.",
    "{N} (or '{K}' as {W} knew him) texted her that night.",
    "{N}, “{K}” to {W}, was seen outside the house.",
    "{N} ('{K}' to {W}) was seen outside the house.",
    "His street name was {K}, and {N} was known to police.",
    "{N}'s street name was “{K}”.",
    "{N}, who went by {K}, was seen outside the house.",
    "{N}, who answered to {K}, was seen outside the house.",
    "{N} – “{K}” to {W} – was seen outside the house.",
    "{W} called {N} “{K}”.",
    "{N}, or {K} as {W} called him, was seen outside the house.",
    "{N} (nicknamed {K}) was seen outside the house.",
    "{N}, nicknamed “{K}” by {W}, was seen outside the house.",
    "{N} was called {K} by {W}.",
]
LATER = ["{K} had been drinking all day.", "Later that evening {K} returned.", "She told her sister that {K} frightened her.",
         "{K} denied this when interviewed.", "Police spoke to {K} at 23:10.", "{K}'s phone was seized."]


def cases(seed: int, n: int = 80) -> list[tuple[str, str]]:
    """(text, nickname): an introduction and a later sentence with the nickname alone."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        name = rng.choice(NAMES) + (f" {rng.choice(SURNAMES)}" if rng.random() < 0.5 else "")
        nickname = rng.choice(NICKNAMES)
        who = rng.choice(PEOPLE_WORDS)
        intro = rng.choice(INTRODUCTIONS).format(N=name, K=nickname, W=who)
        intro = intro[0].upper() + intro[1:]
        out.append((intro + " " + rng.choice(LATER).format(K=nickname), nickname))
    return out


# the same introductions right after a LISTED person's full name: the nickname is theirs ({N} given name and surname)
AFTER_A_LISTED_NAME = [
    "{N} (known to {W} as “{K}”) was arrested at the scene.",
    "{N} (known locally as {K}) was arrested at the scene.",
    "{N}, known to {W} as {K}, was arrested at the scene.",
    "{N} (nicknamed “{K}”) was arrested at the scene.",
    "{N}, nicknamed {K}, was arrested at the scene.",
    "{N} (who {W} called “{K}”) was arrested at the scene.",
    "{N}, who {W} called {K}, was arrested at the scene.",
    "{N} (also known as '{K}') was arrested at the scene.",
]


def listed_cases(seed: int, n: int = 60) -> list[tuple[str, str, str]]:
    """(text, listed full name, nickname): a listed man's name with a nickname introduced after it, then the
    nickname alone."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        name = f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}"
        nickname = rng.choice(NICKNAMES)
        intro = rng.choice(AFTER_A_LISTED_NAME).format(N=name, K=nickname, W=rng.choice(PEOPLE_WORDS))
        out.append((intro + " " + rng.choice(LATER).format(K=nickname), name, nickname))
    return out
