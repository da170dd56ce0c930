"""Generated cases for tests/test_names_in_scripts_without_vowels.py: a listed person's name written in Arabic
script (Arabic, Urdu, Persian, Somali families), Hebrew, Devanagari, Gurmukhi or Bengali inside a message in that
language, quoted by an English report. All names are common given names and surnames, the people fictional.

Two pools: TUNED (looked at while writing ``redact.name_skeletons``) and HELD_BACK (names never looked at, run
only to measure). Each entry: (community, script, Latin form as the rules list it, forms in the script).
"""
from __future__ import annotations

import random

ARABIC, URDU, PERSIAN, HEBREW, HINDI, GURMUKHI, BENGALI = "ar", "ur", "fa", "he", "hi", "pa", "bn"

# (language, given names, surnames); each name: (Latin, [written forms])
TUNED = {
    ARABIC: ([("Ahmed", ["احمد", "أحمد"]), ("Mohammed", ["محمد"]), ("Fatima", ["فاطمة"]), ("Khadija", ["خديجة"]),
              ("Omar", ["عمر"]), ("Youssef", ["يوسف"]), ("Ibrahim", ["إبراهيم", "ابراهيم"]), ("Layla", ["ليلى"]),
              ("Mariam", ["مريم"]), ("Hassan", ["حسن"]), ("Karim", ["كريم"]), ("Samira", ["سميرة"]),
              ("Nadia", ["نادية"]), ("Tariq", ["طارق"]), ("Zainab", ["زينب"]), ("Ali", ["علي"]),
              ("Khalid", ["خالد"]), ("Yasmin", ["ياسمين"]), ("Mustafa", ["مصطفى"]), ("Abdi", ["عبدي"])],
             [("Haddad", ["حداد"]), ("Mansour", ["منصور"]), ("Nasser", ["ناصر"]), ("Saleh", ["صالح"]),
              ("Farah", ["فارح"]), ("Abdullah", ["عبدالله"])]),
    URDU: ([("Imran", ["عمران"]), ("Kamran", ["کامران"]), ("Rubina", ["روبینہ"]), ("Nasreen", ["نسرین"]),
            ("Shabnam", ["شبنم"]), ("Bilal", ["بلال"]), ("Asif", ["آصف"]), ("Tahir", ["طاہر"]),
            ("Shazia", ["شازیہ"]), ("Farhan", ["فرحان"]), ("Naveed", ["نوید"]), ("Zubair", ["زبیر"]),
            ("Ayesha", ["عائشہ"]), ("Parveen", ["پروین"]), ("Sajid", ["ساجد"])],
           [("Khan", ["خان"]), ("Hussain", ["حسین"]), ("Qureshi", ["قریشی"]), ("Chaudhry", ["چودھری"]),
            ("Malik", ["ملک"]), ("Iqbal", ["اقبال"])]),
    PERSIAN: ([("Reza", ["رضا"]), ("Maryam", ["مریم"]), ("Parisa", ["پریسا"]), ("Dariush", ["داریوش"]),
               ("Shirin", ["شیرین"]), ("Farhad", ["فرهاد"]), ("Neda", ["ندا"]), ("Behrouz", ["بهروز"]),
               ("Mehdi", ["مهدی"]), ("Azadeh", ["آزاده"]), ("Arash", ["آرش"])],
              [("Ahmadi", ["احمدی"]), ("Hosseini", ["حسینی"]), ("Rezaei", ["رضایی"]), ("Karimi", ["کریمی"]),
               ("Tehrani", ["تهرانی"])]),
    HEBREW: ([("Yosef", ["יוסף"]), ("Miriam", ["מרים"]), ("David", ["דוד"]), ("Avraham", ["אברהם"]),
              ("Sarah", ["שרה"]), ("Rivka", ["רבקה"]), ("Moshe", ["משה"]), ("Yael", ["יעל"]), ("Eitan", ["איתן"]),
              ("Tamar", ["תמר"]), ("Shira", ["שירה"]), ("Rachel", ["רחל"]), ("Michal", ["מיכל"])],
             [("Levi", ["לוי"]), ("Cohen", ["כהן"]), ("Mizrahi", ["מזרחי"]), ("Friedman", ["פרידמן"]),
              ("Goldberg", ["גולדברג"])]),
    HINDI: ([("Priya", ["प्रिया"]), ("Rajesh", ["राजेश"]), ("Sunita", ["सुनीता"]), ("Anil", ["अनिल"]),
             ("Deepak", ["दीपक"]), ("Pooja", ["पूजा"]), ("Sanjay", ["संजय"]), ("Kavita", ["कविता"]),
             ("Amit", ["अमित"]), ("Neha", ["नेहा"]), ("Vikram", ["विक्रम"]), ("Suresh", ["सुरेश"]),
             ("Meena", ["मीना"]), ("Rahul", ["राहुल"])],
            [("Sharma", ["शर्मा"]), ("Verma", ["वर्मा"]), ("Gupta", ["गुप्ता"]), ("Mehta", ["मेहता"]),
             ("Kumar", ["कुमार"])]),
    GURMUKHI: ([("Harpreet", ["ਹਰਪ੍ਰੀਤ"]), ("Gurpreet", ["ਗੁਰਪ੍ਰੀਤ"]), ("Manpreet", ["ਮਨਪ੍ਰੀਤ"]),
                ("Jaswinder", ["ਜਸਵਿੰਦਰ"]), ("Kulwant", ["ਕੁਲਵੰਤ"]), ("Baljit", ["ਬਲਜੀਤ"]),
                ("Sukhdeep", ["ਸੁਖਦੀਪ"]), ("Amandeep", ["ਅਮਨਦੀਪ"]), ("Simran", ["ਸਿਮਰਨ"])],
               [("Gill", ["ਗਿੱਲ"]), ("Sandhu", ["ਸੰਧੂ"]), ("Dhillon", ["ਢਿੱਲੋਂ"]), ("Randhawa", ["ਰੰਧਾਵਾ"])]),
    BENGALI: ([("Rahim", ["রহিম"]), ("Fatema", ["ফাতেমা"]), ("Nasrin", ["নাসরিন"]), ("Shahida", ["শাহিদা"]),
               ("Rashida", ["রাশিদা"]), ("Sultana", ["সুলতানা"]), ("Ruma", ["রুমা"]), ("Jahanara", ["জাহানারা"]),
               ("Sumon", ["সুমন"]), ("Arif", ["আরিফ"])],
              [("Begum", ["বেগম"]), ("Akter", ["আক্তার"]), ("Hossain", ["হোসেন"]), ("Rahman", ["রহমান"]),
               ("Chowdhury", ["চৌধুরী"])]),
}

HELD_BACK = {
    ARABIC: ([("Mahmoud", ["محمود"]), ("Hussein", ["حسين"]), ("Rania", ["رانيا"]), ("Salma", ["سلمى"]),
              ("Amina", ["أمينة"]), ("Jamal", ["جمال"]), ("Samir", ["سمير"]), ("Rashid", ["رشيد"]),
              ("Huda", ["هدى"]), ("Walid", ["وليد"]), ("Hodan", ["هودان"])],
             [("Khalil", ["خليل"]), ("Darwish", ["درويش"]), ("Hamdan", ["حمدان"]), ("Warsame", ["وارسمي"])]),
    URDU: ([("Waqas", ["وقاص"]), ("Saima", ["صائمہ"]), ("Nazia", ["نازیہ"]), ("Adnan", ["عدنان"]),
            ("Sadia", ["سعدیہ"]), ("Usman", ["عثمان"]), ("Rizwan", ["رضوان"])],
           [("Butt", ["بٹ"]), ("Siddiqui", ["صدیقی"]), ("Javed", ["جاوید"]), ("Anwar", ["انور"])]),
    PERSIAN: ([("Leila", ["لیلا"]), ("Kourosh", ["کوروش"]), ("Golnar", ["گلنار"]), ("Hamid", ["حمید"]),
               ("Roya", ["رویا"]), ("Babak", ["بابک"])],
              [("Mousavi", ["موسوی"]), ("Jafari", ["جعفری"]), ("Sadeghi", ["صادقی"])]),
    HEBREW: ([("Noa", ["נועה"]), ("Daniel", ["דניאל"]), ("Ariel", ["אריאל"]), ("Oren", ["אורן"]),
              ("Esther", ["אסתר"]), ("Yitzhak", ["יצחק"]), ("Shlomo", ["שלמה"]), ("Ilan", ["אילן"])],
             [("Peretz", ["פרץ"]), ("Biton", ["ביטון"]), ("Shapiro", ["שפירו"])]),
    HINDI: ([("Anjali", ["अंजलि"]), ("Ramesh", ["रमेश"]), ("Geeta", ["गीता"]), ("Lakshmi", ["लक्ष्मी"]),
             ("Manoj", ["मनोज"]), ("Rekha", ["रेखा"])],
            [("Patel", ["पटेल"]), ("Joshi", ["जोशी"]), ("Yadav", ["यादव"])]),
    GURMUKHI: ([("Paramjit", ["ਪਰਮਜੀਤ"]), ("Rajinder", ["ਰਾਜਿੰਦਰ"]), ("Navjot", ["ਨਵਜੋਤ"]),
                ("Balwinder", ["ਬਲਵਿੰਦਰ"])],
               [("Grewal", ["ਗਰੇਵਾਲ"]), ("Sidhu", ["ਸਿੱਧੂ"])]),
    BENGALI: ([("Shirin", ["শিরিন"]), ("Monowara", ["মনোয়ারা"]), ("Karim", ["করিম"]), ("Rokeya", ["রোকেয়া"]),
               ("Habib", ["হাবিব"])],
              [("Uddin", ["উদ্দিন"]), ("Mia", ["মিয়া"]), ("Sarkar", ["সরকার"])]),
}

# a message in the language, with {n} for the name: its other words are ordinary words and stay
MESSAGES = {
    ARABIC: ["{n} أين أنت؟", "أنا آسف يا {n}", "اتصل بي يا {n} الآن", "{n} لماذا لا ترد", "قال {n} إنه سيأتي غدا"],
    URDU: ["{n} تم کہاں ہو؟", "{n} مجھے معاف کر دو", "{n} فون اٹھاؤ", "میں نے {n} سے بات کی", "{n} گھر آ جاؤ"],
    PERSIAN: ["{n} کجایی؟", "{n} جان دوستت دارم", "به {n} زنگ بزن", "{n} چرا جواب نمی‌دهی", "با {n} حرف زدم"],
    HEBREW: ["{n} איפה אתה?", "סליחה {n}", "{n} תתקשר אליי עכשיו", "דיברתי עם {n} אתמול", "{n} למה אתה לא עונה"],
    HINDI: ["{n} तुम कहाँ हो?", "{n} मुझे माफ़ कर दो", "{n} फ़ोन उठाओ", "मैंने {n} से बात की", "{n} घर आ जाओ"],
    GURMUKHI: ["{n} ਤੂੰ ਕਿੱਥੇ ਹੈਂ?", "{n} ਮੈਨੂੰ ਮਾਫ਼ ਕਰ ਦੇ", "{n} ਫ਼ੋਨ ਚੁੱਕੋ", "ਮੈਂ {n} ਨਾਲ ਗੱਲ ਕੀਤੀ"],
    BENGALI: ["{n} তুমি কোথায়?", "{n} আমাকে ক্ষমা করো", "{n} ফোন ধরো", "আমি {n} এর সাথে কথা বলেছি"],
}
LANGUAGE_NAMES = {ARABIC: "Arabic", URDU: "Urdu", PERSIAN: "Farsi", HEBREW: "Hebrew", HINDI: "Hindi",
                  GURMUKHI: "Punjabi", BENGALI: "Bengali"}
# the English report around it
FRAMES = ['Her message read: "{m}"', 'At 23:10 a text arrived: "{m}".', 'The {lang} message, translated below, '
          'says "{m}"', 'In the exhibit (a WhatsApp chat) the last line is "{m}"', '{m} — this was the final text.']
PSEUDONYMS = ["Ruth Green", "Adam Clark", "Sara Hill", "Tom Baker", "Lucy Ward", "Owen Price", "Mary Stone",
              "Neil Parker", "Jane Wood", "Paul Young"]
SAME_SCRIPT = {ARABIC: (ARABIC, URDU, PERSIAN), URDU: (ARABIC, URDU, PERSIAN), PERSIAN: (ARABIC, URDU, PERSIAN),
               HEBREW: (HEBREW,), HINDI: (HINDI,), GURMUKHI: (GURMUKHI,), BENGALI: (BENGALI,)}


def _person(rng, pool, language):
    given, surnames = pool[language]
    return rng.choice(given), rng.choice(surnames)


def cases(pool: dict, seed: int, count: int) -> list[tuple]:
    """(text, rules, the written name, the words that must stay, the listed person's pseudonym, the other listed
    person's pseudonym) for ``count`` drafts: person A's name written in its script, person B (same script, another
    name) listed too, and an unlisted name of that script in a second message."""
    rng = random.Random(seed)
    out = []
    languages = sorted(pool)
    while len(out) < count:
        language = languages[len(out) % len(languages)]
        a_given, a_surname = _person(rng, pool, language)
        b_language = rng.choice([lang for lang in SAME_SCRIPT[language] if lang in pool])
        b_given, b_surname = _person(rng, pool, b_language)
        if {a_given[0], a_surname[0]} & {b_given[0], b_surname[0]}:
            continue
        form = rng.choice(["given", "given", "surname", "full"])
        native_given, native_surname = rng.choice(a_given[1]), rng.choice(a_surname[1])
        written = {"given": native_given, "surname": native_surname,
                   "full": f"{native_given} {native_surname}"}[form]
        message = rng.choice(MESSAGES[language])
        frame = rng.choice(FRAMES)
        text = frame.format(m=message.format(n=written), lang=LANGUAGE_NAMES[language])
        a_pseudonym, b_pseudonym = rng.sample(PSEUDONYMS, 2)
        rules = {"people": [{"name": f"{a_given[0]} {a_surname[0]}", "pseudonym": a_pseudonym},
                            {"name": f"{b_given[0]} {b_surname[0]}", "pseudonym": b_pseudonym}],
                 "dates": {"date_of_death": "2023-06-14"}}
        stay = [word for word in message.format(n="").split() if any(c.isalpha() for c in word)]
        out.append((text, rules, written, stay, a_pseudonym, b_pseudonym))
    return out


def unlisted_cases(pool: dict, seed: int, count: int) -> list[tuple]:
    """(text, rules): a message naming somebody of the pool who is not listed (another given name and surname
    initial from the listed one) — the text must come out as it went in, and verify must pass it."""
    rng = random.Random(seed)
    out = []
    languages = sorted(pool)
    while len(out) < count:
        language = languages[len(out) % len(languages)]
        listed_given, listed_surname = _person(rng, pool, language)
        other_given, other_surname = _person(rng, pool, rng.choice([lang for lang in SAME_SCRIPT[language]
                                                                    if lang in pool]))
        # a different name, not a spelling of the listed one (Karim and Karimi share a root, not a person)
        if {other_given[0][:3], other_surname[0][:3]} & {listed_given[0][:3], listed_surname[0][:3]}:
            continue
        written = rng.choice([rng.choice(other_given[1]), rng.choice(other_surname[1])])
        message = rng.choice(MESSAGES[language])
        text = rng.choice(FRAMES[:2]).format(m=message.format(n=written))
        rules = {"people": [{"name": f"{listed_given[0]} {listed_surname[0]}", "pseudonym": "Ruth Green"}],
                 "dates": {"date_of_death": "2023-06-14"}}
        out.append((text, rules))
    return out
