"""Message-shaped passages: each form returns parts, literal strings and Secret slots."""
import datetime as dt
import random
import unicodedata
from dataclasses import dataclass


@dataclass
class S:
    text: str
    kind: str          # name, date, phone, email, handle
    expect: str | None = None   # a pseudonym expected in its place (None: anything but the secret)


def fold(t):
    return "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))


def parts_of(s):
    vn, vnick, _ = s["v"]
    pn, pnick, _ = s["p"]
    v, p = vn.split(), pn.split()
    family_first = vn.startswith(("Nguyen", "Chen", "Tran", "Zhang"))
    vfirst, vsur = (v[-1], v[0]) if family_first else (v[0], v[-1])
    pfirst, psur = (p[-1], p[0]) if pn.startswith(("Tran", "Zhang")) else (p[0], p[-1])
    return vfirst, vsur, vnick, pfirst, psur, pnick


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def date_forms(d: dt.date, rng):
    dd, mm, yy, yyyy = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}", str(d.year)
    mon, month, wd, day = MONTHS[d.month - 1][:3], MONTHS[d.month - 1], DAYS[d.weekday()], DAYS[d.weekday()][:3]
    h = rng.randint(13, 23)
    m = rng.randint(10, 59)
    return {
        "wa_ios": (f"[{dd}/{mm}/{yyyy}, {h}:{m}:{rng.randint(10,59)}]", ""),
        "wa_android": (f"{dd}/{mm}/{yyyy}, {h}:{m}", " -"),
        "wa_android_yy": (f"{dd}/{mm}/{yy}, {h}:{m}", " -"),
        "wa_us": (f"{d.month}/{d.day}/{yy}, {h-12}:{m} PM", " -"),
        "sms_dot": (f"{dd}.{mm}.{yyyy} {h}:{m}", ""),
        "outlook_uk": (f"{wd} {d.day} {month} {yyyy} {h}:{m}", ""),
        "outlook_us": (f"{wd}, {month} {d.day}, {yyyy} {h-12}:{m} PM", ""),
        "rfc2822": (f"{day}, {d.day} {mon} {yyyy} {h}:{m}:05 +0000", ""),
        "gmail_on": (f"{day}, {d.day} {mon} {yyyy} at {h}:{m}", ""),
        "apple_on": (f"{d.day} {mon} {yyyy}, at {h}:{m}", ""),
        "tweet": (f"{h-12}:{m} PM · {mon} {d.day}, {yyyy}", ""),
        "iso_ts": (f"{yyyy}-{mm}-{dd}T{h}:{m}:00Z", ""),
        "img_file": (f"IMG-{yyyy}{mm}{dd}-WA00{rng.randint(10,99)}", ".jpg"),
        "wa_image": (f"WhatsApp Image {yyyy}-{mm}-{dd} at {h}.{m}.{rng.randint(10,59)}", ".jpeg"),
        "screenshot": (f"Screenshot_{yyyy}{mm}{dd}-{h}{m}{rng.randint(10,59)}", ".png"),
        "fb_style": (f"{d.day} {month} {yyyy} at {h}:{m}", ""),
        "insta": (f"{month} {d.day}, {yyyy}", ""),
        "compact_dmy": (f"{dd}{mm}{yyyy}", ""),
        "ordinal_txt": (f"{d.day}{'th' if 4 <= d.day % 100 <= 20 else {1:'st',2:'nd',3:'rd'}.get(d.day % 10, 'th')} {mon.lower()}", ""),
    }


def phone_forms(tail):
    n = f"07700900{tail}"
    fw = n.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    ar = n.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    bn = n.translate(str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯"))
    dv = n.translate(str.maketrans("0123456789", "०१२३४५६७८९"))
    bold = n.translate(str.maketrans("0123456789", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗"))
    return {
        "intl": f"+44 7700 900{tail}", "plain": n, "grouped3": f"07700 900 {tail}", "brk0": f"(0)7700-900{tail}",
        "plus_brk": f"+44(0)7700 900{tail}", "hyph": f"07700-900-{tail}", "0044": f"0044 7700 900{tail}",
        "plus_glued": f"+447700900{tail}", "dots": f"07700.900.{tail}", "fullwidth": f"{fw[:5]} {fw[5:]}",
        "arabic": f"{ar[:5]} {ar[5:]}", "bengali": f"{bn[:5]} {bn[5:]}", "devanagari": f"{dv[:5]} {dv[5:]}",
        "bold": bold, "split_lines": f"07700\n900{tail}", "split_lines2": f"07700 900\n{tail}",
        "O_for_0": f"O77OO 9OO{tail}", "spaced": " ".join(n), "vcard": f"TEL;TYPE=CELL:+447700900{tail}",
        "wa_link": f"wa.me/447700900{tail}", "tel_link": f"tel:+447700900{tail}",
    }


def obfuscations(name, rng):
    """Ways a message hides or stretches a name."""
    vowels = [i for i, c in enumerate(name) if c.lower() in "aeiou" and i > 0] or [1]
    i = vowels[0]
    lo = name.lower()
    return {
        "lower": lo,
        "upper": name.upper(),
        "repeat": name[:i] + name[i] * 3 + name[i + 1:],
        "repeat_end": name + name[-1] * 3,
        "star": name[:i] + "*" + name[i + 1:],
        "dots": ".".join(name),
        "spaced": " ".join(name),
        "hyphens": "-".join(name),
        "leet": name.replace("o", "0").replace("e", "3").replace("a", "4").replace("i", "1"),
        "emoji_glued": name + "😘",
        "emoji_heart": name + "❤️",
        "possessive_txt": lo + "s",
        "x_kiss": name + "xx",
        "caps_lower_mix": name[0].lower() + name[1:].upper(),
    }
