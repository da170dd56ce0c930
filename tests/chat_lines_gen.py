"""Fictional chat export lines and quoted messages naming a listed person in small letters, from every community,
with the message text that must stay (ordinary words, other names). Seeds: TUNED 11, HELD_BACK 12."""
import random

# (listed given name, surname): given names whose small-letter form is an English word (so the sentence decides)
NAMES = [("Lan", "Nguyen"), ("Wei", "Zhang"), ("Mei", "Chen"), ("Lin", "Wong"), ("Sian", "Evans"),
         ("Glen", "MacLeod"), ("Raj", "Sharma"), ("Ade", "Okafor"), ("Ada", "Mensah"), ("Ebony", "Campbell"),
         ("Ruby", "Murphy"), ("Jan", "Nowak"), ("Ana", "Popescu"), ("Ali", "Haddad"), ("Ela", "Yilmaz"),
         ("Dawn", "Jones"), ("Ivy", "Williams"), ("Jade", "Brown")]
SENDERS = ["Mum ❤️", "Dad", "Auntie Bev", "Gran", "Kerry-Ann", "Baba", "Unknown", "Sis 💕", "Jamie"]
STAMPS = ["", "[12/03/2021, 22:14] ", "03/11/2020, 07:02 - ", "[4.6.22, 9:15:33 pm] "]
OPEN_MSG = ["{n} where r u", "{n} answer ur phone", "{n} ur dead", "{n} u r a liar", "{n} pick up",
            "{n} come home now", "{n} please ring me", "{n} where are you"]
# message text that must stay: ordinary words in the same places, and another (unlisted) person's name
STAY_MSG = ["hope ur ok", "will do", "may i come round", "by the grace of god", "where r u", "answer ur phone",
            "pat said ur dead", "ring me when ur home", "will u pick up milk", "hope u r ok x"]


def cases(seed: int, count: int = 60):
    """Yield (text, listed_name, must_go, must_stay): must_go the small-letter listed word, must_stay words kept."""
    rng = random.Random(seed)
    for _ in range(count):
        given, surname = rng.choice(NAMES)
        kind = rng.random()
        stamp, sender = rng.choice(STAMPS), rng.choice(SENDERS)
        if kind < 0.45:
            msg = rng.choice(OPEN_MSG).format(n=given.lower())
            yield f"The messages read:\n{stamp}{sender}: {msg}\n", (given, surname), given.lower(), msg.split()[1:]
        elif kind < 0.7:
            msg = rng.choice(OPEN_MSG).format(n=given.lower())
            yield f'He wrote: "{msg}" at 3am.', (given, surname), given.lower(), msg.split()[1:]
        else:
            msg = rng.choice(STAY_MSG)
            form = f"{stamp}{sender}: {msg}\n" if kind < 0.85 else f'She replied: "{msg}".'
            yield form, (given, surname), None, msg.split()
