"""Render the first pages of a fixture's Word review copy (``apply --review-copy``) as LibreOffice shows it, for the
README: the banner, and the tracked changes (struck-through original, underlined replacement, change bars, comment
marks on unlisted finds).

    python docs/examples/review/render_review_copy.py [CASE] [PAGE ...]

Needs ../shared/fixtures, LibreOffice (``soffice``) and pypdfium2 (``pip install dhr-redact[docs]``). Writes
``review-copy-CASE-pN.png`` beside this script.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parents[2].parent / "shared" / "fixtures"
WIDTH = 620            # pixels: change marks stay readable, the file stays small


def main(case: str = "case1", pages: list[int] | None = None) -> None:
    import pypdfium2

    from redact import Redactor, load_rules
    from redact.documents.docx.review_copy import write_review_copy
    from redact.to_pdf import soffice

    pages = pages or [1, 2]
    rules = load_rules(FIXTURES / case / "rules.yaml")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        report = Redactor(rules).redact_file(FIXTURES / case / "draft.docx", work / "published.docx")
        review = work / f"review-copy-{case}.docx"
        write_review_copy(report, review, rules=rules)
        # LibreOffice shows tracked changes in its PDF as Word shows them on screen (Simple Markup off); the notes
        # option adds the comment marks (in the margin from LibreOffice 7.5, as icons before)
        pdf_filter = 'pdf:writer_pdf_Export:{"ExportNotesInMargin":{"type":"boolean","value":"true"}}'
        subprocess.run([soffice(), f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless",
                        "--norestore", "--convert-to", pdf_filter, "--outdir", str(work), str(review)],
                       check=True, capture_output=True, timeout=300)
        document = pypdfium2.PdfDocument(str(work / f"{review.stem}.pdf"))
        for number in pages:
            page = document[number - 1]
            image = page.render(scale=WIDTH / page.get_width()).to_pil().convert("RGB")
            # a palette keeps the change colours and makes the file a fraction of a full-colour PNG
            path = HERE / f"{review.stem}-p{number}.png"
            image.quantize(colors=64).save(path, optimize=True)
            print(path.relative_to(HERE.parents[2]))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "case1", [int(p) for p in sys.argv[2:]] or None)
