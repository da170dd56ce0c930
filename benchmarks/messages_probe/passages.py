import datetime as dt
import random
from forms import S, parts_of, date_forms, phone_forms, obfuscations, fold

A, B = "Adult A", "Adult B"


def passages(s, seed):
    """(form, parts) pairs for one rule set."""
    rng = random.Random(seed)
    vfirst, vsur, vnick, pfirst, psur, pnick = parts_of(s)
    vfull = f"{vfirst} {vsur}"
    pfull = f"{pfirst} {psur}"
    dod = dt.date.fromisoformat(s["dod"])
    dob = dt.date.fromisoformat(s["dob"])
    yy = f"{dob.year % 100:02d}"
    tail = f"{rng.randint(100, 999)}"
    fv, fs, pf, ps = fold(vfirst).lower(), fold(vsur).lower(), fold(pfirst).lower(), fold(psur).lower()
    out = []
    add = lambda form, *parts: out.append((form, list(parts)))
    dfs = date_forms(dod, rng)
    # --- WhatsApp / SMS
    stamp, dash = dfs["wa_ios"]
    add("wa_ios_full", S(stamp, "date"), f"{dash} ", S(vfull, "name", A), ": where are you\n")
    stamp, dash = dfs["wa_android"]
    add("wa_android_nick", S(stamp, "date"), f"{dash} ", S(pnick, "name", B), ": answer ur phone\n")
    stamp, dash = dfs["wa_android_yy"]
    add("wa_android_yy", S(stamp, "date"), f"{dash} ", S(vnick, "name", A), ": leave me alone\n")
    stamp, dash = dfs["wa_us"]
    add("wa_us", S(stamp, "date"), f"{dash} ", S(vfirst, "name", A), ": im scared\n")
    add("sender_emoji", "Messages on the phone read:\n", S(vnick, "name", A), " 😘: night night\n",
        S(pnick, "name", B), " 🔪: u think ur clever\n")
    add("sender_caps", "Screenshot of the chat:\n", S(pfull.upper(), "name", B), ": WHERE ARE YOU\n",
        S(vfull.upper(), "name", A), ": at work\n")
    add("mum_heart", "The chat was saved as \"Mum ❤️\". Mum ❤️: ", S(fv, "name", A), " where r u\n")
    add("lower_threat", 'He wrote: "', S(fv, "name", A), ' ur dead"\n')
    add("lower_surname", 'He wrote: "the ', S(fs, "name", A), ' family r scum"\n')
    add("txtspeak", 'She texted "', S(pf, "name", B), ' pls stop txtin me il call 999"\n')
    for key in ["repeat", "repeat_end", "star", "dots", "spaced", "hyphens", "leet", "emoji_glued", "emoji_heart",
                "possessive_txt", "x_kiss", "upper", "caps_lower_mix"]:
        target = rng.choice([(vfirst, A), (vnick, A), (pfirst, B)])
        ob = obfuscations(target[0], rng)[key]
        add(f"ob_{key}", 'One message read: "', S(ob, "name", None), ' answer me now"\n')
    # --- email
    vmail = f"{fv}.{fs}{yy}@gmail.com"
    pmail = f"{pf}{ps}@hotmail.co.uk"
    add("email_from", "From: ", S(vfull, "name", A), " <", S(vmail, "email"), ">\n")
    add("email_to_cc", "To: ", S(pfull, "name", B), " <", S(pmail, "email"), ">; cc: ", S(vfull, "name", A), "\n")
    add("email_to_only_addr", "To: ", S(pmail, "email"), "\nSubject: the kids\n")
    stamp, _ = dfs["outlook_uk"]
    add("email_sent_uk", "Sent: ", S(stamp, "date"), "\n")
    stamp, _ = dfs["outlook_us"]
    add("email_sent_us", "Sent: ", S(stamp, "date"), "\n")
    stamp, _ = dfs["rfc2822"]
    add("email_date_rfc", "Date: ", S(stamp, "date"), "\n")
    stamp, _ = dfs["gmail_on"]
    add("email_gmail_on", "On ", S(stamp, "date"), ", ", S(vfull, "name", A), " <", S(vmail, "email"), "> wrote:\n")
    stamp, _ = dfs["apple_on"]
    add("email_apple_on", "On ", S(stamp, "date"), ", ", S(pfull, "name", B), " wrote:\n")
    add("email_signature", "Kind regards,\n", S(pfull, "name", B), "\nMob: ", S(f"07700 900{tail}", "phone"), "\n")
    add("email_signoff_nick", "love you\n", S(vnick, "name", A), " x\nSent from my iPhone\n")
    add("email_display_reversed", "From: ", S(f"{vsur.upper()}, {vfirst}", "name", A), " <", S(vmail, "email"), ">\n")
    add("email_display_quoted", 'From: "', S(vfull, "name", A), '" <', S(vmail, "email"), ">\n")
    add("email_local_only", "From: ", S(f"{fv}_{fs}{yy}", "handle"), " (at gmail)\n")
    # --- social
    add("handle_underscore", "He messaged her account ", S(f"@{fv}_{fs}{yy}", "handle"), " every night.\n")
    add("handle_dot", "Her Instagram ", S(f"@{fv}.{fs}", "handle"), " was private.\n")
    add("handle_nick_double", "Her TikTok was ", S(f"@{fold(vnick).lower()}{fold(vnick).lower()}_{fs[0]}", "handle"), ".\n")
    add("hashtag_justice", "Friends posted ", S(f"#JusticeFor{fold(vfirst)}", "name", None), " after the trial.\n")
    add("hashtag_rip_nick", "Her sister wrote ", S(f"#RIP{fold(vnick)}", "name", None), " 💔\n")
    add("hashtag_full", "The campaign ", S(f"#{vfirst}{vsur}", "name", None), " trended.\n")
    add("hashtag_lower_full", "Tagged ", S(f"#justicefor{fv}{fs}", "name", None), " and #endvawg.\n")
    add("hashtag_underscore", "Tagged ", S(f"#{fv}_{fs}", "name", None), ".\n")
    add("fb_url", "Her profile, ", S(f"facebook.com/{fv}.{fs}.9", "handle"), ", was memorialised.\n")
    add("fb_url_https", "See ", S(f"https://www.facebook.com/{fv}{fs}", "handle"), " (accessed 2023).\n")
    add("insta_url", "His page ", S(f"instagram.com/{pf}_{ps[0]}", "handle"), " showed the car.\n")
    add("insta_url_nick", "Her page ", S(f"instagram.com/{fold(vnick).lower()}{fold(vnick).lower()}_{fs[0]}", "handle"), " showed the kids.\n")
    add("tiktok_url", "Video at ", S(f"tiktok.com/@{fv}{fs}{yy}", "handle"), ".\n")
    add("x_status", "A tweet ", S(f"x.com/{fv}{fs}/status/1588{tail}", "handle"), " was deleted.\n")
    add("gofundme_title", 'A GoFundMe titled "Help ', S(vfirst, "name", A), "’s children rebuild their lives\" raised £8,000.\n")
    add("gofundme_url", "The page ", S(f"gofundme.com/f/justice-for-{fv}-{fs}", "handle"), " was shared.\n")
    add("headline_caps", "A headline read: \"MUM-OF-THREE ", S(vfull.upper(), "name", None), ", 34, KILLED IN ",
        S(s["town"].upper(), "name", None), ' FLAT"\n')
    add("headline_caps_killer", 'The Sun: "', S(psur.upper(), "name", None), ' JAILED FOR LIFE"\n')
    stamp, _ = dfs["tweet"]
    add("tweet_quoted", '"RIP ', S(vnick, "name", A), ' 💔 gone too soon" (', S(f"@{pf}{ps}", "handle"), ", ",
        S(stamp, "date"), ")\n")
    stamp, _ = dfs["insta"]
    add("insta_date", "Posted ", S(stamp, "date"), " by ", S(f"@{fv}_{fs}", "handle"), "\n")
    stamp, _ = dfs["fb_style"]
    add("fb_date", "Facebook post, ", S(stamp, "date"), ": 'Missing you'\n")
    stamp, ext = dfs["img_file"]
    add("img_file", "Exhibit: ", S(stamp, "date"), ext, "\n")
    stamp, ext = dfs["wa_image"]
    add("wa_image_file", "Attachment: ", S(stamp, "date"), ext, "\n")
    stamp, ext = dfs["screenshot"]
    add("screenshot_file", "Exhibit: ", S(stamp, "date"), ext, "\n")
    stamp, _ = dfs["iso_ts"]
    add("iso_ts", "Extraction report timestamp ", S(stamp, "date"), "\n")
    stamp, _ = dfs["sms_dot"]
    add("sms_dot", "SMS ", S(stamp, "date"), " from ", S(pnick, "name", B), ": open the door\n")
    stamp, _ = dfs["compact_dmy"]
    add("compact_dmy", "Folder ", S(stamp, "date"), "_phone_download\n")
    # --- phones
    for key, value in phone_forms(tail).items():
        add(f"phone_{key}", "Text from ", S(value, "phone"), ": u cant hide\n")
    add("phone_in_msg", 'He texted "call me on ', S(f"07700900{tail}", "phone"), ' now or else"\n')
    add("phone_saved_as", "The number ", S(f"+44 7700 900{tail}", "phone"), " was saved as \"", S(vnick, "name", A), ' 💕"\n')
    return out
