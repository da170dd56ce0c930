""""senior" or "junior" after a form that the rules list the person of: the listed father or son of the same name, or
the one listed person of a shared surname whose role is a generation above or below (2026-12-07, brief "redteam57",
from fictional drafts of an Irish Traveller, a Sikh Punjabi and a Ghanaian family in /tmp/rt57): fictional DHR
sentences.

"Patrick Ward Jnr now lives with his grandmother" (Patrick Ward and Patrick Ward Junior listed) came out "Person 4
Jnr", "Paddy Ward senior" "Person 2 senior", "Mrs Mensah senior" (Akosua Mensah and her mother Adwoa Mensah listed)
"Mrs Person 2 senior", "Mrs Sandhu senior" (Amrit Kaur Sandhu listed as the mother-in-law) "Mrs Person 1 senior":
such a form was always a relative's, numbered, even where the rules list that relative.

Kinds:
  "named junior"  "Patrick Ward Jnr" / "Jr." / "junior" with Patrick Ward and Patrick Ward Junior listed: the son;
  "named senior"  "Patrick Ward senior" / "Paddy Ward Snr" with the same rules: the father;
  "elder title"   "Mrs Mensah senior" with the adult and her (or his) mother, father, mother-in-law or grandparent
                  of the surname listed with that role: the elder;
  "younger title" "Mr Sandhu junior" with the adult and his son listed with the role "son": the son;
  "control relative" "Mr Mensah senior" where the listed elder of the surname is a woman: nobody listed, a relative
                  ("Person N"), as before;
  "control role"  "Mrs Mensah, senior nurse," the adult with a role after the name: the adult, as before.
Each case: {"seed", "kind", "rules", "sentence", "words", "expect", "avoid"}; ``outcome``: "left" (a listed name
word survives), "mapping" (the expected pseudonym or "Person N" missing, or another listed person's written).
TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/listed_elders_and_juniors_gen.py
"""
from __future__ import annotations

import random
import re
import sys

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
CASES_PER_SEED = 6

# (community, surnames, men's given names, women's given names, short forms of men's names a family uses)
COMMUNITIES = [
    ("Ghanaian", ["Mensah", "Boateng", "Owusu", "Asante", "Appiah", "Osei"],
     ["Kwame", "Kofi", "Yaw", "Kwabena", "Kojo", "Kwaku"], ["Akosua", "Adwoa", "Abena", "Ama", "Efua", "Yaa"]),
    ("Sikh Punjabi", ["Sandhu", "Gill", "Dhillon", "Sidhu", "Grewal", "Bains"],
     ["Gurdeep", "Manjit", "Harjit", "Jaswant", "Kuldip", "Balwinder"],
     ["Harpreet", "Amrit", "Jasleen", "Manpreet", "Gurpreet", "Rajinder"]),
    ("Irish Traveller", ["Ward", "McDonagh", "Joyce", "Maughan", "Connors", "Doran"],
     ["Patrick", "Michael", "Martin", "John", "Thomas", "Christy"],
     ["Bridget", "Nell", "Winnie", "Kathleen", "Margaret", "Mary"]),
    ("Jamaican", ["Campbell", "Brown", "Williams", "Thompson", "Grant", "Reid"],
     ["Delroy", "Errol", "Winston", "Leroy", "Desmond", "Clive"],
     ["Pearl", "Hyacinth", "Merle", "Beverley", "Marcia", "Claudette"]),
    ("Polish", ["Nowak", "Wójcik", "Mazur", "Krawczyk", "Kaczmarek", "Zając"],
     ["Tomasz", "Piotr", "Krzysztof", "Marek", "Paweł", "Grzegorz"],
     ["Agnieszka", "Grażyna", "Ewa", "Małgorzata", "Joanna", "Beata"]),
    ("Nigerian", ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Olawale"],
     ["Chinedu", "Emeka", "Tunde", "Babatunde", "Obinna", "Segun"],
     ["Ngozi", "Folake", "Chioma", "Bukola", "Adaeze", "Funmilayo"]),
    ("Pakistani", ["Hussain", "Mahmood", "Akhtar", "Iqbal", "Rashid", "Butt"],
     ["Tariq", "Imran", "Khalid", "Asif", "Zahid", "Naveed"],
     ["Nasreen", "Shazia", "Rubina", "Farzana", "Samina", "Parveen"]),
    ("Brazilian", ["da Silva", "Santos", "Oliveira", "Pereira", "Ferreira", "Costa"],
     ["José", "João", "Marcelo", "Rodrigo", "Antônio", "Carlos"],
     ["Antônia", "Graça", "Fernanda", "Luciana", "Rosângela", "Célia"]),
    ("Turkish", ["Yılmaz", "Demir", "Kaya", "Çelik", "Aydın", "Öztürk"],
     ["Mehmet", "Mustafa", "Hüseyin", "Ahmet", "Hasan", "Murat"],
     ["Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif"]),
    ("Welsh", ["Jones", "Evans", "Pritchard", "Llewellyn", "Powell", "Morgan"],
     ["Gareth", "Dafydd", "Rhys", "Huw", "Emyr", "Gwilym"],
     ["Siân", "Bethan", "Carys", "Eleri", "Nia", "Ffion"]),
    ("Romanian", ["Popescu", "Ionescu", "Stan", "Dumitrescu", "Constantin", "Munteanu"],
     ["Ion", "Vasile", "Gheorghe", "Mihai", "Florin", "Costel"],
     ["Elena", "Ioana", "Mariana", "Florentina", "Daniela", "Viorica"]),
    ("Vietnamese", ["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang"],
     ["Minh", "Tuan", "Hung", "Duc", "Quang", "Thanh"], ["Lan", "Huong", "Mai", "Thuy", "Hoa", "Ngoc"]),
]
PSEUDONYMS = ["Clare", "Adam", "Ruth", "Noel"]
ELDER_ROLES = {"male": ["father", "father-in-law", "grandfather", "stepfather"],
               "female": ["mother", "mother-in-law", "grandmother", "stepmother"]}
TITLES = {"male": ["Mr"], "female": ["Mrs", "Ms"]}
SENIOR_WORDS = ["senior", "Senior", "Snr", "Sr", "snr"]
JUNIOR_WORDS = ["junior", "Junior", "Jnr", "Jr", "jnr"]
SENTENCES = ["{N} was interviewed on 4 May.", "The panel spoke to {N} twice.",
             "According to {N}, the couple argued often.", "{N} did not attend the meeting.",
             "A letter from {N} was read out.", "Police took a statement from {N} the next day."]


def _given(rng: random.Random, pool: list[str], taken: set[str]) -> str:
    name = rng.choice([given for given in pool if given not in taken])
    taken.add(name)
    return name


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"listed_elders_and_juniors:{seed}:{k}")
    _, surnames, men, women = rng.choice(COMMUNITIES)
    surname = rng.choice(surnames)
    kind = rng.choice(["named junior", "named senior", "elder title", "younger title", "control relative",
                       "control role"])
    taken: set[str] = set()
    adult_sex = rng.choice(["male", "female"])
    adult = _given(rng, men if adult_sex == "male" else women, taken)
    people = [{"name": f"{adult} {surname}", "pseudonym": PSEUDONYMS[0], "role": rng.choice(["victim", "perpetrator"])}]
    if kind in ("named junior", "named senior"):
        adult = _given(rng, men, taken)
        people = [{"name": f"{adult} {surname}", "pseudonym": PSEUDONYMS[0], "role": "perpetrator"},
                  {"name": f"{adult} {surname} {rng.choice(['Junior', 'Jnr', 'Jr'])}", "pseudonym": PSEUDONYMS[1],
                   "role": rng.choice(["son", "child"])}]
        junior = kind == "named junior"
        named = f"{adult} {surname} {rng.choice(JUNIOR_WORDS if junior else SENIOR_WORDS)}"
        expect, avoid = (PSEUDONYMS[1], PSEUDONYMS[0]) if junior else (PSEUDONYMS[0], PSEUDONYMS[1])
    elif kind in ("elder title", "control relative", "control role"):
        elder_sex = rng.choice(["male", "female"])
        elder = _given(rng, men if elder_sex == "male" else women, taken)
        people.append({"name": f"{elder} {surname}", "pseudonym": PSEUDONYMS[1],
                       "role": rng.choice(ELDER_ROLES[elder_sex])})
        if kind == "elder title":
            named = f"{rng.choice(TITLES[elder_sex])} {surname} {rng.choice(SENIOR_WORDS)}"
            expect, avoid = PSEUDONYMS[1], PSEUDONYMS[0]
        elif kind == "control relative":
            other = "female" if elder_sex == "male" else "male"
            named = f"{rng.choice(TITLES[other])} {surname} {rng.choice(SENIOR_WORDS)}"
            expect, avoid = "Person [0-9]+", f"{PSEUDONYMS[0]}|{PSEUDONYMS[1]}"
        else:
            # the adult's title where the elder is of the other sex: the title alone tells them apart
            people[1]["role"] = rng.choice(ELDER_ROLES["female" if adult_sex == "male" else "male"])
            people[1]["name"] = f"{_given(rng, women if adult_sex == 'male' else men, taken)} {surname}"
            named = f"{rng.choice(TITLES[adult_sex])} {surname}, senior {rng.choice(['nurse', 'carer', 'manager'])}"
            expect, avoid = PSEUDONYMS[0], PSEUDONYMS[1]
    else:
        son = _given(rng, men, taken)
        people.append({"name": f"{son} {surname}", "pseudonym": PSEUDONYMS[1], "role": rng.choice(["son", "grandson"])})
        named = f"Mr {surname} {rng.choice(JUNIOR_WORDS)}"
        expect, avoid = PSEUDONYMS[1], PSEUDONYMS[0]
    words = sorted({word for person in people for word in re.findall(r"[^\W\d_]{3,}", person["name"])
                    if word not in ("Junior", "Jnr")})
    rules = {"version": 1, "review": "generated", "people": people, "dates": {"date_of_death": "2023-11-04"}}
    sentence = rng.choice(SENTENCES).format(N=named)
    return {"seed": seed, "kind": kind, "rules": rules, "sentence": sentence, "words": words, "expect": expect,
            "avoid": avoid}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def outcome(case: dict, output: str) -> str | None:
    from redact.normalise import fold_key

    folded = fold_key(output)
    if any(re.search(rf"(?<!\w){re.escape(fold_key(word))}(?!\w)", folded) for word in case["words"]):
        return "left"
    if re.search(rf"(?<!\w)(?:{case['avoid']})(?!\w)", output) \
            or not re.search(rf"(?<!\w)(?:{case['expect']})(?!\w)", output):
        return "mapping"
    if case["expect"] in PSEUDONYMS and re.search(r"(?<!\w)Person [0-9]", output):
        return "mapping"
    return None


def outcome_of(case: dict) -> str | None:
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    import quietly

    try:
        return outcome(case, quietly.redact_text(case["sentence"], case["rules"]))
    except ValueError:
        return "crash"   # "overlapping edits": two replacements over one span


if __name__ == "__main__":
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    import quietly

    quietly.print_counts(sys.modules[__name__], outcome_of, lambda case: False, show="-v" in sys.argv)
