"""The probe's passages in .docx: paragraphs for some forms, a table's cells for others, a footnote-free body."""
import io, json, re, sys, time, warnings
sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
warnings.simplefilter("ignore")
import docx
from people import SETS, rules as rules_of
from passages import passages
from forms import S
from probe import secret_left, name_words, hits
from redact.pipeline import Redactor
from redact.api import verify_bytes, redact_bytes_with

def build(text, table):
    d = docx.Document()
    d.add_paragraph("Appendix 3: messages quoted")
    lines = text.rstrip("\n").split("\n")
    if table:
        t = d.add_table(rows=len(lines), cols=2)
        for i, line in enumerate(lines):
            t.cell(i, 0).text = str(i + 1)
            t.cell(i, 1).text = line
    else:
        for line in lines:
            d.add_paragraph(line)
    b = io.BytesIO(); d.save(b); return b.getvalue()

def text_of(data):
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)

only = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] != "-" else None
res = []
t0 = time.time()
LIMIT = int(sys.argv[3]) if len(sys.argv) > 3 else len(SETS)
for si, s in enumerate(SETS[:LIMIT]):
    r = rules_of(s); red = Redactor(r); words = name_words(r)
    for k, (form, parts) in enumerate(passages(s, 1000 + si)):
        if only and not re.search(only, form): continue
        text = "".join(p.text if isinstance(p, S) else p for p in parts)
        lits = "".join("" if isinstance(p, S) else p for p in parts)
        data = build(text, table=k % 2 == 1)
        try:
            out = redact_bytes_with(red, data, "docx")
            error = None
        except Exception as e:
            res.append(dict(set=si, form=form, text=text, out="", left=[], generic=[], verify_out_ok=False, verify_in_ok=False, over=False, wrong=[], error=repr(e)[:200])); continue
        out_text = text_of(out)
        ok_out = verify_bytes(bytes(out), "docx", r).ok
        left = [p for p in parts if isinstance(p, S) and secret_left(p, out_text)]
        generic = hits(out_text, words) - hits(lits, words)
        res.append(dict(set=si, form=form, text=text, out=out_text, left=[(p.kind, p.text) for p in left], generic=sorted(generic), verify_out_ok=ok_out, verify_in_ok=None, over=False, wrong=[]))
json.dump(res, open(sys.argv[2], "w"), ensure_ascii=False, indent=1)
print(len(res), "docx passages", round(time.time() - t0), "s; errors", sum(1 for x in res if x.get("error")))
