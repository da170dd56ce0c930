"""Render a few pages of a fixture's draft and of its published copy side by side, for the README.

    python docs/examples/pages/render_pages.py [CASE] [PAGE ...]

Needs ../shared/fixtures, LibreOffice (``soffice``) and pypdfium2 (``pip install dhr-redact[docs]``). The draft
and the copy ``redact apply`` publishes are converted to PDF by LibreOffice (which shows tracked changes,
comments and hidden text as Word does), and the chosen pages are written as small PNGs beside this script:
``CASE-draft-pN.png`` and ``CASE-published-pN.png``.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parents[2].parent / "shared" / "fixtures"
WIDTH = 560            # pixels: readable in a table of two, small in the repository


def to_pdf(docx: Path, work: Path) -> Path:
    from redact.to_pdf import soffice

    out = work / docx.stem
    subprocess.run([soffice(), f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", str(out), str(docx)], check=True, capture_output=True,
                   timeout=300)
    return out / (docx.stem + ".pdf")


def render(pdf: Path, pages: list[int], stem: str) -> list[Path]:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    written = []
    for number in pages:
        page = document[number - 1]
        image = page.render(scale=WIDTH / page.get_width()).to_pil().convert("L")
        path = HERE / f"{stem}-p{number}.png"
        image.save(path, optimize=True)
        written.append(path)
    return written


def main(case: str = "case1", pages: list[int] | None = None) -> None:
    from redact import Redactor, load_rules

    pages = pages or [1, 6]
    case_dir = FIXTURES / case
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        published = work / "published.docx"
        Redactor(load_rules(case_dir / "rules.yaml")).redact_file(case_dir / "draft.docx", published)
        draft = work / "draft.docx"
        draft.write_bytes((case_dir / "draft.docx").read_bytes())
        for docx, stem in ((draft, f"{case}-draft"), (published, f"{case}-published")):
            for path in render(to_pdf(docx, work), pages, stem):
                print(path.relative_to(HERE.parents[2]))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "case1", [int(page) for page in sys.argv[2:]] or None)
